import { formatDuration, phaseElapsed } from '../../../lib/calls/call-timer';
import { repeatSummary } from '../../../lib/calls/repeat-summary';
import { endCall, setCallPhase } from '../../../lib/db/calls';
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
  const { db, tabId } = useEnv();
  const announce = useAnnounce();
  const now = useNow(true);
  const { call, previous } = props.active;
  const phase: Phase = call.phases.at(-1)?.phase ?? 'opening';

  const choosePhase = async (next: Phase) => {
    await setCallPhase(db, call.id, next);
    announce(t('sidebar.call.phaseNow', { phase: t(PHASE_KEYS[next]) }));
  };
  const finish = async (dropped: boolean) => {
    await endCall(db, call.id, { dropped });
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
      <dl class="timers">
        <div>
          <dt>{t('sidebar.call.duration')}</dt>
          <dd role="timer" data-laipni="call-timer">
            {formatDuration(now - call.startedAt)}
          </dd>
        </div>
        <div>
          <dt>{t('sidebar.call.phaseTime')}</dt>
          <dd role="timer" data-laipni="phase-timer">
            {formatDuration(phaseElapsed(call.phases, now))}
          </dd>
        </div>
      </dl>
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
