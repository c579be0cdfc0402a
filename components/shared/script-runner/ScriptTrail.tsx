import type { CompiledScript } from '../../../lib/core/scripts/compile';
import { localized } from '../../../lib/core/model/text';
import { useI18n } from '../i18n';

/**
 * The breadcrumb: the steps from the first to the current one. An earlier step is a button
 * that goes back to it (`[data-laipni="script-crumb"][data-step]`); the current one is marked.
 */
export function ScriptTrail(props: {
  c: CompiledScript;
  trail: readonly string[];
  disabled: boolean;
  onGoTo: (step: string) => void;
}) {
  const { t, locale } = useI18n();
  const { c, trail } = props;
  const title = (id: string) => {
    const step = c.steps.get(id)?.step;
    return step ? localized(step.title, locale) : id;
  };
  return (
    <nav class="script-trail" aria-label={t('sidebar.script.trail')}>
      <ol>
        {trail.map((id, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={`${i}-${id}`}>
              {last ? (
                <span data-laipni="script-crumb" data-step={id} aria-current="step">
                  {title(id)}
                </span>
              ) : (
                <button
                  type="button"
                  class="link-button"
                  data-laipni="script-crumb"
                  data-step={id}
                  disabled={props.disabled}
                  onClick={() => props.onGoTo(id)}
                >
                  {title(id)}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
