import { h } from 'preact';
import type { PanelDescriptor } from '../panel';
import { ScriptPanel } from './ScriptPanel';

export const scriptPanel: PanelDescriptor = {
  id: 'script',
  titleKey: 'sidebar.viewScript',
  render: (props) =>
    h(ScriptPanel, {
      scripts: props.pack?.scripts ?? [],
      variables: props.variables,
      tab: props.tab,
    }),
};
