import type { CallRecord } from '../../../../lib/core/model/call';
import { useI18n } from '../../../shared/i18n';
import { useAnnounce } from '../../data/announce';
import { useEnv } from '../../data/env';
import { useQuery } from '../../data/use-query';
import { formatAgo } from '../../format';

/** More would push the call panel out of sight; the rest are counted. */
const SHOWN = 3;

/**
 * Call-back reminders for dropped calls the agent started. Derived from the call log, so they
 * come back after a reload until dismissed or until the contact is called again.
 */
export function CallbackReminders(props: { now: number; callRunning: boolean }) {
  const { t } = useI18n();
  const { store } = useEnv();
  const announce = useAnnounce();
  const pending = useQuery({ name: 'callbacks', params: {} }, []) ?? [];
  if (pending.length === 0) return null;

  const dismiss = (callId: string) => store.run({ name: 'dismiss-callback', params: { callId } });

  const callBack = async (call: CallRecord) => {
    try {
      await store.run({
        name: 'start-call',
        params: { direction: 'outbound', startedByAgent: true, callBackOf: call.id },
      });
      await dismiss(call.id);
      announce(t('sidebar.call.started'));
    } catch (error) {
      console.error('Laipni sidebar: call back', error);
      announce(t('sidebar.call.failed'));
    }
  };

  return (
    <section class="reminders" aria-labelledby="sb-callback">
      <h3 id="sb-callback">{t('sidebar.callback.title')}</h3>
      <ul>
        {pending.slice(0, SHOWN).map((call) => (
          <li key={call.id} data-laipni="callback-reminder" data-call={call.id}>
            <p>
              {t('sidebar.callback.text', {
                name: call.customerName ?? t('sidebar.callback.unknown'),
                when: formatAgo(t, call.endedAt ?? call.startedAt, props.now),
              })}
            </p>
            <div class="button-row">
              {!props.callRunning && (
                <button type="button" class="primary" onClick={() => void callBack(call)}>
                  {t('sidebar.callback.call')}
                </button>
              )}
              <button
                type="button"
                data-laipni="callback-dismiss"
                onClick={() => void dismiss(call.id)}
              >
                {t('sidebar.callback.dismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {pending.length > SHOWN && (
        <p class="hint">{t('sidebar.callback.more', { n: pending.length - SHOWN })}</p>
      )}
    </section>
  );
}
