import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { ScriptProgress, ScriptStep } from '../../../lib/core/model/script';
import type { CompiledScript } from '../../../lib/core/scripts/compile';
import { isSaid } from '../../../lib/core/scripts/missing';
import { own } from '../../../lib/core/scripts/progress';
import { localized, type Bilingual } from '../../../lib/core/model/text';
import type { SidebarScriptMove } from '../../../lib/protocol/sidebar-store';
import { useI18n } from '../i18n';
import { CaptureField } from './CaptureField';
import { SayText } from './SayText';

const PHASE_KEYS = {
  opening: 'sidebar.phase.opening',
  body: 'sidebar.phase.body',
  closing: 'sidebar.phase.closing',
} as const;

/**
 * The current step (`[data-laipni="script-step"][data-step]`): what to say, the agent's notes,
 * the fields to note down, the customer's possible answers (keys 1–9), "next" and the
 * outcomes the call can end with here.
 */
export function ScriptStepView(props: {
  c: CompiledScript;
  p: ScriptProgress;
  step: ScriptStep;
  fill: (text: string) => string;
  canGoOn: boolean;
  disabled: boolean;
  focusRef: Ref<HTMLElement>;
  onMove: (move: SidebarScriptMove) => void;
  onInsert: (text: string) => void;
  onCapture: (field: string, raw: string | boolean) => Promise<Bilingual | null>;
}) {
  const { t, locale } = useI18n();
  const { step, p } = props;
  const titleId = useId();
  const answersId = useId();
  const required = step.required === true || step.compliance === true;
  const mark = own(p.said, step.id);
  const said = isSaid(step, mark);
  const answers = step.answers ?? [];

  return (
    <section
      class="script-step"
      data-laipni="script-step"
      data-step={step.id}
      data-phase={step.phase}
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={props.focusRef}
    >
      <h3 id={titleId}>{localized(step.title, locale)}</h3>
      <p class="script-tags">
        <span class="tag">{t(PHASE_KEYS[step.phase])}</span>
        {step.compliance ? (
          <span class="tag tag-warn">{t('sidebar.script.compliance')}</span>
        ) : step.required ? (
          <span class="tag">{t('sidebar.script.required')}</span>
        ) : null}
        {said && mark && <span class="tag tag-ok">{t('sidebar.script.said')}</span>}
      </p>
      <SayText
        key={step.id}
        variants={step.say.map(props.fill)}
        onInsert={props.onInsert}
        busy={props.disabled}
      />
      {step.notes && (
        <p class="script-notes">
          <span class="script-label">{t('sidebar.script.notes')}</span>{' '}
          {localized(step.notes, locale)}
        </p>
      )}
      {required && (
        <button
          type="button"
          class="script-said-toggle"
          data-laipni="script-step-said"
          aria-pressed={mark?.how === 'ticked' || said ? 'true' : 'false'}
          disabled={props.disabled || (said && mark?.how !== 'ticked')}
          onClick={() =>
            props.onMove(
              mark?.how === 'ticked'
                ? { kind: 'unsaid', step: step.id }
                : { kind: 'said', step: step.id, how: 'ticked' },
            )
          }
        >
          {t('sidebar.script.saidIt')}
        </button>
      )}
      {(step.captures ?? []).length > 0 && (
        <div class="script-captures">
          <p class="script-label">{t('sidebar.script.captures')}</p>
          {(step.captures ?? []).map((capture) => (
            <CaptureField
              key={capture.id}
              capture={capture}
              value={own(p.captures, capture.id)}
              onCommit={(raw) => props.onCapture(capture.id, raw)}
            />
          ))}
        </div>
      )}
      {answers.length > 0 && (
        <div class="script-answers" role="group" aria-labelledby={answersId}>
          <p id={answersId} class="script-label">
            {t('sidebar.script.answers')}
          </p>
          <ol>
            {answers.map((a, i) => (
              <li key={a.id}>
                <button
                  type="button"
                  class="script-answer"
                  data-laipni="script-answer"
                  data-answer={a.id}
                  aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
                  disabled={props.disabled}
                  onClick={() => props.onMove({ kind: 'answer', answer: a.id })}
                >
                  {i < 9 && <kbd aria-hidden="true">{i + 1}</kbd>}
                  <span>{localized(a.label, locale)}</span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
      {props.canGoOn && (
        <button
          type="button"
          class="primary"
          data-laipni="script-next"
          aria-keyshortcuts="Alt+ArrowRight"
          disabled={props.disabled}
          onClick={() => props.onMove({ kind: 'next' })}
        >
          {t('sidebar.script.next')}
        </button>
      )}
      {(step.outcomes ?? []).length > 0 && (
        <div class="script-outcomes" role="group" aria-label={t('sidebar.script.outcomes')}>
          <p class="script-label">{t('sidebar.script.outcomes')}</p>
          <div class="chip-row">
            {(step.outcomes ?? []).map((id) => {
              const outcome = props.c.outcomes.get(id);
              return (
                <button
                  key={id}
                  type="button"
                  data-laipni="script-outcome"
                  data-outcome={id}
                  disabled={props.disabled}
                  onClick={() => props.onMove({ kind: 'finish', outcome: id })}
                >
                  {outcome ? localized(outcome.label, locale) : id}
                </button>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
