import { formatDuration, phaseElapsed } from '../../../lib/calls/call-timer';
import { repeatSummary } from '../../../lib/calls/repeat-summary';
import type { Phase } from '../../../lib/packs/types';
import { useI18n } from '../../i18n';
import { useAnnounce } from '../data/announce';
import type { ActiveCall } from '../data/use-active-call';
import { useEnv } from '../data/env';
import { useNow } from '../data/use-now';
import { PHASE_KEYS, PhaseSwitch } from './PhaseSwitch';
import { RepeatBanner } from './RepeatBanner';

/** The running call: who, how long, which phase, and the ways to end it. */
export function ActiveCallView(props: { active: ActiveCall }) {
  const { t } = useI18n();
  const { store, tabId } = useEnv();
  const announce = useAnnounce();
  const now = useNow(true);
  const { call, previous } = props.active;
  const phase: Phase = call.phases.at(-1)?.phase ?? 'opening';

  const choosePhase = async (next: Phase) => {
    await store.run({ name: 'set-phase', params: { callId: call.id, phase: next } });
    announce(t('sidebar.call.phaseNow', { phase: t(PHASE_KEYS[next]) }));
  };
  const finish = async (dropped: boolean) => {
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
        <p class="hint">{t('sidebar.call.otherTab', { site: call.site })}</p>
      )}
      <div class="timers">
        <div>
          <span class="timer-label" id="sb-call-time">
            {t('sidebar.call.duration')}
          </span>
          <span
            class="timer-value"
            role="timer"
            aria-labelledby="sb-call-time"
            data-laipni="call-timer"
          >
            {formatDuration(now - call.startedAt)}
          </span>
        </div>
        <div>
          <span class="timer-label" id="sb-phase-time">
            {t('sidebar.call.phaseTime')}
          </span>
          <span
            class="timer-value"
            role="timer"
            aria-labelledby="sb-phase-time"
            data-laipni="phase-timer"
          >
            {formatDuration(phaseElapsed(call.phases, now))}
          </span>
        </div>
      </div>
      <PhaseSwitch phase={phase} onChange={(next) => void choosePhase(next)} />
      <div class="button-row">
        <button
          type="button"
          class="primary"
          data-laipni="call-end"
          onClick={() => void finish(false)}
        >
          {t('sidebar.call.end')}
        </button>
        <button type="button" data-laipni="call-dropped" onClick={() => void finish(true)}>
          {t('sidebar.call.dropped')}
        </button>
      </div>
    </div>
  );
}
