import { checklistPanel } from './checklist';
import { libraryPanel } from './library';
import { logPanel } from './log';
import { scriptPanel } from './script';
import type { PanelDescriptor } from './panel';

export type { PanelDescriptor, PanelProps } from './panel';

/**
 * The sidebar's tabbed panels, in tab order. A panel is a folder `panels/<id>/` with its
 * component, its `panel.css` and an `index.ts` exporting its descriptor; adding one is that
 * folder, one line here and its title in `lib/core/i18n/areas/sidebar.ts` (lv and en).
 */
export const PANELS: readonly PanelDescriptor[] = [
  checklistPanel,
  scriptPanel,
  libraryPanel,
  logPanel,
];
