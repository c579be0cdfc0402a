import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { RefreshOutcome, SubscriptionProbe } from '../../../lib/core/model/distribution';
import type { RequestOf, ResponseOf } from '../../../lib/protocol/messages';

/**
 * What the options page asks the background for in team distribution: downloading and checking
 * happen there (one fetch path, one schedule), the page shows the outcome. Tests give the
 * background's real handlers through the provider, with a fake network.
 */
export interface DistributionClient {
  probe(url: string): Promise<SubscriptionProbe>;
  subscribe(request: RequestOf<'data:subscribe'>): Promise<ResponseOf<'data:subscribe'>>;
  refresh(url: string): Promise<RefreshOutcome | null>;
}

/** Over runtime messages; the polyfill is loaded when first used, not when a test imports this. */
const messagingClient: DistributionClient = {
  async probe(url) {
    const { sendMessage } = await import('../../../lib/protocol/transport/client');
    return sendMessage('data:probe-subscription', { url });
  },
  async subscribe(request) {
    const { sendMessage } = await import('../../../lib/protocol/transport/client');
    return sendMessage('data:subscribe', request);
  },
  async refresh(url) {
    const { sendMessage } = await import('../../../lib/protocol/transport/client');
    const { outcomes } = await sendMessage('data:refresh-subscription', { url });
    return outcomes[0] ?? null;
  },
};

const ClientContext = createContext<DistributionClient>(messagingClient);

export function DistributionClientProvider(props: {
  client: DistributionClient;
  children: ComponentChildren;
}) {
  return <ClientContext.Provider value={props.client}>{props.children}</ClientContext.Provider>;
}

export function useDistributionClient(): DistributionClient {
  return useContext(ClientContext);
}
