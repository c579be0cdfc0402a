import type { PackProblem } from '../../../lib/core/packs/problems';
import { useI18n } from '../../shared/i18n';
import { localized } from '../../../lib/core/model/text';
import { groupProblems } from './problem-groups';
import './problem-list.css';

/**
 * A pack's or backup's problems, grouped by rule, each with the field it concerns and a sentence
 * in the UI language. `document` is the parsed file, used only to name rules by their id.
 */
export function ProblemList(props: { problems: readonly PackProblem[]; document: unknown }) {
  const { t, locale } = useI18n();
  const groups = groupProblems(props.problems, props.document);
  return (
    <div class="problems" role="alert" data-testid="problems">
      <p>
        <strong>{t('options.problems.title', { count: props.problems.length })}</strong>{' '}
        {t('options.problems.nothingChanged')}
      </p>
      <ul>
        {groups.map((group) => (
          <li key={group.ruleIndex ?? 'document'} data-rule-index={group.ruleIndex ?? undefined}>
            <span class="problem-group">
              {group.ruleIndex === null
                ? t('options.problems.document')
                : group.ruleId
                  ? t('options.problems.rule', { id: group.ruleId, index: group.ruleIndex })
                  : t('options.problems.ruleAt', { index: group.ruleIndex })}
            </span>
            <ul>
              {group.items.map((item, i) => (
                <li key={i} data-path={item.problem.path}>
                  {item.field ? <code class="problem-field">{item.field}</code> : null}{' '}
                  {localized(item.problem, locale)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
