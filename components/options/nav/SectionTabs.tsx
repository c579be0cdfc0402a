import { useRef } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { SECTIONS, type SectionId } from '../sections';
import './section-tabs.css';

export function tabId(id: SectionId): string {
  return `tab-${id}`;
}

export function panelId(id: SectionId): string {
  return `panel-${id}`;
}

/**
 * The section navigation (one tab per registered section), following the WAI-ARIA tabs pattern: one tab in the tab order,
 * arrow keys (and Home/End) move between tabs and open them.
 */
export function SectionTabs(props: { current: SectionId; onSelect: (id: SectionId) => void }) {
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);

  const move = (from: number, delta: number | 'first' | 'last') => {
    const count = SECTIONS.length;
    const to =
      delta === 'first' ? 0 : delta === 'last' ? count - 1 : (from + delta + count) % count;
    const id = SECTIONS[to]?.id;
    if (!id) return;
    props.onSelect(id);
    list.current?.querySelector<HTMLElement>(`#${tabId(id)}`)?.focus();
  };

  return (
    <div class="section-tabs" role="tablist" aria-label={t('options.nav.label')} ref={list}>
      {SECTIONS.map(({ id, titleKey }, index) => {
        const selected = id === props.current;
        return (
          <button
            key={id}
            type="button"
            role="tab"
            id={tabId(id)}
            aria-selected={selected}
            aria-controls={panelId(id)}
            tabIndex={selected ? 0 : -1}
            onClick={() => props.onSelect(id)}
            onKeyDown={(event) => {
              const keys: Record<string, number | 'first' | 'last'> = {
                ArrowRight: 1,
                ArrowDown: 1,
                ArrowLeft: -1,
                ArrowUp: -1,
                Home: 'first',
                End: 'last',
              };
              const delta = keys[event.key];
              if (delta === undefined) return;
              event.preventDefault();
              move(index, delta);
            }}
          >
            {t(titleKey)}
          </button>
        );
      })}
    </div>
  );
}
