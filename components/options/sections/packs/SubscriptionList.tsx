import { listSubscriptions, removeSubscription } from '../../../../lib/data/subscriptions';
import { subscriptionStatus, type PackSubscription } from '../../../../lib/core/model/distribution';
import { useI18n } from '../../../shared/i18n';
import { formatDateTime } from '../../common/format';
import { localized } from '../../../../lib/core/model/text';
import { useDb } from '../../data/db-context';
import { useLiveQuery } from '../../data/use-live-query';
import { RefreshNow } from './RefreshNow';
import { SubscriptionChangeView } from './SubscriptionChangeView';
import { SubscriptionKeys } from './SubscriptionKeys';

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

/**
 * Subscribed URLs with the status the background's refresh service records (it downloads a new
 * subscription at once and then on its schedule). Company-managed subscriptions cannot be removed.
 */
export function SubscriptionList() {
  const { t, locale } = useI18n();
  const db = useDb();
  const subs = useLiveQuery(() => listSubscriptions(db), [db]);
  if (subs.state !== 'ready' || subs.value.length === 0)
    return <p class="muted">{t('options.subscriptions.none')}</p>;
  return (
    <ul class="subscriptions" data-testid="subscriptions">
      {subs.value.map((sub) => (
        <li key={sub.url} data-url={sub.url}>
          {sub.teamName ? (
            <>
              <strong data-testid="team-name">{sub.teamName}</strong>{' '}
            </>
          ) : null}
          <span class="origin">{sub.url}</span>
          {sub.packId ? (
            <>
              {' '}
              <code>
                {sub.packId} {sub.version ?? ''}
              </code>
            </>
          ) : null}{' '}
          <StatusText sub={sub} />
          {sub.signature ? (
            <>
              {' '}
              <span
                class={`badge signature-${sub.signature}`}
                data-testid="subscription-signature"
                data-signature={sub.signature}
              >
                {t(`trust.signature.${sub.signature}`)}
              </span>
            </>
          ) : null}{' '}
          <RefreshNow url={sub.url} />
          {sub.notice ? <p class="hint">{localized(sub.notice, locale)}</p> : null}
          {sub.lastChange ? <SubscriptionChangeView change={sub.lastChange} /> : null}
          <SubscriptionKeys sub={sub} />
          {sub.managed ? (
            <span class="muted">{t('options.packs.managed')}</span>
          ) : (
            <button
              type="button"
              data-testid="unsubscribe"
              onClick={() => void removeSubscription(db, sub.url)}
            >
              {t('options.subscriptions.remove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
