import type { ComponentChildren } from 'preact';
import { useI18n } from '../../../shared/i18n';
import { localized } from '../../../../lib/core/model/text';
import type { RuleEntry } from '../../data/rule-overview';
import { AppliesTo } from './AppliesTo';
import { LockNotice } from './LockNotice';
import { RuleDetails } from './RuleDetails';
import { RuleSuggestions } from './RuleSuggestions';
import { RuleSwitch } from './RuleSwitch';
import { SeverityBadge } from './SeverityBadge';

/**
 * One rule: its id, reason, severity and where it applies, the on/off switch (or the lock), its
 * suggestions and, behind a disclosure, what it looks for and the pack's examples.
 * Pack text is rendered as text, never as HTML.
 */
export function RuleCard(props: {
  entry: RuleEntry;
  packNames: ReadonlyMap<string, string>;
  /** Personal rules are edited with the rule form, not with a suggestion override. */
  personal?: boolean;
  children?: ComponentChildren;
}) {
  const { t, locale } = useI18n();
  const { rule, report } = props.entry;
  const lockId = `lock-${rule.id}`;
  const titleId = `rule-${rule.id}`;
  return (
    <li
      class={`rule${report.enabled ? '' : ' is-off'}`}
      data-rule={rule.id}
      data-testid={`rule-${rule.id}`}
    >
      <article aria-labelledby={titleId}>
        <div class="rule-head">
          <h4 id={titleId}>
            <code>{rule.id}</code>
          </h4>
          <SeverityBadge severity={rule.severity} />
          {report.locked ? (
            <LockNotice id={lockId} lockedBy={report.lockedBy} packNames={props.packNames} />
          ) : null}
          {report.overriddenPackIds.length > 0 ? (
            <span class="badge">
              {t('options.rules.replaces', {
                packs: report.overriddenPackIds
                  .map((id) => props.packNames.get(id) ?? id)
                  .join(', '),
              })}
            </span>
          ) : null}
          <RuleSwitch
            rule={rule}
            enabled={report.enabled}
            locked={report.locked}
            describedBy={report.locked ? lockId : undefined}
          />
        </div>
        <p class="reason">{localized(rule.reason, locale)}</p>
        <AppliesTo rule={rule} />
        <RuleSuggestions entry={props.entry} editable={!props.personal && !report.locked} />
        <RuleDetails rule={rule} />
        {props.children}
      </article>
    </li>
  );
}
