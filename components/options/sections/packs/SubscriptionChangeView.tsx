import { Fragment } from 'preact';
import type { SubscriptionChange } from '../../../../lib/core/model/distribution';
import { useI18n } from '../../../shared/i18n';
import { ScriptChanges } from '../../../shared/ScriptChanges';
import { formatDateTime } from '../../common/format';
import { localized } from '../../../../lib/core/model/text';

/** What the last update of a subscribed pack changed: rules added, removed, changed; changelog. */
export function SubscriptionChangeView(props: { change: SubscriptionChange }) {
  const { t, locale } = useI18n();
  const { change } = props;
  const lists: Array<[string, string[]]> = [
    [t('options.subscriptions.rulesAdded'), change.added.map((r) => r.id)],
    [t('options.subscriptions.rulesRemoved'), change.removed.map((r) => r.id)],
    [t('options.subscriptions.rulesChanged'), change.changed.map((r) => r.id)],
  ];
  return (
    <details class="subscription-change">
      <summary>
        {t('options.subscriptions.changeSummary', {
          from: change.fromVersion ?? '—',
          to: change.toVersion,
          time: formatDateTime(change.at, locale),
          added: change.counts.added,
          removed: change.counts.removed,
          changed: change.counts.changed,
        })}
      </summary>
      <dl class="applies">
        {lists
          .filter(([, ids]) => ids.length > 0)
          .map(([label, ids]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>
                <code>{ids.join(', ')}</code>
              </dd>
            </Fragment>
          ))}
      </dl>
      <ScriptChanges diff={change.scripts} />
      {change.changelog.length > 0 ? (
        <ul>
          {change.changelog.map((entry) => (
            <li key={entry.version}>
              <strong>{entry.version}</strong> {localized(entry.notes, locale)}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
