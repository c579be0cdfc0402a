import { defineSection } from '../section';
import { StatsSection } from './StatsSection';

export const statsSection = defineSection({
  id: 'stats',
  titleKey: 'options.nav.stats',
  component: StatsSection,
});
