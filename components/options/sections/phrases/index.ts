import { defineSection } from '../section';
import { PhrasesSection } from './PhrasesSection';

export const phrasesSection = defineSection({
  id: 'phrases',
  titleKey: 'options.nav.phrases',
  component: PhrasesSection,
});
