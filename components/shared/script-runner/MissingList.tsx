import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { CompiledScript } from '../../../lib/core/scripts/compile';
import type { MissingStep } from '../../../lib/core/scripts/missing';
import { localized } from '../../../lib/core/model/text';
import { useI18n } from '../i18n';

/**
 * "Nav izdarīts: …": the required steps neither said nor typed, compliance ones first, each
 * with "I said it" (`[data-laipni="script-said"][data-step]`) and, for a step on the trail,
 * the way back to it. `children`: the actions that follow (go on, stay, end the call).
 */
export function MissingList(props: {
  c: CompiledScript;
  items: readonly MissingStep[];
  heading: string;
  /** Steps the agent can go back to (the trail's). */
  reachable: ReadonlySet<string>;
  onSaid: (step: string) => void;
  onGoTo?: (step: string) => void;
  children?: ComponentChildren;
}) {
  const { t, locale } = useI18n();
  const { c } = props;
  const headingId = useId();
  return (
    <section class="script-missing-box notice" role="alert" aria-labelledby={headingId}>
      <h3 id={headingId}>{props.heading}</h3>
      <ul data-laipni="script-missing">
        {props.items.map((item) => {
          const step = c.steps.get(item.step)?.step;
          return (
            <li
              key={item.step}
              data-step={item.step}
              data-compliance={item.compliance ? 'true' : undefined}
            >
              <span class="script-missing-title">
                {step ? localized(step.title, locale) : item.step}
              </span>
              {item.compliance && (
                <span class="tag tag-warn">{t('sidebar.script.compliance')}</span>
              )}
              {!item.reached && <span class="tag tag-muted">{t('sidebar.script.notReached')}</span>}
              <span class="button-row">
                <button
                  type="button"
                  data-laipni="script-said"
                  data-step={item.step}
                  onClick={() => props.onSaid(item.step)}
                >
                  {t('sidebar.script.saidIt')}
                </button>
                {props.onGoTo && props.reachable.has(item.step) && (
                  <button
                    type="button"
                    data-laipni="script-missing-goto"
                    data-step={item.step}
                    onClick={() => props.onGoTo?.(item.step)}
                  >
                    {t('sidebar.script.goTo')}
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {props.children}
    </section>
  );
}
