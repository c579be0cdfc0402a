import { useId } from 'preact/hooks';
import type { SubscriptionView, SubscriptionChange } from '../../../../lib/core/model/distribution';
import { localized } from '../../../../lib/core/model/text';
import { useI18n } from '../../../shared/i18n';
import { ScriptChanges } from '../../../shared/ScriptChanges';

/** The sidebar is narrow: a few rule ids per list, the rest counted (the counts stay exact). */
const SHOWN_IDS = 5;

function RuleList(props: { label: string; ids: string[]; total: number }) {
  const { t } = useI18n();
  const { label, ids, total } = props;
  if (total === 0) return null;
  const shown = ids.slice(0, SHOWN_IDS);
  const more = total - shown.length;
  return (
    <p class="pack-rules">
      {label} ({total}): <code>{shown.join(', ')}</code>
      {more > 0 && ` ${t('sidebar.packs.more', { n: more })}`}
    </p>
  );
}

/**
 * What the last update of a subscribed pack changed, until the agent dismisses it: rule counts,
 * the ids of rules added, removed and changed, and the pack's changelog lines. Pack text is
 * rendered as text (JSX escapes it), never as markup.
 */
export function PackChange(props: {
  sub: SubscriptionView;
  change: SubscriptionChange;
  onDismiss: () => void;
}) {
  const { t, locale } = useI18n();
  const { sub, change } = props;
  const titleId = useId();
  const pack = sub.packName ?? change.packName;
  return (
    <section
      class="pack-change"
      data-laipni="pack-change"
      data-url={sub.url}
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>
        {t('sidebar.packs.changed', {
          pack,
          from: change.fromVersion ?? '—',
          to: change.toVersion,
        })}
      </h3>
      <p>
        {t('sidebar.packs.counts', {
          added: change.counts.added,
          removed: change.counts.removed,
          changed: change.counts.changed,
        })}
      </p>
      <RuleList
        label={t('sidebar.packs.added')}
        ids={change.added.map((r) => r.id)}
        total={change.counts.added}
      />
      <RuleList
        label={t('sidebar.packs.removed')}
        ids={change.removed.map((r) => r.id)}
        total={change.counts.removed}
      />
      <RuleList
        label={t('sidebar.packs.rulesChanged')}
        ids={change.changed.map((r) => r.id)}
        total={change.counts.changed}
      />
      <ScriptChanges diff={change.scripts} shown={SHOWN_IDS} />
      {change.changelog.length > 0 && (
        <>
          <h4>{t('sidebar.packs.changelog')}</h4>
          <ul class="pack-changelog">
            {change.changelog.map((entry) => (
              <li key={entry.version}>
                <strong>{entry.version}</strong> {localized(entry.notes, locale)}
              </li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        data-laipni="pack-change-dismiss"
        aria-label={t('sidebar.packs.dismissLabel', { pack })}
        onClick={props.onDismiss}
      >
        {t('sidebar.packs.dismiss')}
      </button>
    </section>
  );
}
