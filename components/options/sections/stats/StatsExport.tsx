import { useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { downloadText, fileDate } from '../../common/download';
import { useDb } from '../../data/db-context';
import type { CallCompletion } from './completion';
import { toCsv } from './csv';
import { statisticsCsv } from './stats-csv';

/** CSV files of the counters and of checklist completion, made in this page. */
export function StatsExport(props: { from: string; to: string; calls: readonly CallCompletion[] }) {
  const { t } = useI18n();
  const db = useDb();
  const [failed, setFailed] = useState<string | null>(null);
  // The rows are read only now: the view itself never holds them.
  const exportRules = () => {
    setFailed(null);
    statisticsCsv(db, props.from, props.to).then(
      (csv) => downloadText(`laipni-statistics-${fileDate()}.csv`, csv, 'text/csv'),
      (error: unknown) => setFailed(error instanceof Error ? error.message : String(error)),
    );
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
      {failed === null ? null : <p role="alert">{t('options.loadFailed', { detail: failed })}</p>}
    </div>
  );
}
