import { useState } from 'preact/hooks';
import { setRuleOverride } from '../../../../lib/data/personal';
import { useI18n } from '../../../shared/i18n';
import { localized } from '../../../../lib/core/model/text';
import { useDb } from '../../data/db-context';
import type { RuleEntry } from '../../data/rule-overview';
import { SuggestionEditor } from './SuggestionEditor';

function SuggestionItems(props: { items: readonly string[]; testId: string }) {
  const { t } = useI18n();
  if (props.items.length === 0) return <p class="muted">{t('options.suggestions.none')}</p>;
  return (
    <ul class="suggestions" data-testid={props.testId}>
      {props.items.map((text, i) => (
        <li key={i}>{text}</li>
      ))}
    </ul>
  );
}

/**
 * The rule's suggestions. An agent's edit is shown as theirs, beside the pack's version, with a
 * button that restores the pack's version. Locked and personal rules are not edited here.
 */
export function RuleSuggestions(props: { entry: RuleEntry; editable: boolean }) {
  const { t, locale } = useI18n();
  const db = useDb();
  const [editing, setEditing] = useState(false);
  const { rule, override } = props.entry;
  const own = override?.replacements;
  const advice = override?.advice ?? rule.advice ?? [];

  return (
    <div class="rule-suggestions">
      {own ? (
        <>
          <p class="label">
            <span class="badge personal" data-testid="edited-badge">
              {t('options.suggestions.yours')}
            </span>
          </p>
          <SuggestionItems items={own} testId="own-suggestions" />
          <p class="label">{t('options.suggestions.packVersion')}</p>
          <SuggestionItems items={rule.replacements} testId="pack-suggestions" />
        </>
      ) : (
        <>
          <p class="label">{t('options.suggestions.title')}</p>
          <SuggestionItems items={rule.replacements} testId="pack-suggestions" />
        </>
      )}
      {advice.length > 0 ? (
        <>
          <p class="label">{t('options.suggestions.advice')}</p>
          <ul class="advice">
            {advice.map((text, i) => (
              <li key={i}>{localized(text, locale)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {props.editable && editing ? (
        <SuggestionEditor
          ruleId={rule.id}
          packVersion={rule.replacements}
          current={own ?? rule.replacements}
          onClose={() => setEditing(false)}
        />
      ) : null}
      {props.editable && !editing ? (
        <div class="actions">
          <button type="button" onClick={() => setEditing(true)} data-testid="edit-suggestions">
            {t('options.suggestions.edit')}
          </button>
          {own ? (
            <button
              type="button"
              data-testid="restore-suggestions"
              onClick={() =>
                void setRuleOverride(db, rule.id, { replacements: null, advice: null })
              }
            >
              {t('options.suggestions.restore')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
