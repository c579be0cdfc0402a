import { onBroadcast, sendMessage } from '../../protocol/transport/client';
import type { CallContextPayload, PageSetup } from '../../protocol/page-messages';

export interface PageSetupClient {
  /** Null until the background has answered once. */
  current(): PageSetup | null;
}

/**
 * The site switch, the site profile, the running call's context and the agent's abbreviations
 * for this tab, from the background; the call context follows `call:context` broadcasts.
 */
export function createPageSetupClient(
  signal: AbortSignal,
  onChange: (setup: PageSetup, contextOnly: boolean) => void,
): PageSetupClient {
  let setup: PageSetup | null = null;
  let pendingContext: CallContextPayload | null = null;

  onBroadcast(
    'call:context',
    (context) => {
      if (!setup) {
        pendingContext = context;
        return;
      }
      setup = { ...setup, context };
      onChange(setup, true);
    },
    signal,
  );

  void sendMessage('page:setup', {})
    .then((answer) => {
      if (signal.aborted) return;
      setup = pendingContext ? { ...answer, context: pendingContext } : answer;
      onChange(setup, false);
    })
    .catch(() => undefined);

  return { current: () => setup };
}
