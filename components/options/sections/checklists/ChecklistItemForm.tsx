import { useId, useState } from 'preact/hooks';
import { putPersonalChecklistItem } from '../../../../lib/data/personal';
import type { PackProblem } from '../../../../lib/core/packs/problems';
import type { ChecklistItem, ChecklistKind } from '../../../../lib/core/model/pack';
import { useI18n } from '../../../shared/i18n';
import { ProblemList } from '../../common/ProblemList';
import { newItemId } from '../../data/checklist-overview';
import { useDb } from '../../data/db-context';
import { lines } from '../rules/personal/rule-draft';

/** Builds the stored item: its text, and the phrases that tick it when typed (if any). */
export function itemFrom(id: string, text: string, phrases: string): ChecklistItem {
  const detect = lines(phrases);
  const item: ChecklistItem = { id, text: { lv: text.trim() } };
  if (detect.length > 0) item.detect = { phrases: detect };
  return item;
}

/** Adds an item to a checklist, or edits one of the agent's own items. */
export function ChecklistItemForm(props: {
  kind: ChecklistKind;
  existing?: { item: ChecklistItem; order: number };
  onDone?: () => void;
}) {
  const { t } = useI18n();
  const db = useDb();
  const id = useId();
  const [text, setText] = useState(props.existing?.item.text.lv ?? '');
  const [phrases, setPhrases] = useState((props.existing?.item.detect?.phrases ?? []).join('\n'));
  const [problems, setProblems] = useState<PackProblem[]>([]);

  const save = async (event: Event) => {
    event.preventDefault();
    const item = itemFrom(props.existing?.item.id ?? newItemId(), text, phrases);
    const result = await putPersonalChecklistItem(db, props.kind, item, props.existing?.order);
    if (!result.ok) {
      setProblems(result.errors);
      return;
    }
    setProblems([]);
    if (!props.existing) {
      setText('');
      setPhrases('');
    }
    props.onDone?.();
  };

  return (
    <form
      class="checklist-form"
      data-testid={`checklist-form-${props.kind}`}
      onSubmit={(event) => void save(event)}
    >
      <div class="field">
        <label for={`${id}-text`}>{t('options.checklists.itemText')}</label>
        <input
          id={`${id}-text`}
          type="text"
          value={text}
          required
          data-testid="checklist-item-text"
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-detect`}>{t('options.checklists.detect')}</label>
        <p class="hint" id={`${id}-hint`}>
          {t('options.checklists.detectHint')}
        </p>
        <textarea
          id={`${id}-detect`}
          rows={2}
          value={phrases}
          aria-describedby={`${id}-hint`}
          data-testid="checklist-item-detect"
          onInput={(event) => setPhrases(event.currentTarget.value)}
        />
      </div>
      {problems.length > 0 ? <ProblemList problems={problems} document={null} /> : null}
      <div class="actions">
        <button type="submit" class={props.existing ? '' : 'primary'}>
          {t(props.existing ? 'options.action.save' : 'options.checklists.addItem')}
        </button>
        {props.onDone && props.existing ? (
          <button type="button" onClick={props.onDone}>
            {t('options.action.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
