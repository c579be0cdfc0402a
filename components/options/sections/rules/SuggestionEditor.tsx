import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { setRuleOverride } from '../../../../lib/data/personal';
import type { PackProblem } from '../../../../lib/core/packs/problems';
import { useI18n } from '../../../shared/i18n';
import { ProblemList } from '../../common/ProblemList';
import { useDb } from '../../data/db-context';
import { lines } from './personal/rule-draft';
import { VariableButtons } from '../../common/VariableButtons';

/**
 * Edits a pack rule's suggestions as a personal override. Saving the pack's own list (or an
 * empty box) removes the override, so "edited" always means different from the pack.
 */
export function SuggestionEditor(props: {
  ruleId: string;
  packVersion: readonly string[];
  current: readonly string[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const db = useDb();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(props.current.join('\n'));
  const [problems, setProblems] = useState<PackProblem[]>([]);

  useEffect(() => area.current?.focus(), []);

  const save = async (event: Event) => {
    event.preventDefault();
    const list = lines(text);
    const same =
      list.length === props.packVersion.length && list.every((s, i) => s === props.packVersion[i]);
    const result = await setRuleOverride(db, props.ruleId, {
      replacements: same || list.length === 0 ? null : list,
    });
    if (!result.ok) {
      setProblems(result.errors);
      return;
    }
    props.onClose();
  };

  return (
    <form class="suggestion-editor" onSubmit={(event) => void save(event)}>
      <label for={id}>{t('options.suggestions.editLabel')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('options.suggestions.editHint')}
      </p>
      <textarea
        id={id}
        ref={area}
        rows={Math.max(3, props.current.length + 1)}
        value={text}
        aria-describedby={`${id}-hint`}
        data-testid="suggestion-editor"
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <VariableButtons target={area} onChange={setText} />
      {problems.length > 0 ? <ProblemList problems={problems} document={null} /> : null}
      <div class="actions">
        <button type="submit">{t('options.action.save')}</button>
        <button type="button" onClick={props.onClose}>
          {t('options.action.cancel')}
        </button>
      </div>
    </form>
  );
}
