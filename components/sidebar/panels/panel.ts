import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../../lib/core/i18n/lv';
import type { Pack } from '../../../lib/core/model/pack';
import type { Settings } from '../../../lib/core/model/settings';
import type { TabState } from '../../../lib/protocol/page-messages';
import type { ActiveCall } from '../data/use-active-call';

/** What every sidebar panel is given, computed once by the frame for all panels. */
export interface PanelProps {
  /** The tab's running call: `undefined` while it loads, `null` when there is none. */
  active: ActiveCall | null | undefined;
  /** The effective pack (packs plus the agent's own layer); `undefined` until it arrives. */
  pack: Pack | undefined;
  /** Template variables filled in (agent, company, page values, customer, time). */
  variables: Readonly<Record<string, string>>;
  /** The tab's findings and page values, as the background last reported them. */
  tab: TabState | null;
  /** The agent's settings. */
  settings: Settings;
}

/**
 * One tab of the sidebar. `id` is the tab's `data-view` (e2e tests and assistive tools use
 * it), `titleKey` its label; `render` draws the panel, which stays mounted while hidden.
 */
export interface PanelDescriptor {
  id: string;
  titleKey: MessageKey;
  render: (props: PanelProps) => ComponentChildren;
}
