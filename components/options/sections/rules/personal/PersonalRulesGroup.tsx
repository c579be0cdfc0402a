import { useState } from 'preact/hooks';
import { deletePersonalRule } from '../../../../../lib/data/personal';
import type { Rule } from '../../../../../lib/core/model/pack';
import { useI18n } from '../../../../shared/i18n';
import { useDb } from '../../../data/db-context';
import type { RuleOverview } from '../../../data/rule-overview';
import { RuleCard } from '../RuleCard';
import { ruleMatchesQuery } from '../filter';
import { personalEntries } from './personal-entries';
import { PersonalRuleForm } from './PersonalRuleForm';

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; rule: Rule };

/** The agent's own rules: add, edit, delete; each shown like a pack rule. */
export function PersonalRulesGroup(props: {
  overview: RuleOverview;
  query: string;
  packNames: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  const db = useDb();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const entries = personalEntries(props.overview).filter((p) =>
    ruleMatchesQuery(p.entry.rule, props.query),
  );
  const close = () => setEditing({ mode: 'closed' });

  return (
    <section class="rule-group personal" aria-labelledby="group-personal" data-pack="personal">
      <h3 id="group-personal">{t('options.personal.title')}</h3>
      <p class="muted">{t('options.personal.intro')}</p>
      {!props.overview.personalAllowed ? (
        <p class="warning" data-testid="personal-disallowed">
          {t('options.personal.disallowedAll')}
        </p>
      ) : null}
      {!props.overview.personalAllowed ? null : editing.mode === 'closed' ? (
        <button
          type="button"
          class="primary"
          data-testid="add-personal-rule"
          onClick={() => setEditing({ mode: 'new' })}
        >
          {t('options.personal.add')}
        </button>
      ) : (
        <PersonalRuleForm
          {...(editing.mode === 'edit' ? { initial: editing.rule } : {})}
          takenIds={props.overview.ruleIds}
          onDone={close}
        />
      )}
      {entries.length === 0 ? <p class="muted">{t('options.personal.empty')}</p> : null}
      <ul class="rule-list">
        {entries.map(({ entry, blockedBy, disallowed }) => (
          <RuleCard key={entry.rule.id} entry={entry} packNames={props.packNames} personal>
            {blockedBy.length > 0 ? (
              <p class="warning">
                {t('options.personal.blocked', {
                  by: blockedBy.map((id) => props.packNames.get(id) ?? id).join(', '),
                })}
              </p>
            ) : null}
            {disallowed ? <p class="warning">{t('options.personal.disallowed')}</p> : null}
            <div class="actions">
              <button
                type="button"
                data-testid="edit-personal-rule"
                aria-describedby={`rule-${entry.rule.id}`}
                onClick={() => setEditing({ mode: 'edit', rule: entry.rule })}
              >
                {t('options.action.edit')}
              </button>
              <button
                type="button"
                data-testid="delete-personal-rule"
                aria-describedby={`rule-${entry.rule.id}`}
                onClick={() => void deletePersonalRule(db, entry.rule.id)}
              >
                {t('options.action.delete')}
              </button>
            </div>
          </RuleCard>
        ))}
      </ul>
    </section>
  );
}
