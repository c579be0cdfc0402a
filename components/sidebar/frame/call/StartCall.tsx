import { useState } from 'preact/hooks';
import type { CallDirection } from '../../../../lib/core/model/call';
import { useI18n } from '../../../shared/i18n';
import { useAnnounce } from '../../data/announce';
import { useEnv } from '../../data/env';

/**
 * Starting a call. Outbound calls are the agent's own, so a dropped outbound line reminds the
 * agent to call back (the handbook: whoever started the call calls back).
 */
export function StartCall(props: { contactSeen: boolean }) {
  const { t } = useI18n();
  const { store } = useEnv();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);

  const start = async (direction: CallDirection) => {
    setBusy(true);
    try {
      await store.run({
        name: 'start-call',
        params: { direction, startedByAgent: direction === 'outbound' },
      });
      announce(t('sidebar.call.started'));
    } catch (error) {
      console.error('Laipni sidebar: start call', error);
      announce(t('sidebar.call.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="call-idle" data-laipni="call-idle">
      <p>{t('sidebar.call.none')}</p>
      <div class="button-row" role="group" aria-labelledby="sb-start-label">
        <span id="sb-start-label" class="button-row-label">
          {t('sidebar.call.start')}
        </span>
        <button
          type="button"
          class="primary"
          data-laipni="call-start"
          data-direction="inbound"
          disabled={busy}
          onClick={() => void start('inbound')}
        >
          {t('sidebar.call.startInbound')}
        </button>
        <button
          type="button"
          class="primary"
          data-laipni="call-start"
          data-direction="outbound"
          disabled={busy}
          onClick={() => void start('outbound')}
        >
          {t('sidebar.call.startOutbound')}
        </button>
      </div>
      {!props.contactSeen && <p class="hint">{t('sidebar.call.noContact')}</p>}
    </div>
  );
}
