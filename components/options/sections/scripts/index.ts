import { defineSection } from '../section';
import { ScriptsSection } from './ScriptsSection';

export const scriptsSection = defineSection({
  id: 'scripts',
  titleKey: 'options.nav.scripts',
  component: ScriptsSection,
});
