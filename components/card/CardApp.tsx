import { useEffect, useState } from 'preact/hooks';
import type { EmbeddedConnection } from '../../lib/pages/embedded-store';
import type { CardView } from '../../lib/protocol/sidebar-store';
import type { RemoteStore } from '../../lib/protocol/transport/store-client';
import { I18nProvider } from '../shared/i18n';
import { PanelBoundary } from '../shared/PanelBoundary';
import { Card } from './Card';

/**
 * The card page, framed by a CRM page beside a field. It shows nothing until the background
 * confirms the token our content script handed it; then it shows the findings that frame asked
 * for, filled with the agent's and the customer's values here, where the page cannot read them.
 */
export function CardApp(props: { connection: EmbeddedConnection }) {
  const [store, setStore] = useState<RemoteStore | null>(null);
  const [card, setCard] = useState<CardView | null>(null);

  useEffect(() => {
    let closed = false;
    let stop = () => undefined as void;
    void props.connection.then((result) => {
      if (!result || closed) return result?.store.close();
      setStore(result.store);
      stop = result.store.watch({ name: 'card', params: {} }, setCard, (message) =>
        console.error('Laipni card', message),
      );
    });
    return () => {
      closed = true;
      stop();
    };
  }, [props.connection]);

  if (!store || !card) return null;
  return (
    <I18nProvider locale={card.language}>
      <PanelBoundary name="card">
        <Card store={store} view={card} />
      </PanelBoundary>
    </I18nProvider>
  );
}
