import * as common from './areas/common';
import * as options from './areas/options';
import * as page from './areas/page';
import * as scriptEditor from './areas/script-editor';
import * as scriptPanel from './areas/script-panel';
import * as scripts from './areas/scripts';
import * as sidebar from './areas/sidebar';
import * as trust from './areas/trust';
import type { MessageKey } from './lv';

/** English UI strings; the type makes a missing translation a compile error. */
export const en: Record<MessageKey, string> = {
  ...common.en,
  ...page.en,
  ...sidebar.en,
  ...options.en,
  ...trust.en,
  ...scripts.en,
  ...scriptEditor.en,
  ...scriptPanel.en,
};
