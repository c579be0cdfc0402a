import { h } from 'preact';
import type { PanelDescriptor } from '../panel';
import { PhraseLibrary } from './PhraseLibrary';

export const libraryPanel: PanelDescriptor = {
  id: 'library',
  titleKey: 'sidebar.viewLibrary',
  render: (props) =>
    h(PhraseLibrary, { phrases: props.pack?.phrases ?? [], variables: props.variables }),
};
