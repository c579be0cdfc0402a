import { Fragment } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Script } from '../../../../lib/core/model/script';
import { localized } from '../../../../lib/core/model/text';
import { validateScripts, type WordingChecker } from '../../../../lib/core/scripts/validate';
import { putPersonalScript } from '../../../../lib/data/personal-scripts';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { AppliesToEditor } from './AppliesToEditor';
import { ObjectionEditor } from './ObjectionEditor';
import { OutcomeEditor } from './OutcomeEditor';
import { ProblemLines } from './ProblemLines';
import { ScriptPreview } from './ScriptPreview';
import { addStep, moveStep, removeStep, renameStep, updateStep } from './script-draft';
import { StepEditor } from './StepEditor';

/**
 * The script editor (`data-testid="script-editor"`): a personal script as a form, no JSON.
 * Every change is validated at once (paths, references, slots, and each text by the engine
 * with the step's phase), the verdicts shown beside the part they are about; the preview runs
 * the last valid draft; saving stores it only when valid (lib/data/personal-scripts.ts).
 */
export function ScriptEditor(props: {
  initial: Script;
  /** A new script (its id can be chosen) or an existing one (its id stays). */
  isNew: boolean;
  checker: WordingChecker;
  onDone: (message?: string) => void;
}) {
  const { t, locale } = useI18n();
  const db = useDb();
  const [draft, setDraft] = useState<Script>(props.initial);
  const [status, setStatus] = useState('');
  const dragFrom = useRef<number | null>(null);
  const verdict = useMemo(
    () => validateScripts([draft], { at: [], checker: props.checker }),
    [draft, props.checker],
  );
  const errors = verdict.ok ? [] : verdict.errors.map(unindex);
  const warnings = verdict.warnings.map(unindex);
  // The preview keeps running the last valid draft while the lead types through an invalid one.
  const lastValidRef = useRef<Script | null>(null);
  if (verdict.ok) lastValidRef.current = draft;
  const lastValid = lastValidRef.current;
  const topLevel = (list: typeof errors) =>
    list.filter((p) => !/^(?:steps|objections|outcomes)\[\d+\]/.test(p.path));

  const save = async () => {
    const result = await putPersonalScript(db, draft, { checker: props.checker });
    if (!result.ok) return setStatus(t('options.scripts.refused'));
    props.onDone(t('options.scripts.saved', { name: localized(result.script.name, locale) }));
  };

  return (
    <section
      class="script-editor"
      data-testid="script-editor"
      aria-labelledby="script-editor-title"
    >
      <h3 id="script-editor-title">{t('options.scripts.editorTitle')}</h3>
      <div class="script-editor-layout">
        <form
          class="script-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label for="se-id">{t('options.scripts.id')}</label>
          <input
            id="se-id"
            data-testid="script-id"
            value={draft.id}
            readOnly={!props.isNew}
            onInput={(e) => setDraft({ ...draft, id: e.currentTarget.value.trim() })}
          />
          <label for="se-name">{t('options.scripts.nameLv')}</label>
          <input
            id="se-name"
            data-testid="script-name"
            lang="lv"
            value={draft.name.lv}
            onInput={(e) =>
              setDraft({ ...draft, name: { ...draft.name, lv: e.currentTarget.value } })
            }
          />
          <label for="se-name-en">{t('options.scripts.nameEn')}</label>
          <input
            id="se-name-en"
            data-testid="script-name-en"
            lang="en"
            value={draft.name.en ?? ''}
            onInput={(e) =>
              setDraft({ ...draft, name: { ...draft.name, en: e.currentTarget.value } })
            }
          />
          <AppliesToEditor
            appliesTo={draft.appliesTo}
            onChange={(appliesTo) => {
              const next: Script = { ...draft };
              if (appliesTo) next.appliesTo = appliesTo;
              else delete next.appliesTo;
              setDraft(next);
            }}
          />
          <label for="se-start">{t('options.scripts.start')}</label>
          <select
            id="se-start"
            data-testid="script-start"
            value={draft.start}
            onChange={(e) => setDraft({ ...draft, start: e.currentTarget.value })}
          >
            {draft.steps.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title.lv || s.id}
              </option>
            ))}
          </select>
          {(['repeatStart', 'resumeStart'] as const).map((key) => (
            <Fragment key={key}>
              <label for={`se-${key}`}>{t(`options.scripts.${key}`)}</label>
              <select
                id={`se-${key}`}
                data-testid={`script-${key}`}
                value={draft[key] ?? ''}
                onChange={(e) => {
                  const next: Script = { ...draft };
                  const value = e.currentTarget.value;
                  if (value === '') delete next[key];
                  else next[key] = value;
                  setDraft(next);
                }}
              >
                <option value="">{t('options.scripts.sameAsStart')}</option>
                {draft.steps.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title.lv || s.id}
                  </option>
                ))}
              </select>
            </Fragment>
          ))}

          <h4>{t('options.scripts.stepsTitle')}</h4>
          <ol class="script-steps-editor">
            {draft.steps.map((s, i) => (
              <StepEditor
                key={i}
                script={draft}
                index={i}
                errors={errors}
                warnings={warnings}
                onChange={(step) => setDraft(updateStep(renameStep(draft, s.id, step.id), i, step))}
                onMove={(to) => setDraft(moveStep(draft, i, to))}
                onRemove={() => setDraft(removeStep(draft, i))}
                onDragFrom={(from) => (dragFrom.current = from)}
                onDropAt={(to) => {
                  if (dragFrom.current !== null) setDraft(moveStep(draft, dragFrom.current, to));
                  dragFrom.current = null;
                }}
              />
            ))}
          </ol>
          <button type="button" data-testid="step-add" onClick={() => setDraft(addStep(draft))}>
            {t('options.scripts.addStep')}
          </button>

          <OutcomeEditor
            script={draft}
            errors={errors}
            warnings={warnings}
            onChange={(outcomes) => setDraft({ ...draft, outcomes })}
          />

          <ObjectionEditor
            script={draft}
            errors={errors}
            warnings={warnings}
            onChange={(objections) => {
              const next: Script = { ...draft, objections };
              if (objections.length === 0) delete next.objections;
              setDraft(next);
            }}
          />

          <label for="se-note">{t('options.scripts.note')}</label>
          <textarea
            id="se-note"
            data-testid="script-note"
            lang="lv"
            rows={3}
            value={draft.note}
            onInput={(e) => setDraft({ ...draft, note: e.currentTarget.value })}
          />

          <div class="script-verdict" data-testid="script-verdict" data-ok={verdict.ok}>
            <p role="status">
              {verdict.ok
                ? t('options.scripts.verdictOk')
                : t('options.scripts.verdictErrors', { n: errors.length })}
              {warnings.length > 0
                ? ` ${t('options.scripts.verdictWarnings', { n: warnings.length })}`
                : ''}
            </p>
            <ProblemLines errors={topLevel(errors)} warnings={topLevel(warnings)} />
          </div>
          <div class="button-row">
            <button type="submit" class="primary" data-testid="script-save" disabled={!verdict.ok}>
              {t('options.scripts.save')}
            </button>
            <button type="button" data-testid="script-cancel" onClick={() => props.onDone()}>
              {t('options.scripts.cancel')}
            </button>
          </div>
          {status && (
            <p role="alert" class="error" data-testid="script-save-status">
              {status}
            </p>
          )}
        </form>
        {lastValid ? (
          <ScriptPreview script={lastValid} />
        ) : (
          <p class="muted" data-testid="script-preview-waiting">
            {t('options.scripts.previewInvalid')}
          </p>
        )}
      </div>
    </section>
  );
}

/** Problems of a one-script list validated at `[]`: `[0].steps[1]` → `steps[1]`. */
function unindex<T extends { path: string }>(p: T): T {
  return { ...p, path: p.path.replace(/^\[0\]\.?/, '') };
}
