import { useI18n } from '../../../shared/i18n';
import { downloadText, fileDate } from '../../common/download';
import type { RuleStatRecord } from '../../../../lib/data/records';
import type { CallCompletion } from './completion';
import { toCsv } from './csv';

/** CSV files of the counters and of checklist completion, made in this page. */
export function StatsExport(props: {
  rows: readonly RuleStatRecord[];
  calls: readonly CallCompletion[];
}) {
  const { t } = useI18n();
  const exportRules = () => {
    const sorted = [...props.rows].sort(
      (a, b) =>
        a.day.localeCompare(b.day) ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.form.localeCompare(b.form),
    );
    const csv = toCsv([
      ['day', 'rule', 'form', 'flagged', 'accepted', 'ignored'],
      ...sorted.map((r) => [r.day, r.ruleId, r.form, r.flagged, r.accepted, r.ignored]),
    ]);
    downloadText(`laipni-statistics-${fileDate()}.csv`, csv, 'text/csv');
  };
  const exportCalls = () => {
    const csv = toCsv([
      ['started', 'customer', 'ticked', 'expected', 'percent', 'repeat', 'dropped'],
      ...props.calls.map((c) => [
        new Date(c.startedAt).toISOString(),
        c.customerName ?? '',
        c.ticked,
        c.expected,
        Math.round(c.ratio * 100),
        c.repeat ? 'yes' : 'no',
        c.dropped ? 'yes' : 'no',
      ]),
    ]);
    downloadText(`laipni-checklists-${fileDate()}.csv`, csv, 'text/csv');
  };
  return (
    <div class="actions">
      <button type="button" onClick={exportRules} data-testid="export-stats-csv">
        {t('options.stats.exportRules')}
      </button>
      <button type="button" onClick={exportCalls} data-testid="export-calls-csv">
        {t('options.stats.exportCalls')}
      </button>
    </div>
  );
}
