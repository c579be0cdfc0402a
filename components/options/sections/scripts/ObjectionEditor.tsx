import type { ObjectionCard, Script } from '../../../../lib/core/model/script';
import type { PackProblem } from '../../../../lib/core/packs/problems';
import { useI18n } from '../../../shared/i18n';
import { ProblemLines } from './ProblemLines';
import { newObjection, problemsAt } from './script-draft';

/**
 * The script's objection cards («Dārgi», «Nav laika»): what the customer objects, what the agent
 * says (one variant per line, with `{slots}`), notes for the agent only, and where the call goes
 * when the card is closed (back to the step the agent was on, or a step of the script).
 */
export function ObjectionEditor(props: {
  script: Script;
  errors: readonly PackProblem[];
  warnings: readonly PackProblem[];
  onChange: (objections: ObjectionCard[]) => void;
}) {
  const { t } = useI18n();
  const cards = props.script.objections ?? [];
  const set = (i: number, card: ObjectionCard) =>
    props.onChange(cards.map((c, j) => (j === i ? card : c)));
  return (
    <fieldset class="script-objections-editor">
      <legend>{t('options.scripts.objections')}</legend>
      <p class="hint">{t('options.scripts.objectionsHint')}</p>
      {cards.map((card, i) => {
        const at = `objections[${i}]`;
        return (
          <div key={i} class="objection-row" data-testid="objection-editor">
            <label for={`se-x${i}-id`}>{t('options.scripts.objectionId')}</label>
            <input
              id={`se-x${i}-id`}
              data-testid="objection-id"
              value={card.id}
              onInput={(e) => set(i, { ...card, id: e.currentTarget.value.trim() })}
            />
            <label for={`se-x${i}-label`}>{t('options.scripts.objectionLabel')}</label>
            <input
              id={`se-x${i}-label`}
              data-testid="objection-label"
              lang="lv"
              value={card.label.lv}
              onInput={(e) =>
                set(i, { ...card, label: { ...card.label, lv: e.currentTarget.value } })
              }
            />
            <label for={`se-x${i}-say`}>{t('options.scripts.objectionSay')}</label>
            <textarea
              id={`se-x${i}-say`}
              data-testid="objection-say"
              lang="lv"
              rows={2}
              value={card.say.join('\n')}
              onInput={(e) => set(i, { ...card, say: e.currentTarget.value.split('\n') })}
            />
            <label for={`se-x${i}-notes`}>{t('options.scripts.objectionNotes')}</label>
            <input
              id={`se-x${i}-notes`}
              data-testid="objection-notes"
              lang="lv"
              value={card.notes?.lv ?? ''}
              onInput={(e) => {
                const next: ObjectionCard = { ...card };
                const lv = e.currentTarget.value;
                if (lv.trim() === '') delete next.notes;
                else next.notes = { ...card.notes, lv };
                set(i, next);
              }}
            />
            <label for={`se-x${i}-return`}>{t('options.scripts.objectionReturn')}</label>
            <select
              id={`se-x${i}-return`}
              data-testid="objection-return"
              value={card.returnTo ?? ''}
              onChange={(e) => {
                const next: ObjectionCard = { ...card };
                const value = e.currentTarget.value;
                if (value === '') delete next.returnTo;
                else next.returnTo = value;
                set(i, next);
              }}
            >
              <option value="">{t('options.scripts.objectionReturnBack')}</option>
              {props.script.steps.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title.lv || s.id}
                </option>
              ))}
            </select>
            <button
              type="button"
              data-testid="objection-remove"
              aria-label={t('options.scripts.removeObjectionLabel', { n: i + 1 })}
              onClick={() => props.onChange(cards.filter((_, j) => j !== i))}
            >
              {t('options.scripts.remove')}
            </button>
            <ProblemLines
              errors={problemsAt(props.errors, at)}
              warnings={problemsAt(props.warnings, at)}
            />
          </div>
        );
      })}
      <button
        type="button"
        data-testid="objection-add"
        onClick={() => props.onChange([...cards, newObjection(props.script)])}
      >
        {t('options.scripts.addObjection')}
      </button>
    </fieldset>
  );
}
