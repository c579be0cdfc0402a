import { defineSection } from '../section';
import { ChecklistsSection } from './ChecklistsSection';

export const checklistsSection = defineSection({
  id: 'checklists',
  titleKey: 'options.nav.checklists',
  component: ChecklistsSection,
});
