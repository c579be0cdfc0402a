import { h } from 'preact';
import type { PanelDescriptor } from '../panel';
import { Checklists } from './Checklists';

export const checklistPanel: PanelDescriptor = {
  id: 'checklist',
  titleKey: 'sidebar.viewChecklist',
  render: (props) =>
    h(Checklists, {
      active: props.active,
      checklists: props.pack?.checklists,
      variables: props.variables,
    }),
};
