import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../../lib/protocol/page-messages';
import { useEnv } from './env';

/** The tab's state (findings, page values, tel: offer), kept current from broadcasts. */
export function useTabState(): TabState | null {
  const { port, tabId } = useEnv();
  const [state, setState] = useState<TabState | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    // Every sidebar hears every tab's broadcast; only its own tab counts.
    port.onTabState((next) => {
      if (next.tabId === tabId) setState(next);
    }, controller.signal);
    port
      .tabState(tabId)
      .then((first) => {
        if (!controller.signal.aborted) setState((current) => current ?? first);
      })
      .catch((error: unknown) => console.error('Laipni sidebar: tab state', error));
    return () => controller.abort();
  }, [port, tabId]);
  return state;
}
