import { useI18n } from '../../../shared/i18n';
import { Fingerprint } from './Fingerprint';

/** One confirmation before subscribing: what, where from, and the key that will be trusted. */
export function SubscribeConfirm(props: {
  title: string;
  url: string;
  team?: string;
  pack?: string;
  publicKey: string;
  hint: string;
  confirm: string;
  onConfirm(): void;
  onUnpinned?: () => void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <div class="notice subscribe-confirm" role="group" data-testid="subscribe-confirm">
      <h4>{props.title}</h4>
      <dl>
        {props.team ? (
          <>
            <dt>{t('trust.team')}</dt>
            <dd data-testid="confirm-team">{props.team}</dd>
          </>
        ) : null}
        {props.pack ? (
          <>
            <dt>{t('trust.pack')}</dt>
            <dd data-testid="confirm-pack">{props.pack}</dd>
          </>
        ) : null}
        <dt>{t('trust.url')}</dt>
        <dd class="origin" data-testid="confirm-url">
          {props.url}
        </dd>
        <dt>{t('trust.fingerprint')}</dt>
        <dd>
          <Fingerprint publicKey={props.publicKey} />
        </dd>
      </dl>
      <p class="hint">{props.hint}</p>
      <button
        type="button"
        class="primary"
        data-testid="confirm-subscribe"
        onClick={props.onConfirm}
      >
        {props.confirm}
      </button>{' '}
      {props.onUnpinned ? (
        <>
          <button type="button" data-testid="subscribe-unpinned" onClick={props.onUnpinned}>
            {t('trust.subscribeUnpinned')}
          </button>{' '}
        </>
      ) : null}
      <button type="button" data-testid="cancel-subscribe" onClick={props.onCancel}>
        {t('trust.cancel')}
      </button>
    </div>
  );
}
