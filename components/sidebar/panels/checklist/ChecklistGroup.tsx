import type { ChecklistGroupView } from '../../../../lib/core/calls/checklist-model';
import { useI18n } from '../../../shared/i18n';
import { CheckItem } from './CheckItem';

const KIND_KEYS = {
  opening: 'sidebar.checklist.opening',
  body: 'sidebar.checklist.body',
  closing: 'sidebar.checklist.closing',
  repeatCall: 'sidebar.checklist.repeatCall',
  droppedCall: 'sidebar.checklist.droppedCall',
} as const;

/** A checklist with its progress; the current phase's lists are open, others fold away. */
export function ChecklistGroup(props: {
  group: ChecklistGroupView;
  current: boolean;
  expanded: boolean;
  onExpand: (expanded: boolean) => void;
  onToggle: (itemId: string, ticked: boolean) => void;
}) {
  const { t } = useI18n();
  const { group } = props;
  const listId = `sb-checklist-${group.kind}`;
  return (
    <section
      class={`checklist${props.current ? ' checklist-current' : ''}`}
      data-laipni="checklist"
      data-kind={group.kind}
    >
      <h3>
        <button
          type="button"
          class="disclosure"
          aria-expanded={props.expanded}
          aria-controls={listId}
          onClick={() => props.onExpand(!props.expanded)}
        >
          <span>{t(KIND_KEYS[group.kind])}</span>
          {props.current && <span class="tag">{t('sidebar.checklist.now')}</span>}
          <span class="progress">
            {t('sidebar.checklist.progress', { done: group.done, total: group.total })}
          </span>
        </button>
      </h3>
      <ul id={listId} class="check-list" hidden={!props.expanded}>
        {group.items.map((item) => (
          <CheckItem
            key={item.id}
            item={item}
            onToggle={() => props.onToggle(item.id, !item.ticked)}
          />
        ))}
      </ul>
    </section>
  );
}
