import type { SubscriptionView } from '../../../../lib/core/model/distribution';
import { localized } from '../../../../lib/core/model/text';
import { useI18n } from '../../../shared/i18n';
import { useEnv } from '../../data/env';
import { useQuery } from '../../data/use-query';
import { formatDateTime } from '../../format';
import { PackChange } from './PackChange';
import './packs.css';

function PackError(props: { sub: SubscriptionView }) {
  const { t, locale } = useI18n();
  const { sub } = props;
  return (
    <div class="notice banner" role="status" data-laipni="pack-error" data-url={sub.url}>
      <p>
        {t('sidebar.packs.error', {
          pack: sub.packName ?? sub.packId ?? sub.url,
          error: sub.lastError ? localized(sub.lastError, locale) : '',
        })}
      </p>
      <p>
        {t('sidebar.packs.lastSuccess', {
          time: sub.lastSuccessAt
            ? formatDateTime(locale, sub.lastSuccessAt)
            : t('sidebar.packs.never'),
        })}
      </p>
    </div>
  );
}

/**
 * Pack subscriptions the agent should know about while working: a pack whose update
 * fails (the agent may be on old rules) and a pack that changed since the agent last dismissed
 * it. Nothing is rendered when all is quiet, so the sidebar stays compact.
 */
export function PackStatus() {
  const { t } = useI18n();
  const { store } = useEnv();
  const subs = useQuery({ name: 'subscriptions', params: {} }, []) ?? [];
  const failing = subs.filter((s) => s.status === 'error');
  const changed = subs.filter((s) => s.lastChange && !s.changeSeen);
  if (failing.length === 0 && changed.length === 0) return null;

  const dismiss = (url: string, at: number) =>
    store.run({ name: 'dismiss-pack-change', params: { url, at } }).catch((error: unknown) => {
      // The live query keeps the panel shown, so the agent can try again.
      console.error('Laipni sidebar: dismiss pack change', error);
    });

  return (
    <section class="pack-status" data-laipni="pack-status" aria-label={t('sidebar.packs.region')}>
      {failing.map((sub) => (
        <PackError key={sub.url} sub={sub} />
      ))}
      {changed.map((sub) => {
        const change = sub.lastChange;
        return change ? (
          <PackChange
            key={sub.url}
            sub={sub}
            change={change}
            onDismiss={() => void dismiss(sub.url, change.at)}
          />
        ) : null;
      })}
    </section>
  );
}
