import { useEffect, useState } from 'preact/hooks';
import type { VoiceMetrics } from '../../../../lib/core/voice';
import type { MessageKey } from '../../../../lib/core/i18n/lv';
import { useI18n } from '../../../shared/i18n';
import { useEnv } from '../../data/env';
import { useQuery } from '../../data/use-query';
import { voiceMetricValues, type VoiceMetricName } from './voice-format';

const LABELS: Record<VoiceMetricName, MessageKey> = {
  'agent-rate': 'sidebar.voice.agentRate',
  'customer-rate': 'sidebar.voice.customerRate',
  interruptions: 'sidebar.voice.interruptions',
  'talk-share': 'sidebar.voice.talkShare',
  'agent-level': 'sidebar.voice.agentLevel',
};

/** The meters, live; a rate of 0 means "not enough speech yet". */
function Meters({ metrics }: { metrics: VoiceMetrics }) {
  const { t } = useI18n();
  const shown = (name: VoiceMetricName, value: number): string => {
    if (name === 'agent-rate' || name === 'customer-rate')
      return value > 0
        ? t('sidebar.voice.rate', { value: value.toFixed(1) })
        : t('sidebar.voice.rateUnknown');
    if (name === 'talk-share') return `${Math.round(value * 100)} %`;
    if (name === 'agent-level')
      return value > -100
        ? t('sidebar.voice.level', { value: value.toFixed(0) })
        : t('sidebar.voice.rateUnknown');
    return String(value);
  };
  const alarms = metrics.alarms;
  const hints: MessageKey[] = [
    ...(alarms.tooFast ? (['sidebar.voice.tooFast'] as const) : []),
    ...(alarms.tooQuiet ? (['sidebar.voice.tooQuiet'] as const) : []),
    ...(alarms.tooLoud ? (['sidebar.voice.tooLoud'] as const) : []),
    ...(alarms.clipping ? (['sidebar.voice.clipping'] as const) : []),
    ...(alarms.monologue ? (['sidebar.voice.monologue'] as const) : []),
  ];
  return (
    <>
      <dl class="voice-meters">
        {voiceMetricValues(metrics).map(({ name, value }) => (
          <div key={name} data-laipni="voice-metric" data-metric={name} data-value={String(value)}>
            <dt>{t(LABELS[name])}</dt>
            <dd>{shown(name, value)}</dd>
          </div>
        ))}
      </dl>
      {hints.map((key) => (
        <p key={key} class="voice-hint" data-laipni="voice-hint" data-hint={key.split('.').pop()}>
          {t(key)}
        </p>
      ))}
    </>
  );
}

/**
 * The voice coach in the call panel: off until the agent consents, for this call only; a
 * listening indicator while the microphone is on; the meters the capture sends (numbers only).
 */
export function VoicePanel({ callId }: { callId: string }) {
  const { t } = useI18n();
  const { store } = useEnv();
  const view = useQuery({ name: 'voice', params: {} }, []) ?? null;
  const on = view !== null && view.callId === callId;
  // The switch shows the agent's choice at once; the store's view confirms it (or a refused
  // command puts it back), so a re-render in between never flips it back under the click.
  const [asked, setAsked] = useState<boolean | null>(null);
  useEffect(() => setAsked(null), [on]);

  const toggle = (consent: boolean) => {
    setAsked(consent);
    (consent
      ? store.run({ name: 'voice-start', params: { callId } })
      : store.run({ name: 'voice-stop', params: {} })
    ).catch(() => setAsked(null));
  };

  return (
    <section class="voice" data-laipni="voice" data-status={on ? view.status : 'off'}>
      <h3 class="voice-title">{t('sidebar.voice.title')}</h3>
      <label class="voice-consent">
        <input
          type="checkbox"
          role="switch"
          data-laipni="voice-consent"
          checked={asked ?? on}
          onChange={(event) => toggle((event.target as HTMLInputElement).checked)}
        />
        {t('sidebar.voice.consent')}
      </label>
      <p class="hint">{t('sidebar.voice.privacy')}</p>
      {on && view.status !== 'failed' && (
        <p class="voice-listening" data-laipni="voice-listening" role="status">
          <span class="voice-dot" aria-hidden="true" />
          {t(view.status === 'listening' ? 'sidebar.voice.listening' : 'sidebar.voice.starting')}
        </p>
      )}
      {on && view.status === 'failed' && (
        <p class="voice-error" role="alert" data-laipni="voice-error">
          {t(`sidebar.voice.failed.${view.failure ?? 'failed'}`)}{' '}
          {view.failure === 'denied' && (
            // The options page, our own origin, is where the microphone can be allowed.
            <a href={new URL('/options.html#voice', location.origin).href} target="_blank">
              {t('sidebar.voice.allow')}
            </a>
          )}
        </p>
      )}
      {on && view.metrics && view.status === 'listening' && <Meters metrics={view.metrics} />}
    </section>
  );
}
