import { useI18n } from '../../../shared/i18n';
import type { RuleGroup } from '../../data/rule-overview';
import { RuleCard } from './RuleCard';
import { ruleMatchesQuery } from './filter';

/** The rules one pack contributes to the effective set. */
export function RuleGroupView(props: {
  group: RuleGroup;
  query: string;
  packNames: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  const { group } = props;
  const shown = group.rules.filter((entry) => ruleMatchesQuery(entry.rule, props.query));
  const headingId = `group-${group.packId}`;
  return (
    <section class="rule-group" aria-labelledby={headingId} data-pack={group.packId}>
      <h3 id={headingId}>
        {group.name} <span class="muted">{group.version}</span>{' '}
        <span class="badge">{t(`options.layer.${group.layer}`)}</span>
      </h3>
      <p class="muted">
        {t('options.rules.count', { shown: shown.length, total: group.rules.length })}
      </p>
      <ul class="rule-list">
        {shown.map((entry) => (
          <RuleCard key={entry.rule.id} entry={entry} packNames={props.packNames} />
        ))}
      </ul>
    </section>
  );
}
