import { useState } from 'preact/hooks';
import { deletePersonalChecklistItem } from '../../../../lib/data/personal';
import type { PersonalChecklistItemRecord } from '../../../../lib/data/records';
import { useI18n } from '../../../shared/i18n';
import { localized } from '../../../../lib/core/model/text';
import { useDb } from '../../data/db-context';
import { ChecklistItemForm } from './ChecklistItemForm';
import { DetectSummary } from './DetectSummary';

/** One of the agent's own checklist items: move it, edit its text and detector, remove it. */
export function ChecklistItemRow(props: {
  record: PersonalChecklistItemRecord;
  first: boolean;
  last: boolean;
  onMove: (id: string, delta: -1 | 1) => void;
}) {
  const { t, locale } = useI18n();
  const db = useDb();
  const [editing, setEditing] = useState(false);
  const { item } = props.record;
  const labelId = `item-${item.id}`;
  return (
    <li
      class="checklist-item personal"
      data-item={item.id}
      data-testid={`checklist-item-${item.id}`}
    >
      <span id={labelId} class="item-text">
        {localized(item.text, locale)}
      </span>{' '}
      <span class="badge personal">{t('options.layer.personal')}</span>
      <DetectSummary item={item} />
      {editing ? (
        <ChecklistItemForm
          kind={props.record.checklist}
          existing={{ item, order: props.record.order }}
          onDone={() => setEditing(false)}
        />
      ) : (
        <div class="actions" role="group" aria-labelledby={labelId}>
          <button
            type="button"
            data-action="up"
            disabled={props.first}
            onClick={() => props.onMove(item.id, -1)}
          >
            {t('options.checklists.up')}
          </button>
          <button
            type="button"
            data-action="down"
            disabled={props.last}
            onClick={() => props.onMove(item.id, 1)}
          >
            {t('options.checklists.down')}
          </button>
          <button type="button" data-action="edit" onClick={() => setEditing(true)}>
            {t('options.action.edit')}
          </button>
          <button
            type="button"
            data-action="remove"
            onClick={() => void deletePersonalChecklistItem(db, item.id)}
          >
            {t('options.action.remove')}
          </button>
        </div>
      )}
    </li>
  );
}
