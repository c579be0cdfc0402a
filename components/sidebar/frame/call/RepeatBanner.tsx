import { formatDuration } from '../../../../lib/core/calls/call-timer';
import type { RepeatSummary } from '../../../../lib/core/calls/repeat-summary';
import { useI18n } from '../../../shared/i18n';
import { formatAgo, formatDateTime } from '../../format';

const OUTCOME_KEYS = {
  completed: 'sidebar.outcome.completed',
  dropped: 'sidebar.outcome.dropped',
  open: 'sidebar.outcome.open',
} as const;

/** The contact was called before: when, how that call ended, and what to do now. */
export function RepeatBanner(props: { summary: RepeatSummary; now: number }) {
  const { t, locale } = useI18n();
  const { summary } = props;
  const when = `${formatAgo(t, summary.startedAt, props.now)} (${formatDateTime(locale, summary.startedAt)})`;
  return (
    <div class="repeat" data-laipni="repeat-call" data-outcome={summary.outcome}>
      <p class="repeat-title">
        <strong>{t('sidebar.repeat.title')}</strong>
      </p>
      <p data-laipni="repeat-previous">
        {t('sidebar.repeat.previous', { when, outcome: t(OUTCOME_KEYS[summary.outcome]) })}
        {summary.durationMs !== null &&
          ` ${t('sidebar.repeat.duration', { duration: formatDuration(summary.durationMs) })}`}
      </p>
      <p>{t(summary.dropped ? 'sidebar.repeat.afterDrop' : 'sidebar.repeat.advice')}</p>
    </div>
  );
}
