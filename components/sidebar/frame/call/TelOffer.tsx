import { useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { useAnnounce } from '../../data/announce';
import { useEnv } from '../../data/env';

/** «Sākt zvanu uz +371…?» after the agent clicked a tel: link on the page. */
export function TelOffer(props: { offer: { number: string; at: number } }) {
  const { t } = useI18n();
  const { store } = useEnv();
  const announce = useAnnounce();
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  if (dismissedAt === props.offer.at) return null;

  const start = async () => {
    try {
      await store.run({
        name: 'start-call',
        params: { direction: 'outbound', startedByAgent: true, number: props.offer.number },
      });
      announce(t('sidebar.call.started'));
    } catch (error) {
      console.error('Laipni sidebar: start call', error);
      announce(t('sidebar.call.failed'));
    }
  };

  return (
    <div class="offer" data-laipni="tel-offer" role="group" aria-labelledby="sb-tel-offer">
      <p id="sb-tel-offer">{t('sidebar.tel.offer', { number: props.offer.number })}</p>
      <div class="button-row">
        <button type="button" class="primary" data-laipni="tel-start" onClick={() => void start()}>
          {t('sidebar.tel.start')}
        </button>
        <button type="button" onClick={() => setDismissedAt(props.offer.at)}>
          {t('sidebar.tel.dismiss')}
        </button>
      </div>
    </div>
  );
}
