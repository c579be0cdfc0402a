import { useId, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { addSubscription } from '../../../../lib/data/subscriptions';
import { checkSubscriptionUrl } from '../../../../lib/core/model/distribution';

/** Stores a pack URL to subscribe to; downloading it is the background's job. */
export function SubscribeForm() {
  const { t } = useI18n();
  const db = useDb();
  const id = useId();
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) {
      setMessage({ error: true, text: t(`options.subscriptions.${checked.reason}`) });
      return;
    }
    const added = await addSubscription(db, checked.url);
    setMessage({
      error: !added,
      text: t(added ? 'options.subscriptions.added' : 'options.subscriptions.duplicate'),
    });
    if (added) setUrl('');
  };

  return (
    <form class="subscribe" onSubmit={(event) => void submit(event)}>
      <div class="field">
        <label for={id}>{t('options.subscriptions.url')}</label>
        <p class="hint" id={`${id}-hint`}>
          {t('options.subscriptions.hint')}
        </p>
        <input
          id={id}
          type="url"
          value={url}
          placeholder="https://"
          aria-describedby={`${id}-hint`}
          data-testid="subscribe-url"
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
      </div>
      <button type="submit">{t('options.subscriptions.subscribe')}</button>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'success'}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
