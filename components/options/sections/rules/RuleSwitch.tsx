import { setRuleOverride } from '../../../../lib/data/personal';
import type { Rule } from '../../../../lib/core/model/pack';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';

/**
 * Switches a rule on or off for this agent. Going back to what the pack ships clears the
 * override rather than storing a redundant one. A locked rule shows the switch, disabled.
 */
export function RuleSwitch(props: {
  rule: Rule;
  enabled: boolean;
  locked: boolean;
  describedBy?: string;
}) {
  const { t } = useI18n();
  const db = useDb();
  const shipsOn = props.rule.enabled !== false;
  const toggle = async (on: boolean) => {
    if (props.locked) return;
    await setRuleOverride(db, props.rule.id, { enabled: on === shipsOn ? null : on });
  };
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={props.enabled}
        disabled={props.locked}
        aria-label={t('options.rules.switchLabel', { id: props.rule.id })}
        aria-describedby={props.describedBy}
        data-testid="rule-switch"
        onChange={(event) => void toggle(event.currentTarget.checked)}
      />
      <span aria-hidden="true">{t(props.enabled ? 'options.rules.on' : 'options.rules.off')}</span>
    </label>
  );
}
