import type { Script, ScriptOutcome } from '../../../../lib/core/model/script';
import type { PackProblem } from '../../../../lib/core/packs/problems';
import { useI18n } from '../../../shared/i18n';
import { ProblemLines } from './ProblemLines';
import { newOutcome, problemsAt } from './script-draft';

/**
 * How a call with the script can end: each outcome's id and name, the fields that must hold a
 * value before the call ends with it, and its own call-note template (else the script's).
 */
export function OutcomeEditor(props: {
  script: Script;
  errors: readonly PackProblem[];
  warnings: readonly PackProblem[];
  onChange: (outcomes: ScriptOutcome[]) => void;
}) {
  const { t } = useI18n();
  const { outcomes } = props.script;
  const captures = props.script.steps.flatMap((s) => s.captures ?? []);
  const set = (i: number, outcome: ScriptOutcome) =>
    props.onChange(outcomes.map((o, j) => (j === i ? outcome : o)));
  return (
    <fieldset class="script-outcomes-editor">
      <legend>{t('options.scripts.outcomes')}</legend>
      {outcomes.map((o, i) => (
        <div key={i} class="outcome-row" data-testid="outcome-editor">
          <label for={`se-o${i}-id`}>{t('options.scripts.outcomeId')}</label>
          <input
            id={`se-o${i}-id`}
            data-testid="outcome-id"
            value={o.id}
            onInput={(e) => set(i, { ...o, id: e.currentTarget.value.trim() })}
          />
          <label for={`se-o${i}-label`}>{t('options.scripts.outcomeLabel')}</label>
          <input
            id={`se-o${i}-label`}
            data-testid="outcome-label"
            lang="lv"
            value={o.label.lv}
            onInput={(e) => set(i, { ...o, label: { ...o.label, lv: e.currentTarget.value } })}
          />
          {captures.length > 0 ? (
            <fieldset class="outcome-requires" data-testid="outcome-requires">
              <legend>{t('options.scripts.outcomeRequires')}</legend>
              {captures.map((c) => (
                <label key={c.id} class="inline">
                  <input
                    type="checkbox"
                    data-testid="outcome-require"
                    data-capture={c.id}
                    checked={o.requires?.includes(c.id) ?? false}
                    onChange={(e) => {
                      const others = (o.requires ?? []).filter((id) => id !== c.id);
                      const requires = e.currentTarget.checked ? [...others, c.id] : others;
                      const next: ScriptOutcome = { ...o, requires };
                      if (requires.length === 0) delete next.requires;
                      set(i, next);
                    }}
                  />{' '}
                  {c.label.lv || c.id}
                </label>
              ))}
            </fieldset>
          ) : null}
          <label for={`se-o${i}-note`}>{t('options.scripts.outcomeNote')}</label>
          <textarea
            id={`se-o${i}-note`}
            data-testid="outcome-note"
            lang="lv"
            rows={2}
            value={o.note ?? ''}
            onInput={(e) => {
              const next: ScriptOutcome = { ...o };
              const note = e.currentTarget.value;
              if (note.trim() === '') delete next.note;
              else next.note = note;
              set(i, next);
            }}
          />
          <button
            type="button"
            data-testid="outcome-remove"
            disabled={outcomes.length === 1}
            onClick={() => props.onChange(outcomes.filter((_, j) => j !== i))}
          >
            {t('options.scripts.remove')}
          </button>
          <ProblemLines
            errors={problemsAt(props.errors, `outcomes[${i}]`)}
            warnings={problemsAt(props.warnings, `outcomes[${i}]`)}
          />
        </div>
      ))}
      <button
        type="button"
        data-testid="outcome-add"
        onClick={() => props.onChange([...outcomes, newOutcome(props.script)])}
      >
        {t('options.scripts.addOutcome')}
      </button>
    </fieldset>
  );
}
