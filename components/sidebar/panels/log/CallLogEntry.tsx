import { formatDuration } from '../../../../lib/core/calls/call-timer';
import { voiceChecks, type VoiceCheckItem } from '../../../../lib/core/calls/voice-checks';
import type { CallLogEntry as Entry } from '../../../../lib/core/calls/call-log';
import { useState } from 'preact/hooks';
import { Confirm } from '../../../shared/Confirm';
import { useI18n } from '../../../shared/i18n';
import { PHASE_KEYS } from '../../frame/call/PhaseSwitch';
import { formatDateTime } from '../../format';

const OUTCOME_KEYS = {
  completed: 'sidebar.outcome.completed',
  dropped: 'sidebar.outcome.dropped',
  open: 'sidebar.log.running',
} as const;

/** One call of the log: who, when, how long, phases, checklist, flagged and accepted. */
export function CallLogEntry(props: {
  entry: Entry;
  filtering: boolean;
  onContact: (contactKey: string) => void;
  onDelete: () => void;
}) {
  const { t, locale } = useI18n();
  const { entry } = props;
  const [asking, setAsking] = useState(false);
  const { call } = entry;
  const name = call.customerName ?? t('sidebar.log.unknownCustomer');
  const when = formatDateTime(locale, entry.startedAt);
  const phases = entry.phases
    .map(({ phase, ms }) => `${t(PHASE_KEYS[phase])} ${formatDuration(ms)}`)
    .join(', ');
  return (
    <li class="log-entry" data-laipni="log-entry" data-call={call.id} data-outcome={call.outcome}>
      <p class="log-head">
        <strong>{name}</strong>
        <span class={`tag tag-${call.outcome}`}>{t(OUTCOME_KEYS[call.outcome])}</span>
        {call.repeatOfCallId && <span class="tag">{t('sidebar.log.repeat')}</span>}
      </p>
      <p class="log-meta">
        <time dateTime={new Date(entry.startedAt).toISOString()}>{when}</time>
        {' · '}
        {t(call.direction === 'inbound' ? 'sidebar.call.inbound' : 'sidebar.call.outbound')}
      </p>
      <ul class="log-facts">
        <li>{t('sidebar.log.duration', { duration: formatDuration(entry.durationMs) })}</li>
        {phases && <li>{t('sidebar.log.phases', { phases })}</li>}
        {entry.completion.total > 0 && (
          <li>
            {t('sidebar.log.completion', {
              done: entry.completion.done,
              total: entry.completion.total,
            })}
          </li>
        )}
        <li>{t('sidebar.log.counts', { flagged: call.findings, accepted: call.accepted })}</li>
        {call.voice && (
          <li
            data-laipni="log-voice"
            data-rate={call.voice.agentRate.toFixed(2)}
            data-interruptions={call.voice.interruptions}
            data-talk-share={call.voice.talkShare.toFixed(2)}
          >
            {t('sidebar.voice.summary', {
              rate: call.voice.agentRate.toFixed(1),
              interruptions: call.voice.interruptions,
              share: `${Math.round(call.voice.talkShare * 100)} %`,
            })}
          </li>
        )}
        {call.voice &&
          voiceChecks(call.voice)
            .filter((check) => check.verdict === 'flagged')
            .map((check) => (
              <li key={check.itemId} data-laipni="log-voice-flag" data-item={check.itemId}>
                {t(`sidebar.voice.flag.${check.itemId as VoiceCheckItem}`)}
              </li>
            ))}
      </ul>
      <div class="button-row">
        {call.contactKey && !props.filtering && (
          <button
            type="button"
            data-laipni="log-contact"
            onClick={() => call.contactKey && props.onContact(call.contactKey)}
          >
            {t('sidebar.log.contact')}
          </button>
        )}
        <button
          type="button"
          data-laipni="log-delete"
          aria-label={t('sidebar.log.deleteLabel', { name, when })}
          aria-expanded={asking}
          onClick={() => setAsking(true)}
        >
          {t('sidebar.log.delete')}
        </button>
      </div>
      {asking && (
        <Confirm
          hook="log-delete-confirm"
          question={t('sidebar.log.confirmDelete', { name, when })}
          confirmLabel={t('sidebar.log.confirm')}
          onConfirm={() => {
            setAsking(false);
            props.onDelete();
          }}
          onCancel={() => setAsking(false)}
        />
      )}
    </li>
  );
}
