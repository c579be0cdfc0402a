import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { putPersonalRule } from '../../../../../lib/data/personal';
import { problem, type PackProblem } from '../../../../../lib/core/packs/problems';
import type { Rule, Severity } from '../../../../../lib/core/model/pack';
import { useI18n } from '../../../../shared/i18n';
import { ProblemList } from '../../../common/ProblemList';
import { useDb } from '../../../data/db-context';
import { AllFormsField, type FormsState } from './AllFormsField';
import { LiveTestBox } from './LiveTestBox';
import { PhraseField } from './PhraseField';
import {
  draftToRule,
  EMPTY_DRAFT,
  lines,
  ruleToDraft,
  suggestRuleId,
  type RuleDraft,
} from './rule-draft';
import { ScopeFields } from './ScopeFields';
import { SuggestionsField } from './SuggestionsField';

/** Every form of each line, by the dictionary loaded on demand. */
async function expandLines(phrases: string): Promise<Map<string, string[]>> {
  const { loadLemmaExpander } = await import('./lemma-forms');
  const expander = await loadLemmaExpander();
  return new Map(lines(phrases).map((lemma) => [lemma, expander.forms(lemma)]));
}

/**
 * Adds or edits one personal rule: phrases (with the no-diacritics helper), whole-sentence
 * matching, reason, suggestions with variables, phase, channel and severity, and a live test box
 * that runs the engine on the rule as it is being written.
 */
export function PersonalRuleForm(props: {
  initial?: Rule;
  /** Ids already used by any layer; a new rule must not take one by accident. */
  takenIds: ReadonlySet<string>;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const db = useDb();
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<RuleDraft>(() =>
    props.initial ? ruleToDraft(props.initial) : EMPTY_DRAFT,
  );
  const [idTouched, setIdTouched] = useState(Boolean(props.initial));
  const [problems, setProblems] = useState<PackProblem[]>([]);
  const editing = Boolean(props.initial);

  useEffect(() => heading.current?.focus(), []);

  const update = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const shownId = idTouched ? draft.id : suggestRuleId(draft.phrases);
  const [formsState, setFormsState] = useState<FormsState>({ status: 'off' });
  const wantForms = draft.allForms && !draft.standalone;
  const forms = formsState.status === 'ready' ? formsState.forms : null;
  const rule = draftToRule({ ...draft, id: shownId }, forms);

  // The dictionary loads only when the agent asks for all forms (a chunk of its own).
  useEffect(() => {
    if (!wantForms) {
      setFormsState({ status: 'off' });
      return;
    }
    let current = true;
    setFormsState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    expandLines(draft.phrases)
      .then((found) => current && setFormsState({ status: 'ready', forms: found }))
      .catch(
        (error: unknown) => current && setFormsState({ status: 'failed', error: String(error) }),
      );
    return () => {
      current = false;
    };
  }, [wantForms, draft.phrases]);

  const save = async (event: Event) => {
    event.preventDefault();
    const found: PackProblem[] = [];
    if (lines(draft.phrases).length === 0)
      found.push(
        problem(
          'match.phrases',
          t('options.personal.needPhrase'),
          t('options.personal.needPhrase'),
        ),
      );
    if (draft.reason.trim() === '')
      found.push(
        problem('reason', t('options.personal.needReason'), t('options.personal.needReason')),
      );
    if (!editing && props.takenIds.has(rule.id))
      found.push(
        problem(
          'id',
          t('options.personal.idTaken', { id: rule.id }),
          t('options.personal.idTaken', { id: rule.id }),
        ),
      );
    let saved = rule;
    if (found.length === 0 && wantForms) {
      // Saved with every form, so the page (which has no dictionary) matches them.
      try {
        saved = draftToRule({ ...draft, id: shownId }, await expandLines(draft.phrases));
      } catch (error) {
        const message = t('options.personal.formsFailed', { error: String(error) });
        found.push(problem('match.lemmas', message, message));
      }
    }
    if (found.length > 0) {
      setProblems(found);
      return;
    }
    const result = await putPersonalRule(db, saved);
    if (!result.ok) {
      setProblems(result.errors);
      return;
    }
    props.onDone();
  };

  return (
    <form
      class="personal-form"
      data-testid="personal-rule-form"
      onSubmit={(event) => void save(event)}
    >
      <h4 ref={heading} tabIndex={-1}>
        {t(editing ? 'options.personal.editTitle' : 'options.personal.newTitle')}
      </h4>
      <PhraseField value={draft.phrases} onChange={(phrases) => update({ phrases })} />
      <AllFormsField
        checked={draft.allForms}
        state={formsState}
        onChange={(allForms) => update({ allForms, ...(allForms ? { standalone: false } : {}) })}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={draft.standalone}
          onChange={(event) =>
            update({
              standalone: event.currentTarget.checked,
              ...(event.currentTarget.checked ? { allForms: false } : {}),
            })
          }
        />
        {t('options.personal.standalone')}
      </label>
      <div class="field">
        <label for={`${ids}-reason`}>{t('options.personal.reason')}</label>
        <textarea
          id={`${ids}-reason`}
          rows={2}
          value={draft.reason}
          data-testid="personal-reason"
          onInput={(event) => update({ reason: event.currentTarget.value })}
        />
      </div>
      <SuggestionsField
        value={draft.suggestions}
        onChange={(suggestions) => update({ suggestions })}
      />
      <ScopeFields
        phases={draft.phases}
        channels={draft.channels}
        onPhases={(phases) => update({ phases })}
        onChannels={(channels) => update({ channels })}
      />
      <div class="field-row">
        <div class="field">
          <label for={`${ids}-severity`}>{t('options.personal.severity')}</label>
          <select
            id={`${ids}-severity`}
            value={draft.severity}
            onChange={(event) => update({ severity: event.currentTarget.value as Severity })}
          >
            <option value="warning">{t('options.severity.warning')}</option>
            <option value="info">{t('options.severity.info')}</option>
          </select>
        </div>
        <div class="field">
          <label for={`${ids}-id`}>{t('options.personal.id')}</label>
          <input
            id={`${ids}-id`}
            type="text"
            value={shownId}
            readOnly={editing}
            aria-describedby={`${ids}-id-hint`}
            data-testid="personal-id"
            onInput={(event) => {
              setIdTouched(true);
              update({ id: event.currentTarget.value });
            }}
          />
          <p class="hint" id={`${ids}-id-hint`}>
            {t('options.personal.idHint')}
          </p>
        </div>
      </div>
      <LiveTestBox rule={rule} />
      {problems.length > 0 ? <ProblemList problems={problems} document={null} /> : null}
      <div class="actions">
        <button type="submit" class="primary" data-testid="save-personal-rule">
          {t('options.action.save')}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('options.action.cancel')}
        </button>
      </div>
    </form>
  );
}
