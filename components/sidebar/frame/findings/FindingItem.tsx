import type { Finding } from '../../../../lib/core/model/finding';
import { useI18n } from '../../../shared/i18n';

/**
 * A finding of the focused field with the in-page card's hooks (`data-laipni="finding"`,
 * `button[data-laipni="suggestion"]`). Suggestions and advice are pack text: text only.
 */
export function FindingItem(props: { finding: Finding; onApply: (suggestion: string) => void }) {
  const { t } = useI18n();
  const { finding } = props;
  return (
    <li
      class={`finding finding-${finding.severity}`}
      data-laipni="finding"
      data-rule={finding.ruleId}
    >
      <p class="finding-flagged">{t('sidebar.findings.flagged', { text: finding.text })}</p>
      <p class="finding-message">{finding.message}</p>
      {finding.suggestions.length > 0 && (
        <div
          class="finding-suggestions"
          role="group"
          aria-label={t('sidebar.findings.replaceWith')}
        >
          {finding.suggestions.map((suggestion) => (
            <button
              key={suggestion}
              type="button"
              class="suggestion"
              data-laipni="suggestion"
              onClick={() => props.onApply(suggestion)}
            >
              {suggestion}
            </button>
          ))}
        </div>
      )}
      {finding.advice && finding.advice.length > 0 && (
        <ul class="finding-advice">
          {finding.advice.map((advice) => (
            <li key={advice}>{advice}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
