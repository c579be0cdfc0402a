import { defineSection } from '../section';
import { PacksSection } from './PacksSection';

export const packsSection = defineSection({
  id: 'packs',
  titleKey: 'options.nav.packs',
  component: PacksSection,
});
