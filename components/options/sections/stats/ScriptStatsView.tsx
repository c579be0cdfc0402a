import type { Script } from '../../../../lib/core/model/script';
import { localized } from '../../../../lib/core/model/text';
import type { ScriptStats } from '../../../../lib/core/scripts/stats';
import { useI18n } from '../../../shared/i18n';
import { downloadText, fileDate } from '../../common/download';
import { toCsv } from './csv';

const percent = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 100);
const seconds = (ms: number, n: number) => (n === 0 ? 0 : Math.round(ms / n / 100) / 10);

/** One CSV: a row per step (visits, time, exits, adherence) and per outcome of each script. */
export function scriptStatsCsv(stats: readonly ScriptStats[]): string {
  const rows: Array<Array<string | number>> = [
    [
      'script',
      'calls',
      'completed',
      'kind',
      'id',
      'count',
      'avg_seconds',
      'exits',
      'required_expected',
      'required_said',
    ],
  ];
  for (const s of stats) {
    for (const step of s.steps) {
      rows.push([
        s.scriptId,
        s.calls,
        s.completed,
        'step',
        step.step,
        step.visits,
        seconds(step.totalMs, step.closedVisits),
        step.exits,
        step.required?.expected ?? '',
        step.required?.said ?? '',
      ]);
    }
    for (const [id, n] of Object.entries(s.outcomes)) {
      rows.push([s.scriptId, s.calls, s.completed, 'outcome', id, n, '', '', '', '']);
    }
  }
  return toCsv(rows);
}

/**
 * Per-script statistics (`data-testid="script-stats"`): calls, completion as a bar, required
 * steps said, outcomes, and per step the visits, time, exits and adherence; CSV of all.
 */
export function ScriptStatsView(props: {
  stats: readonly ScriptStats[];
  scripts: readonly Script[];
}) {
  const { t, locale } = useI18n();
  if (props.stats.length === 0) return <p class="muted">{t('options.scripts.statsEmpty')}</p>;
  const byId = new Map(props.scripts.map((s) => [s.id, s]));
  return (
    <div data-testid="script-stats">
      {props.stats.map((s) => {
        const script = byId.get(s.scriptId);
        const name = script ? localized(script.name, locale) : s.scriptId;
        const title = (id: string) => {
          const step = script?.steps.find((x) => x.id === id);
          return step ? localized(step.title, locale) : id;
        };
        const done = percent(s.completed, s.calls);
        return (
          <section key={s.scriptId} class="script-stats" data-script={s.scriptId} aria-label={name}>
            <h4>{name}</h4>
            <p data-testid="script-stats-summary">
              {t('options.scripts.statsSummary', {
                calls: s.calls,
                completed: s.completed,
                percent: done,
                adherence: percent(s.adherence.said, s.adherence.expected),
              })}
            </p>
            <div
              class="bar"
              role="meter"
              aria-label={t('options.scripts.statsCompletion')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={done}
            >
              <span class="bar-fill" style={{ width: `${done}%` }} />
            </div>
            {Object.keys(s.outcomes).length > 0 && (
              <p>
                {t('options.scripts.statsOutcomes')}:{' '}
                {Object.entries(s.outcomes)
                  .map(([id, n]) => {
                    const o = script?.outcomes.find((x) => x.id === id);
                    return `${o ? localized(o.label, locale) : id} ${n}`;
                  })
                  .join(' · ')}
              </p>
            )}
            <table class="stats-table">
              <caption class="visually-hidden">
                {t('options.scripts.statsStepsCaption', { name })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('options.scripts.colStep')}</th>
                  <th scope="col">{t('options.scripts.colVisits')}</th>
                  <th scope="col">{t('options.scripts.colTime')}</th>
                  <th scope="col">{t('options.scripts.colExits')}</th>
                  <th scope="col">{t('options.scripts.colRequired')}</th>
                </tr>
              </thead>
              <tbody>
                {s.steps
                  .filter((step) => step.visits > 0 || step.required)
                  .map((step) => (
                    <tr key={step.step} data-step={step.step}>
                      <th scope="row">{title(step.step)}</th>
                      <td>{step.visits}</td>
                      <td>{seconds(step.totalMs, step.closedVisits)}</td>
                      <td data-col="exits">{step.exits}</td>
                      <td>
                        {step.required ? `${step.required.said}/${step.required.expected}` : ''}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <button
        type="button"
        data-testid="export-script-stats-csv"
        onClick={() =>
          downloadText(`laipni-scripts-${fileDate()}.csv`, scriptStatsCsv(props.stats), 'text/csv')
        }
      >
        {t('options.scripts.exportCsv')}
      </button>
    </div>
  );
}
