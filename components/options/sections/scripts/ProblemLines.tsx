import type { PackProblem } from '../../../../lib/core/packs/problems';
import { useI18n } from '../../../shared/i18n';

/** The engine's and the validator's verdicts on one part of a script, beside it. */
export function ProblemLines(props: {
  errors: readonly PackProblem[];
  warnings: readonly PackProblem[];
}) {
  const { locale } = useI18n();
  if (props.errors.length === 0 && props.warnings.length === 0) return null;
  return (
    <ul class="script-problems" data-testid="script-problems">
      {props.errors.map((p, i) => (
        <li key={`e${i}`} class="error" data-kind="error" data-path={p.path}>
          {p[locale]}
        </li>
      ))}
      {props.warnings.map((p, i) => (
        <li key={`w${i}`} class="warning" data-kind="warning" data-path={p.path}>
          {p[locale]}
        </li>
      ))}
    </ul>
  );
}
