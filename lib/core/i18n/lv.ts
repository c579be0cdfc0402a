import * as common from './areas/common';
import * as options from './areas/options';
import * as page from './areas/page';
import * as scriptEditor from './areas/script-editor';
import * as scriptPanel from './areas/script-panel';
import * as scripts from './areas/scripts';
import * as sidebar from './areas/sidebar';
import * as trust from './areas/trust';

/**
 * Latvian UI strings, assembled from one file per surface (`areas/`), so each surface's
 * strings live beside each other. Every key must exist in English too (the area files' types
 * enforce it). Components never contain literal UI text; they call `t(key)`.
 */
export const lv = {
  ...common.lv,
  ...page.lv,
  ...sidebar.lv,
  ...options.lv,
  ...trust.lv,
  ...scripts.lv,
  ...scriptEditor.lv,
  ...scriptPanel.lv,
};

export type MessageKey = keyof typeof lv;
