import { useEffect, useState } from 'preact/hooks';
import { reorderPersonalChecklist } from '../../../../lib/data/personal';
import { useI18n } from '../../../shared/i18n';
import { localized } from '../../../../lib/core/model/text';
import type { ChecklistKindOverview } from '../../data/checklist-overview';
import { useDb } from '../../data/db-context';
import { ChecklistItemForm } from './ChecklistItemForm';
import { ChecklistItemRow } from './ChecklistItemRow';
import { DetectSummary } from './DetectSummary';

/** One checklist: the packs' items, then the agent's own (reorderable), then the add form. */
export function ChecklistKindEditor(props: { overview: ChecklistKindOverview }) {
  const { t, locale } = useI18n();
  const db = useDb();
  const { kind, packItems, personal } = props.overview;
  const headingId = `checklist-${kind}`;
  // Moving a list item re-inserts its DOM node, which drops focus; put it back on the button.
  const [refocus, setRefocus] = useState<{ id: string; action: string } | null>(null);

  useEffect(() => {
    if (!refocus) return;
    const item = document.querySelector(`[data-item="${refocus.id}"]`);
    const button = item?.querySelector<HTMLButtonElement>(`[data-action="${refocus.action}"]`);
    const target =
      button && !button.disabled
        ? button
        : item?.querySelector<HTMLButtonElement>('button:not([disabled])');
    target?.focus();
    setRefocus(null);
  }, [personal, refocus]);

  const move = (id: string, delta: -1 | 1) => {
    const ids = personal.map((p) => p.id);
    const from = ids.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= ids.length) return;
    ids.splice(from, 1);
    ids.splice(to, 0, id);
    setRefocus({ id, action: delta < 0 ? 'up' : 'down' });
    void reorderPersonalChecklist(db, kind, ids);
  };

  return (
    <section class="checklist" aria-labelledby={headingId} data-checklist={kind}>
      <h3 id={headingId}>{t(`options.checklist.${kind}`)}</h3>
      {packItems.length === 0 && personal.length === 0 ? (
        <p class="muted">{t('options.checklists.empty')}</p>
      ) : (
        <ol class="checklist-items">
          {packItems.map(({ item, packName }) => (
            <li key={item.id} class="checklist-item" data-item={item.id}>
              <span class="item-text">{localized(item.text, locale)}</span>{' '}
              <span class="badge">{packName}</span>
              <DetectSummary item={item} />
            </li>
          ))}
          {personal.map((record, i) => (
            <ChecklistItemRow
              key={record.id}
              record={record}
              first={i === 0}
              last={i === personal.length - 1}
              onMove={move}
            />
          ))}
        </ol>
      )}
      <ChecklistItemForm kind={kind} />
    </section>
  );
}
