import { useId, useState } from 'preact/hooks';
import type { PackSubscription } from '../../../../lib/core/model/distribution';
import { parsePublicKey } from '../../../../lib/core/packs/signature';
import { setSubscriptionKeys } from '../../../../lib/data/subscriptions';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { Fingerprint } from './Fingerprint';

/**
 * The keys pinned for one subscription, by fingerprint: the agent may add one (key rotation:
 * the lead sends the new key) or remove one. Company-managed subscriptions use the policy's keys.
 */
export function SubscriptionKeys(props: { sub: PackSubscription }) {
  const { t } = useI18n();
  const db = useDb();
  const id = useId();
  const { sub } = props;
  const keys = sub.pinnedKeys ?? [];
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = await parsePublicKey(draft);
    if (!parsed) {
      setMessage({ error: true, text: t('trust.badKey') });
      return;
    }
    await setSubscriptionKeys(db, sub.url, [...keys, parsed.publicKey]);
    setDraft('');
    setMessage({ error: false, text: t('trust.keyAdded') });
  };

  return (
    <div class="subscription-keys" data-testid="subscription-keys">
      <h4>{t('trust.keysTitle')}</h4>
      {keys.length === 0 ? <p class="muted">{t('trust.noKeys')}</p> : null}
      <ul>
        {keys.map((key) => (
          <li key={key} data-testid="pinned-key">
            <Fingerprint publicKey={key} />{' '}
            {sub.managed ? null : (
              <button
                type="button"
                data-testid="remove-key"
                onClick={() =>
                  void setSubscriptionKeys(
                    db,
                    sub.url,
                    keys.filter((k) => k !== key),
                  )
                }
              >
                {t('trust.removeKey')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {sub.managed ? null : (
        <form class="add-key" onSubmit={(event) => void add(event)}>
          <label for={id}>{t('trust.addKey')}</label>{' '}
          <input
            id={id}
            type="text"
            value={draft}
            data-testid="add-key-input"
            onInput={(event) => setDraft(event.currentTarget.value)}
          />{' '}
          <button type="submit" data-testid="add-key">
            {t('trust.addKeyButton')}
          </button>
          {message ? (
            <span role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
              {' '}
              {message.text}
            </span>
          ) : null}
        </form>
      )}
    </div>
  );
}
