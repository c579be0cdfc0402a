import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { SITUATIONS, type LibraryPhrase, type Situation } from '../../../../lib/core/model/pack';
import { problem, type PackProblem } from '../../../../lib/core/packs/problems';
import { putPersonalPhrase } from '../../../../lib/data/personal';
import { useI18n } from '../../../shared/i18n';
import { ProblemList } from '../../common/ProblemList';
import { VariableButtons } from '../../common/VariableButtons';
import { useDb } from '../../data/db-context';
import {
  checkPhraseDraft,
  draftToPhrase,
  EMPTY_PHRASE_DRAFT,
  newPhraseId,
  phraseToDraft,
  type AbbreviationOwner,
  type PhraseDraft,
} from './phrase-draft';

/**
 * Adds or edits one of the agent's own library phrases: the text (variables by button), the
 * situation it is filed under and an optional typing abbreviation. The form's own checks come
 * first, then the pack schema's (`putPersonalPhrase` validates with `libraryPhraseSchema`).
 */
export function PersonalPhraseForm(props: {
  initial?: LibraryPhrase;
  abbreviations: ReadonlyMap<string, AbbreviationOwner>;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const db = useDb();
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState<PhraseDraft>(() =>
    props.initial ? phraseToDraft(props.initial) : EMPTY_PHRASE_DRAFT,
  );
  const [problems, setProblems] = useState<PackProblem[]>([]);
  const editing = Boolean(props.initial);

  useEffect(() => heading.current?.focus(), []);

  const update = (patch: Partial<PhraseDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async (event: Event) => {
    event.preventDefault();
    const issues = checkPhraseDraft(draft, props.abbreviations, props.initial?.id ?? null);
    if (issues.length > 0) {
      setProblems(
        issues.map((issue) => {
          const message = t(issue.key, issue.params);
          return problem(issue.field, message, message);
        }),
      );
      return;
    }
    const result = await putPersonalPhrase(
      db,
      draftToPhrase(props.initial?.id ?? newPhraseId(), draft),
    );
    if (!result.ok) {
      setProblems(result.errors);
      return;
    }
    props.onDone();
  };

  return (
    <form
      class="phrase-form"
      data-testid="personal-phrase-form"
      onSubmit={(event) => void save(event)}
    >
      <h4 ref={heading} tabIndex={-1}>
        {t(editing ? 'options.phrases.editTitle' : 'options.phrases.newTitle')}
      </h4>
      <div class="field">
        <label for={`${ids}-text`}>{t('options.phrases.text')}</label>
        <p class="hint" id={`${ids}-text-hint`}>
          {t('options.phrases.textHint')}
        </p>
        <textarea
          id={`${ids}-text`}
          ref={textArea}
          rows={2}
          value={draft.text}
          aria-describedby={`${ids}-text-hint`}
          data-testid="personal-phrase-text"
          onInput={(event) => update({ text: event.currentTarget.value })}
        />
        <VariableButtons target={textArea} onChange={(text) => update({ text })} />
      </div>
      <div class="field-row">
        <div class="field">
          <label for={`${ids}-situation`}>{t('options.phrases.situation')}</label>
          <select
            id={`${ids}-situation`}
            value={draft.situation}
            data-testid="personal-phrase-situation"
            onChange={(event) => update({ situation: event.currentTarget.value as Situation })}
          >
            {SITUATIONS.map((situation) => (
              <option key={situation} value={situation}>
                {t(`options.situation.${situation}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${ids}-abbreviation`}>{t('options.phrases.abbreviation')}</label>
          <input
            id={`${ids}-abbreviation`}
            type="text"
            value={draft.abbreviation}
            autoComplete="off"
            spellcheck={false}
            aria-describedby={`${ids}-abbreviation-hint`}
            data-testid="personal-phrase-abbreviation"
            onInput={(event) => update({ abbreviation: event.currentTarget.value })}
          />
          <p class="hint" id={`${ids}-abbreviation-hint`}>
            {t('options.phrases.abbreviationHint')}
          </p>
        </div>
      </div>
      {problems.length > 0 ? <ProblemList problems={problems} document={null} /> : null}
      <div class="actions">
        <button type="submit" class="primary" data-testid="save-personal-phrase">
          {t('options.action.save')}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('options.action.cancel')}
        </button>
      </div>
    </form>
  );
}
