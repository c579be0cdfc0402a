import { useEffect, useId, useState } from 'preact/hooks';
import { refreshFormWindow } from '../../../../lib/data/form-windows';
import { dayOf } from '../../../../lib/data/stats';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { loadPolicyView } from '../../data/policy';
import { useLiveQuery, type LiveResult } from '../../data/use-live-query';
import type { FormTotal } from '../../../../lib/data/stats-query';
import { ruleTrends } from './aggregate';
import { ActivityExportView } from './ActivityExportView';
import { ChecklistCompletion } from './ChecklistCompletion';
import { callCompletion } from './completion';
import { loadStats, loadTopPhrases } from './load-stats';
import { RuleTrends } from './RuleTrends';
import { ScriptStatsView } from './ScriptStatsView';
import { scriptStats } from '../../../../lib/core/scripts/stats';
import { StatsExport } from './StatsExport';
import { TopPhrases } from './TopPhrases';
import './section.css';

const PERIODS = [7, 30, 90] as const;

/** Local statistics: per-rule trends, frequent phrases, checklist completion, CSV export. */
export function StatsSection() {
  const { t } = useI18n();
  const db = useDb();
  const periodId = useId();
  const [period, setPeriod] = useState<number>(30);
  const data = useLiveQuery(() => loadStats(db, period), [db, period]);
  const policy = useLiveQuery(() => loadPolicyView(db), [db]);
  const exporting = policy.state === 'ready' && !!policy.value.policy.activityExportUrl;
  // A query of its own: the trends show without waiting for the phrase forms.
  const phrases = useLiveQuery(() => loadTopPhrases(db, period), [db, period]);
  // Brings the period's window of past days up to date (a live query may not write); the query
  // above re-runs when it changes. A failure only leaves the query on its slower full read.
  // The day is a dependency: a page left open past midnight moves the window at its next render.
  const today = dayOf(Date.now());
  useEffect(() => {
    refreshFormWindow(db, period).catch((error: unknown) =>
      console.warn('Laipni: statistics window not refreshed', error),
    );
  }, [db, period, today]);

  return (
    <section aria-labelledby="stats-title" class="section">
      <h2 id="stats-title">{t('options.stats.title')}</h2>
      <p class="privacy" data-testid="stats-privacy">
        {t(exporting ? 'options.stats.localExport' : 'options.stats.local', {
          days: data.state === 'ready' ? data.value.retentionDays : 90,
        })}
      </p>
      <div class="field inline">
        <label for={periodId}>{t('options.stats.period')}</label>
        <select
          id={periodId}
          value={String(period)}
          onChange={(event) => setPeriod(Number(event.currentTarget.value))}
        >
          {PERIODS.map((days) => (
            <option key={days} value={String(days)}>
              {t('options.stats.days', { days })}
            </option>
          ))}
        </select>
      </div>
      {data.state === 'loading' ? <p role="status">{t('options.loading')}</p> : null}
      {data.state === 'error' ? (
        <p role="alert">{t('options.loadFailed', { detail: data.message })}</p>
      ) : null}
      {data.state === 'ready' ? (
        <StatsBody data={data.value} phrases={phrases} period={period} />
      ) : null}
      <ActivityExportView />
    </section>
  );
}

function StatsBody(props: {
  data: Awaited<ReturnType<typeof loadStats>>;
  phrases: LiveResult<FormTotal[]>;
  period: number;
}) {
  const { t } = useI18n();
  const { data, phrases } = props;
  const calls = data.calls.map((call) => callCompletion(call, data.checklists));
  return (
    <>
      <h3>{t('options.stats.trendsTitle')}</h3>
      <p class="legend" aria-hidden="true">
        <span class="swatch flagged" /> {t('options.stats.col.flagged')}{' '}
        <span class="swatch accepted" /> {t('options.stats.col.accepted')}
      </p>
      <RuleTrends trends={ruleTrends(data.totals, data.days)} period={props.period} />
      <h3>{t('options.stats.topPhrases')}</h3>
      {phrases.state === 'loading' ? <p role="status">{t('options.loading')}</p> : null}
      {phrases.state === 'error' ? (
        <p role="alert">{t('options.loadFailed', { detail: phrases.message })}</p>
      ) : null}
      {phrases.state === 'ready' ? <TopPhrases phrases={phrases.value} /> : null}
      <h3>{t('options.stats.completion')}</h3>
      <ChecklistCompletion calls={calls} />
      <h3>{t('options.scripts.statsTitle')}</h3>
      <ScriptStatsView
        stats={scriptStats(data.scriptProgress, data.scripts)}
        scripts={data.scripts}
      />
      <h3>{t('options.stats.exportTitle')}</h3>
      <StatsExport from={data.from} to={data.to} calls={calls} />
    </>
  );
}
