import { kindModule } from '../../../../lib/core/engine/kinds';
import type { Rule } from '../../../../lib/core/model/pack';
import { localized } from '../../../../lib/core/model/text';
import { useI18n } from '../../../shared/i18n';
import { matcherWords } from './filter';

/** What the rule looks for and the pack's own examples, behind a disclosure. */
export function RuleDetails(props: { rule: Rule }) {
  const { t, locale } = useI18n();
  const { rule } = props;
  const words = matcherWords(rule.match);
  const examples = rule.examples;
  return (
    <details class="rule-details">
      <summary>{t('options.rules.details')}</summary>
      <p>
        {t('options.rules.kind')}: {localized(kindModule(rule.match.kind).label, locale)}
      </p>
      {words.length > 0 ? (
        <p>
          {t('options.rules.phrases')}:{' '}
          {words.map((word, i) => (
            <span key={i}>
              {i > 0 ? ', ' : ''}«{word}»
            </span>
          ))}
        </p>
      ) : null}
      {examples?.match?.length ? (
        <div>
          <p>{t('options.rules.examplesMatch')}</p>
          <ul>
            {examples.match.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {examples?.noMatch?.length ? (
        <div>
          <p>{t('options.rules.examplesNoMatch')}</p>
          <ul>
            {examples.noMatch.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </details>
  );
}
