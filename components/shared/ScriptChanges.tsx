import { scriptChangeCount, type ScriptsDiff } from '../../lib/core/packs/pack-diff-scripts';
import { localized } from '../../lib/core/model/text';
import { useI18n } from './i18n';
import './script-changes.css';

/**
 * The scripts part of a pack update's change summary (sidebar and options page): scripts
 * added, removed and changed, and in a changed one the steps added, removed and changed.
 * `shown` bounds each list for a narrow sidebar; the counts stay exact. Pack text is rendered
 * as text.
 */
export function ScriptChanges(props: { diff: ScriptsDiff | undefined; shown?: number }) {
  const { t, locale } = useI18n();
  const { diff } = props;
  if (!diff || scriptChangeCount(diff) === 0) return null;
  const shown = props.shown ?? Infinity;
  const more = (total: number, listed: number) =>
    total > listed ? (
      <li class="hint">{t('scripts.changes.more', { n: total - listed })}</li>
    ) : null;
  const added = diff.added.slice(0, shown);
  const removed = diff.removed.slice(0, shown);
  const changed = diff.changed.slice(0, shown);
  return (
    <div class="script-changes" data-laipni="script-changes">
      <p>{t('scripts.changes.counts', diff.counts)}</p>
      <ul>
        {added.map((s) => (
          <li key={`+${s.id}`} data-laipni="script-change" data-script={s.id} data-change="added">
            {t('scripts.changes.added', { name: localized(s.name, locale) })}
          </li>
        ))}
        {more(diff.counts.added, added.length)}
        {removed.map((s) => (
          <li key={`-${s.id}`} data-laipni="script-change" data-script={s.id} data-change="removed">
            {t('scripts.changes.removed', { name: localized(s.name, locale) })}
          </li>
        ))}
        {more(diff.counts.removed, removed.length)}
        {changed.map((s) => {
          const steps = [
            ...s.stepsAdded.map((step) => ['added', step] as const),
            ...s.stepsRemoved.map((step) => ['removed', step] as const),
            ...s.stepsChanged.map((step) => ['changed', step] as const),
          ];
          const listed = steps.slice(0, shown);
          const total = s.stepCounts.added + s.stepCounts.removed + s.stepCounts.changed;
          const key = {
            added: 'scripts.changes.stepAdded',
            removed: 'scripts.changes.stepRemoved',
            changed: 'scripts.changes.stepChanged',
          } as const;
          return (
            <li
              key={`~${s.id}`}
              data-laipni="script-change"
              data-script={s.id}
              data-change="changed"
            >
              {t('scripts.changes.changed', { name: localized(s.name, locale) })}
              {total > 0 && ` (${t('scripts.changes.steps', s.stepCounts)})`}
              {listed.length > 0 && (
                <ul>
                  {listed.map(([how, step]) => (
                    <li
                      key={`${how}${step.id}`}
                      data-laipni="script-step-change"
                      data-step={step.id}
                      data-change={how}
                    >
                      {t(key[how], { title: localized(step.title, locale) })}
                    </li>
                  ))}
                  {more(total, listed.length)}
                </ul>
              )}
            </li>
          );
        })}
        {more(diff.counts.changed, changed.length)}
      </ul>
    </div>
  );
}
