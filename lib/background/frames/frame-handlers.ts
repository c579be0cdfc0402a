import type { FrameProtocolMap } from '../../protocol/frame-messages';
import type { ProtocolMap } from '../../protocol/messages';
import type { Handlers } from '../../protocol/transport/router';
import type { SidebarLayout } from '../sidebar/layout';
import { issueEmbedToken } from '../sidebar/tokens';
import type { ShowSidebar } from '../sidebar/show';
import { siteKeyOf } from '../../core/model/site';
import type { LaipniDb } from '../../data/database';
import { siteIsOn } from '../tabs/site-switch';
import { injectPageEngine } from './inject-engine';

export type FrameHandlers = Pick<Handlers<ProtocolMap>, keyof FrameProtocolMap>;

function tabIdOf(sender: { tab?: { id?: number } }): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('no tab');
  return tabId;
}

/** The background's answers to a CRM frame's bootstrap. */
export function createFrameHandlers(
  db: LaipniDb,
  layout: SidebarLayout,
  showSidebar: ShowSidebar,
): FrameHandlers {
  return {
    // A site the agent or policy switched off gets no engine at all.
    'frame:load-engine': async (_request, { sender }) => {
      if (!(await siteIsOn(db, siteKeyOf(sender.tab?.url ?? ''))))
        return { loaded: false, reason: 'site-off' };
      return injectPageEngine(tabIdOf(sender), sender.frameId ?? 0);
    },
    'frame:toggle-sidebar': async (_request, { sender }) => {
      tabIdOf(sender);
      await showSidebar(sender.tab ?? {}, 'keyboard');
      return {};
    },
    'frame:embed-token': async ({ kind }, { sender }) => ({
      token: await issueEmbedToken({ tabId: tabIdOf(sender), frameId: sender.frameId ?? 0, kind }),
    }),
    'frame:sidebar-width': async (_request, { sender }) => ({
      width: await layout.widthFor(sender.tab?.url ?? ''),
    }),
    'frame:sidebar-state': async ({ open }, { sender }) => {
      if (sender.tab?.url) await layout.remember(sender.tab.url, open);
      return {};
    },
  };
}
