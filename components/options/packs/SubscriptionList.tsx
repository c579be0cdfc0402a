import { useI18n } from '../../i18n';
import { formatDateTime } from '../common/format';
import { localized } from '../common/localized';
import { useDb } from '../data/db-context';
import {
  listSubscriptions,
  removeSubscription,
  subscriptionStatus,
  type PackSubscription,
} from '../data/subscriptions';
import { useLiveQuery } from '../data/use-live-query';

function StatusText(props: { sub: PackSubscription }) {
  const { t, locale } = useI18n();
  const { sub } = props;
  const status = subscriptionStatus(sub);
  const when = (time: number | undefined) => (time ? formatDateTime(time, locale) : '—');
  if (status === 'waiting') return <span class="badge">{t('options.subscriptions.waiting')}</span>;
  if (status === 'ok')
    return (
      <span class="badge status-active">
        {t('options.subscriptions.ok', { time: when(sub.lastSuccessAt) })}
      </span>
    );
  return (
    <span class="badge status-error">
      {t('options.subscriptions.error', {
        error: sub.lastError ? localized(sub.lastError, locale) : '',
        time: when(sub.lastSuccessAt),
      })}
    </span>
  );
}

/** Subscribed URLs with the status the background records. */
export function SubscriptionList() {
  const { t } = useI18n();
  const db = useDb();
  const subs = useLiveQuery(() => listSubscriptions(db), [db]);
  if (subs.state !== 'ready' || subs.value.length === 0)
    return <p class="muted">{t('options.subscriptions.none')}</p>;
  return (
    <ul class="subscriptions" data-testid="subscriptions">
      {subs.value.map((sub) => (
        <li key={sub.url}>
          <span class="origin">{sub.url}</span> <StatusText sub={sub} />{' '}
          <button type="button" onClick={() => void removeSubscription(db, sub.url)}>
            {t('options.subscriptions.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
