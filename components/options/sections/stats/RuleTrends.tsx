import { useI18n } from '../../../shared/i18n';
import { formatNumber } from '../../common/format';
import type { RuleTrend } from './aggregate';
import { RuleTrendChart } from './RuleTrendChart';

const SHOWN = 8;

/** Flagged and accepted suggestions per rule over the period, the most frequent rules first. */
export function RuleTrends(props: { trends: readonly RuleTrend[]; period: number }) {
  const { t, locale } = useI18n();
  if (props.trends.length === 0) return <p class="muted">{t('options.stats.noFindings')}</p>;
  return (
    <ul class="trends" data-testid="rule-trends">
      {props.trends.slice(0, SHOWN).map((trend) => {
        const rate = trend.flagged === 0 ? 0 : Math.round((trend.accepted / trend.flagged) * 100);
        const summary = t('options.stats.ruleSummary', {
          id: trend.ruleId,
          flagged: formatNumber(trend.flagged, locale),
          accepted: formatNumber(trend.accepted, locale),
          rate,
          days: props.period,
        });
        return (
          <li key={trend.ruleId} data-rule={trend.ruleId}>
            <p>
              <code>{trend.ruleId}</code> — {summary}
            </p>
            <RuleTrendChart days={trend.days} label={summary} />
            <p class="axis-labels" aria-hidden="true">
              <span>{trend.days[0]?.day}</span>
              <span>{trend.days[trend.days.length - 1]?.day}</span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
