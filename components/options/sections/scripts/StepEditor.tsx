import type { ChecklistDetect, Phase } from '../../../../lib/core/model/pack';
import type { Script, ScriptStep } from '../../../../lib/core/model/script';
import type { PackProblem } from '../../../../lib/core/packs/problems';
import { useI18n } from '../../../shared/i18n';
import { CaptureEditor } from './CaptureEditor';
import { ProblemLines } from './ProblemLines';
import { newAnswer, newCapture, problemsAt } from './script-draft';

const PHASES: readonly Phase[] = ['opening', 'body', 'closing'];
const PHASE_KEYS = {
  opening: 'sidebar.phase.opening',
  body: 'sidebar.phase.body',
  closing: 'sidebar.phase.closing',
} as const;

/** Drops an optional key when its value is empty, so the draft never holds `next: ''`. */
function set<K extends keyof ScriptStep>(
  step: ScriptStep,
  key: K,
  value: ScriptStep[K] | '',
): ScriptStep {
  const out = { ...step };
  if (value === '' || value === undefined || (Array.isArray(value) && value.length === 0)) {
    delete out[key];
  } else out[key] = value as ScriptStep[K];
  return out;
}

/**
 * One step of the script as a form: its texts, phase, required marks, where "next" and each
 * answer lead (links to other steps, chosen by title), the fields to note down, the outcomes
 * it can end with, and the verdicts on everything under `steps[i]` as the lead types.
 */
