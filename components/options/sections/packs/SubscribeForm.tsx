import { useEffect, useId, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { localized } from '../../../../lib/core/model/text';
import type { RefreshOutcome } from '../../../../lib/core/model/distribution';
import { useDistributionClient } from '../../data/distribution-client';
import { SubscribeConfirm } from './SubscribeConfirm';
import { readSubscribeInput, stepAfterProbe, type SubscribeStep } from './subscribe-flow';

type Result = { error: boolean; text: string };

/** The link the background opened this page with (`?subscribe=…`), shown for confirmation. */
function linkFromPage(): string {
  try {
    return new URLSearchParams(globalThis.location?.search ?? '').get('subscribe') ?? '';
  } catch {
    return '';
  }
}

/**
 * Subscribes to a pack URL or a lead's subscription link. Nothing is stored before the agent
 * confirms: a link shows its team, URL and key fingerprint; a signed pack at a bare URL asks
 * whether to pin its key (trust on first use); an unsigned one is subscribed at once, marked.
 */
export function SubscribeForm() {
  const { t, locale } = useI18n();
  const client = useDistributionClient();
  const id = useId();
  const [input, setInput] = useState(linkFromPage);
  const [step, setStep] = useState<SubscribeStep>({ kind: 'idle' });
  const [result, setResult] = useState<Result | null>(null);

  const describe = (outcome: RefreshOutcome | null, pinned: boolean): Result => {
    if (!outcome) return { error: false, text: t('trust.subscribed') };
    if (outcome.status === 'failed')
      return {
        error: true,
        text: t('trust.subscribeFailed', {
          error: outcome.error ? localized(outcome.error, locale) : '',
        }),
      };
    const version = outcome.version ?? '';
    return {
      error: false,
      text: t(pinned ? 'trust.subscribedVerified' : 'trust.subscribedUnsigned', { version }),
    };
  };

  const subscribe = async (url: string, pinnedKeys: string[], teamName?: string) => {
    setStep({ kind: 'checking' });
    const reply = await client.subscribe({
      url,
      ...(pinnedKeys.length > 0 ? { pinnedKeys } : {}),
      ...(teamName ? { teamName } : {}),
    });
    setStep({ kind: 'idle' });
    if ('problem' in reply) {
      const key =
        reply.problem === 'key'
          ? 'trust.badKey'
          : reply.problem === 'managed'
            ? 'trust.managed'
            : (`options.subscriptions.${reply.problem}` as const);
      setResult({ error: true, text: t(key) });
      return;
    }
    if (!reply.added && pinnedKeys.length === 0)
      setResult({ error: true, text: t('options.subscriptions.duplicate') });
    else setResult(describe(reply.outcome, pinnedKeys.length > 0));
    setInput('');
  };

  const start = async (text: string) => {
    setResult(null);
    const read = readSubscribeInput(text);
    if (read.kind === 'link') return setStep(read);
    if (read.kind !== 'url') return setStep(read);
    setStep({ kind: 'checking' });
    const next = stepAfterProbe(await client.probe(read.url));
    if (next) setStep(next);
    else await subscribe(read.url, []);
  };

  useEffect(() => {
    if (input) void start(input);
    // Only the link the page was opened with; later input waits for the button.
  }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    void start(input);
  };
  const cancel = () => setStep({ kind: 'idle' });

  return (
    <div class="subscribe-block">
      <form class="subscribe" onSubmit={submit}>
        <div class="field">
          <label for={id}>{t('trust.input')}</label>
          <p class="hint" id={`${id}-hint`}>
            {t('trust.hint')}
          </p>
          <input
            id={id}
            type="text"
            value={input}
            placeholder="https://"
            aria-describedby={`${id}-hint`}
            data-testid="subscribe-url"
            onInput={(event) => setInput(event.currentTarget.value)}
          />
        </div>
        <button type="submit" disabled={step.kind === 'checking'} data-testid="subscribe-submit">
          {t('options.subscriptions.subscribe')}
        </button>
      </form>
      {step.kind === 'checking' ? <p role="status">{t('trust.checking')}</p> : null}
      {step.kind === 'error' ? (
        <p role="alert" class="error" data-testid="subscribe-error">
          {'key' in step.message
            ? t(`options.subscriptions.${step.message.key}`)
            : localized(step.message, locale)}
        </p>
      ) : null}
      {step.kind === 'link' ? (
        <SubscribeConfirm
          title={t('trust.linkTitle', { name: step.subscription.name })}
          url={step.subscription.url}
          team={step.subscription.name}
          publicKey={step.subscription.publicKey}
          hint={t('trust.compare')}
          confirm={t('trust.confirmLink')}
          onConfirm={() =>
            void subscribe(
              step.subscription.url,
              [step.subscription.publicKey],
              step.subscription.name,
            )
          }
          onCancel={cancel}
        />
      ) : null}
      {step.kind === 'tofu' ? (
        <SubscribeConfirm
          title={t('trust.tofuTitle')}
          url={step.probe.url}
          pack={`${step.probe.name ?? step.probe.packId ?? ''} ${step.probe.version ?? ''}`}
          publicKey={step.publicKey}
          hint={t('trust.tofuHint')}
          confirm={t('trust.pinAndSubscribe')}
          onConfirm={() => void subscribe(step.probe.url, [step.publicKey])}
          onUnpinned={() => void subscribe(step.probe.url, [])}
          onCancel={cancel}
        />
      ) : null}
      {step.kind === 'no-key' ? (
        <div class="notice" data-testid="subscribe-no-key">
          <p>{t('trust.noKeyTitle', { fingerprint: step.fingerprint })}</p>
          <button type="button" onClick={() => void subscribe(step.probe.url, [])}>
            {t('trust.subscribeUnpinned')}
          </button>{' '}
          <button type="button" onClick={cancel}>
            {t('trust.cancel')}
          </button>
        </div>
      ) : null}
      {result ? (
        <p
          role={result.error ? 'alert' : 'status'}
          class={result.error ? 'error' : 'success'}
          data-testid="subscribe-result"
        >
          {result.text}
        </p>
      ) : null}
    </div>
  );
}
