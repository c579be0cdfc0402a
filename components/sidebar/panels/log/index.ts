import { h } from 'preact';
import type { PanelDescriptor } from '../panel';
import { CallLog } from './CallLog';

export const logPanel: PanelDescriptor = {
  id: 'log',
  titleKey: 'sidebar.viewLog',
  render: (props) => h(CallLog, { checklists: props.pack?.checklists }),
};