export function StepEditor(props: {
  script: Script;
  index: number;
  errors: readonly PackProblem[];
  warnings: readonly PackProblem[];
  onChange: (step: ScriptStep) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  /** Drag and drop by the handle (the up and down buttons do the same from the keyboard). */
  onDragFrom: (index: number) => void;
  onDropAt: (index: number) => void;
}) {
  const { t } = useI18n();
  const { script, index } = props;
  const step = script.steps[index] as ScriptStep;
  const base = `se-${index}`;
  const n = index + 1;
  const here = `steps[${index}]`;
  const others = script.steps.filter((s) => s.id !== step.id);
  const stepOptions = (
    <>
      <option value="">{t('options.scripts.none')}</option>
      {others.map((s) => (
        <option key={s.id} value={s.id}>
          {s.title.lv || s.id}
        </option>
      ))}
    </>
  );
  const change = (next: ScriptStep) => props.onChange(next);

  return (
    <li
      class="script-step-editor"
      data-testid="script-step-editor"
      data-step={step.id}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        props.onDropAt(index);
      }}
    >
      <fieldset>
        <legend>{t('options.scripts.step', { n, title: step.title.lv || step.id })}</legend>
        <div class="row-actions">
          <span
            class="drag-handle"
            draggable
            aria-hidden="true"
            data-testid="step-drag"
            onDragStart={(e) => {
              e.dataTransfer?.setData('text/plain', step.id);
              props.onDragFrom(index);
            }}
          >
            ⠿
          </span>
          <button
            type="button"
            data-testid="step-up"
            aria-label={t('options.scripts.moveUpLabel', { n })}
            disabled={index === 0}
            onClick={() => props.onMove(index - 1)}
          >
            {t('options.scripts.moveUp')}
          </button>
          <button
            type="button"
            data-testid="step-down"
            aria-label={t('options.scripts.moveDownLabel', { n })}
            disabled={index === script.steps.length - 1}
            onClick={() => props.onMove(index + 1)}
          >
            {t('options.scripts.moveDown')}
          </button>
          <button
            type="button"
            data-testid="step-remove"
            aria-label={t('options.scripts.removeStepLabel', { n })}
            disabled={script.steps.length === 1}
            onClick={props.onRemove}
          >
            {t('options.scripts.remove')}
          </button>
        </div>
        <label for={`${base}-id`}>{t('options.scripts.stepId')}</label>
        <input
          id={`${base}-id`}
          data-testid="step-id"
          value={step.id}
          onInput={(e) => change({ ...step, id: e.currentTarget.value.trim() })}
        />
        <label for={`${base}-title`}>{t('options.scripts.stepTitleLv')}</label>
        <input
          id={`${base}-title`}
          data-testid="step-title"
          lang="lv"
          value={step.title.lv}
          onInput={(e) => change({ ...step, title: { ...step.title, lv: e.currentTarget.value } })}
        />
        <label for={`${base}-title-en`}>{t('options.scripts.stepTitleEn')}</label>
        <input
          id={`${base}-title-en`}
          data-testid="step-title-en"
          lang="en"
          value={step.title.en ?? ''}
          onInput={(e) => {
            const title = { ...step.title };
            const en = e.currentTarget.value;
            if (en) title.en = en;
            else delete title.en;
            change({ ...step, title });
          }}
        />
        <label for={`${base}-phase`}>{t('options.scripts.phase')}</label>
        <select
          id={`${base}-phase`}
          data-testid="step-phase"
          value={step.phase}
          onChange={(e) => change({ ...step, phase: e.currentTarget.value as Phase })}
        >
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {t(PHASE_KEYS[p])}
            </option>
          ))}
        </select>
        <label for={`${base}-say`}>{t('options.scripts.say')}</label>
        <textarea
          id={`${base}-say`}
          data-testid="step-say"
          lang="lv"
          rows={3}
          value={step.say.join('\n')}
          onInput={(e) => change({ ...step, say: e.currentTarget.value.split('\n') })}
        />
        <ProblemLines
          errors={problemsAt(props.errors, `${here}.say`)}
          warnings={problemsAt(props.warnings, `${here}.say`)}
        />
        <label for={`${base}-notes`}>{t('options.scripts.notes')}</label>
        <textarea
          id={`${base}-notes`}
          data-testid="step-notes"
          lang="lv"
          rows={2}
          value={step.notes?.lv ?? ''}
          onInput={(e) => {
            const lv = e.currentTarget.value;
            change(set(step, 'notes', lv ? { ...step.notes, lv } : ''));
          }}
        />
        <label for={`${base}-detect`}>{t('options.scripts.detect')}</label>
        <textarea
          id={`${base}-detect`}
          data-testid="step-detect"
          lang="lv"
          rows={2}
          value={(step.detect?.phrases ?? []).join('\n')}
          onInput={(e) => {
            const phrases = e.currentTarget.value.split('\n');
            const detect: ChecklistDetect = { ...step.detect, phrases };
            if (phrases.every((p) => p === '')) delete detect.phrases;
            change(set(step, 'detect', Object.keys(detect).length > 0 ? detect : ''));
          }}
        />
        <label class="inline">
          <input
            type="checkbox"
            data-testid="step-required"
            checked={step.required === true}
            onChange={(e) => change(set(step, 'required', e.currentTarget.checked || ''))}
          />{' '}
          {t('options.scripts.required')}
        </label>
        <label class="inline">
          <input
            type="checkbox"
            data-testid="step-compliance"
            checked={step.compliance === true}
            onChange={(e) => change(set(step, 'compliance', e.currentTarget.checked || ''))}
          />{' '}
          {t('options.scripts.compliance')}
        </label>
        <label for={`${base}-next`}>{t('options.scripts.next')}</label>
        <select
          id={`${base}-next`}
          data-testid="step-next"
          value={step.next ?? ''}
          onChange={(e) => change(set(step, 'next', e.currentTarget.value))}
        >
          {stepOptions}
        </select>

        <fieldset class="script-answers-editor">
          <legend>{t('options.scripts.answers')}</legend>
          <ol>
            {(step.answers ?? []).map((a, i) => (
              <li key={i} data-testid="answer-editor">
                <label for={`${base}-a${i}`}>{t('options.scripts.answerLabel')}</label>
                <input
                  id={`${base}-a${i}`}
                  data-testid="answer-label"
                  lang="lv"
                  value={a.label.lv}
                  onInput={(e) => {
                    const answers = [...(step.answers ?? [])];
                    answers[i] = { ...a, label: { ...a.label, lv: e.currentTarget.value } };
                    change({ ...step, answers });
                  }}
                />
                <label for={`${base}-a${i}-to`}>{t('options.scripts.answerTo')}</label>
                <select
                  id={`${base}-a${i}-to`}
                  data-testid="answer-to"
                  value={a.next}
                  onChange={(e) => {
                    const answers = [...(step.answers ?? [])];
                    answers[i] = { ...a, next: e.currentTarget.value };
                    change({ ...step, answers });
                  }}
                >
                  {stepOptions}
                </select>
                <button
                  type="button"
                  data-testid="answer-remove"
                  onClick={() =>
                    change(
                      set(
                        step,
                        'answers',
                        (step.answers ?? []).filter((_, j) => j !== i),
                      ),
                    )
                  }
                >
                  {t('options.scripts.remove')}
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            data-testid="answer-add"
            onClick={() =>
              change({
                ...step,
                answers: [...(step.answers ?? []), newAnswer(step, others[0]?.id ?? '')],
              })
            }
          >
            {t('options.scripts.addAnswer')}
          </button>
        </fieldset>

        <fieldset class="script-captures-editor">
          <legend>{t('options.scripts.captures')}</legend>
          {(step.captures ?? []).map((c, i) => (
            <CaptureEditor
              key={i}
              capture={c}
              idBase={`${base}-c${i}`}
              onChange={(next) => {
                const captures = [...(step.captures ?? [])];
                captures[i] = next;
                change({ ...step, captures });
              }}
              onRemove={() =>
                change(
                  set(
                    step,
                    'captures',
                    (step.captures ?? []).filter((_, j) => j !== i),
                  ),
                )
              }
            />
          ))}
          <button
            type="button"
            data-testid="capture-add"
            onClick={() =>
              change({ ...step, captures: [...(step.captures ?? []), newCapture(script)] })
            }
          >
            {t('options.scripts.addCapture')}
          </button>
        </fieldset>

        {script.outcomes.length > 0 && (
          <fieldset class="script-step-outcomes">
            <legend>{t('options.scripts.stepOutcomes')}</legend>
            {script.outcomes.map((o) => (
              <label class="inline" key={o.id}>
                <input
                  type="checkbox"
                  data-testid="step-outcome"
                  data-outcome={o.id}
                  checked={(step.outcomes ?? []).includes(o.id)}
                  onChange={(e) => {
                    const rest = (step.outcomes ?? []).filter((id) => id !== o.id);
                    change(set(step, 'outcomes', e.currentTarget.checked ? [...rest, o.id] : rest));
                  }}
                />{' '}
                {o.label.lv || o.id}
              </label>
            ))}
          </fieldset>
        )}
        <ProblemLines
          errors={problemsAt(props.errors, here).filter((p) => !p.path.startsWith(`${here}.say`))}
          warnings={problemsAt(props.warnings, here).filter(
            (p) => !p.path.startsWith(`${here}.say`),
          )}
        />
      </fieldset>
    </li>
  );
}
