import type { CheckItemView } from '../../../../lib/core/calls/checklist-model';
import { useI18n } from '../../../shared/i18n';

/**
 * One checklist item: `[data-laipni="check-item"][data-item]` with role checkbox, tickable
 * by click, Space or Enter. Its text is pack text, rendered as text only.
 */
export function CheckItem(props: { item: CheckItemView; onToggle: () => void }) {
  const { t } = useI18n();
  const { item } = props;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== ' ' && event.key !== 'Enter') return;
    event.preventDefault();
    props.onToggle();
  };
  return (
    <li class="check-row">
      <div
        role="checkbox"
        aria-checked={item.ticked ? 'true' : 'false'}
        tabIndex={0}
        class="check-item"
        data-laipni="check-item"
        data-item={item.id}
        data-auto={item.auto ? 'true' : undefined}
        onClick={props.onToggle}
        onKeyDown={onKeyDown}
      >
        <span class="check-box" aria-hidden="true">
          {item.ticked ? '✓' : ''}
        </span>
        <span class="check-text">{item.text}</span>
        {item.ticked && item.auto && <span class="tag">{t('sidebar.checklist.auto')}</span>}
        {item.reminder && <span class="tag tag-muted">{t('sidebar.checklist.reminder')}</span>}
      </div>
    </li>
  );
}
