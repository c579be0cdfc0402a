import { defineSection } from '../section';
import { SitesSection } from './SitesSection';

export const sitesSection = defineSection({
  id: 'sites',
  titleKey: 'options.nav.sites',
  component: SitesSection,
});
