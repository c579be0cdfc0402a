import { formatDuration, phaseElapsed } from '../../../../lib/core/calls/call-timer';
import { repeatSummary } from '../../../../lib/core/calls/repeat-summary';
import type { Phase } from '../../../../lib/core/model/pack';
import type { Script } from '../../../../lib/core/model/script';
import { useState } from 'preact/hooks';
import { Confirm } from '../../../shared/Confirm';
import { useI18n } from '../../../shared/i18n';
import { useAnnounce } from '../../data/announce';
import type { ActiveCall } from '../../data/use-active-call';
import { useEnv } from '../../data/env';
import { useNow } from '../../data/use-now';
import { MissingAtEnd } from '../../panels/script/MissingAtEnd';
import { PHASE_KEYS, PhaseSwitch } from './PhaseSwitch';
import { RepeatBanner } from './RepeatBanner';
import { VoicePanel } from './VoicePanel';

/** A labelled running time; `role` is its public `data-laipni` name. */
function Timer({
  id,
  label,
  role,
  children,
}: {
  id: string;
  label: string;
  role: string;
  children: string;
}) {
  return (
    <div>
      <span class="timer-label" id={id}>
        {label}
      </span>
      <span class="timer-value" role="timer" aria-labelledby={id} data-laipni={role}>
        {children}
      </span>
    </div>
  );
}

/** The running call: who, how long, which phase, and the ways to end it. */
export function ActiveCallView(props: { active: ActiveCall; scripts: readonly Script[] }) {
  const { t } = useI18n();
  const { store, tabId } = useEnv();
  const announce = useAnnounce();
  const now = useNow(true);
  const { call, previous } = props.active;
  const [asking, setAsking] = useState<'end' | 'dropped' | null>(null);
  const phase: Phase = call.phases.at(-1)?.phase ?? 'opening';

  const choosePhase = async (next: Phase) => {
    await store.run({ name: 'set-phase', params: { callId: call.id, phase: next } });
    announce(t('sidebar.call.phaseNow', { phase: t(PHASE_KEYS[next]) }));
  };
  const finish = async (dropped: boolean) => {
    setAsking(null);
    await store.run({ name: 'end-call', params: { callId: call.id, dropped } });
    announce(t(dropped ? 'sidebar.call.savedDropped' : 'sidebar.call.ended'));
  };

  return (
    <div class="call-active" data-laipni="call" data-phase={phase} data-call={call.id}>
      {previous && <RepeatBanner summary={repeatSummary(previous)} now={now} />}
      <p class="call-who">
        <span>
          {t(call.direction === 'inbound' ? 'sidebar.call.inbound' : 'sidebar.call.outbound')}
        </span>
        {' · '}
        <span data-laipni="call-customer">
          {call.customerName
            ? t('sidebar.call.customer', { name: call.customerName })
            : t('sidebar.call.customerUnknown')}
        </span>
      </p>
      {call.tabId !== null && call.tabId !== tabId && (
        <p class="hint" data-laipni="call-other-tab">
          {t('sidebar.call.otherTab', { site: call.site })}
        </p>
      )}
      <div class="timers">
        <Timer id="sb-call-time" label={t('sidebar.call.duration')} role="call-timer">
          {formatDuration(now - call.startedAt)}
        </Timer>
        <Timer id="sb-phase-time" label={t('sidebar.call.phaseTime')} role="phase-timer">
          {formatDuration(phaseElapsed(call.phases, now))}
        </Timer>
      </div>
      <PhaseSwitch phase={phase} onChange={(next) => void choosePhase(next)} />
      <VoicePanel callId={call.id} />
      <div class="button-row">
        <button
          type="button"
          class="primary"
          data-laipni="call-end"
          aria-expanded={asking === 'end'}
          onClick={() => setAsking('end')}
        >
          {t('sidebar.call.end')}
        </button>
        <button
          type="button"
          data-laipni="call-dropped"
          aria-expanded={asking === 'dropped'}
          onClick={() => setAsking('dropped')}
        >
          {t('sidebar.call.dropped')}
        </button>
      </div>
      {asking && (
        <Confirm
          key={asking}
          hook={asking === 'end' ? 'call-end-confirm' : 'call-dropped-confirm'}
          question={t(asking === 'end' ? 'sidebar.call.confirmEnd' : 'sidebar.call.confirmDropped')}
          confirmLabel={t(
            asking === 'end' ? 'sidebar.call.confirmEndYes' : 'sidebar.call.confirmDroppedYes',
          )}
          onConfirm={() => void finish(asking === 'dropped')}
          onCancel={() => setAsking(null)}
        />
      )}
      {/* Below the question, so ticking a step never moves the confirm button. */}
      {asking === 'end' && (
        <MissingAtEnd call={call} scripts={props.scripts} onGoTo={() => setAsking(null)} />
      )}
    </div>
  );
}
