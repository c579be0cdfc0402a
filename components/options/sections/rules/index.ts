import { defineSection } from '../section';
import { RulesSection } from './RulesSection';

export const rulesSection = defineSection({
  id: 'rules',
  titleKey: 'options.nav.rules',
  component: RulesSection,
});
