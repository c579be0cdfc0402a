import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';

export type ViewName = 'checklist' | 'library' | 'log';
const VIEWS: readonly ViewName[] = ['checklist', 'library', 'log'];
const VIEW_KEYS = {
  checklist: 'sidebar.viewChecklist',
  library: 'sidebar.viewLibrary',
  log: 'sidebar.viewLog',
} as const;

/**
 * Tabs for the checklist, the phrase library and the call log (ARIA tabs: arrow keys move
 * between them, Tab goes into the panel). Every panel stays mounted, so a search typed in the
 * library is still there when the agent comes back to it.
 */
export function Views(props: { render: (view: ViewName) => ComponentChildren }) {
  const { t } = useI18n();
  const [view, setView] = useState<ViewName>('checklist');
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = VIEWS.indexOf(view);
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % VIEWS.length,
      ArrowLeft: (index + VIEWS.length - 1) % VIEWS.length,
      Home: 0,
      End: VIEWS.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const name = VIEWS[next];
    if (!name) return;
    setView(name);
    tabs.current[next]?.focus();
  };

  return (
    <div class="views">
      <div class="tabs" role="tablist" aria-label={t('sidebar.views')} onKeyDown={onKeyDown}>
        {VIEWS.map((name, index) => (
          <button
            key={name}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`sb-tab-${name}`}
            class="tab"
            data-laipni="view-tab"
            data-view={name}
            aria-selected={name === view ? 'true' : 'false'}
            aria-controls={`sb-view-${name}`}
            tabIndex={name === view ? 0 : -1}
            onClick={() => setView(name)}
          >
            {t(VIEW_KEYS[name])}
          </button>
        ))}
      </div>
      {VIEWS.map((name) => (
        <div
          key={name}
          class="view"
          role="tabpanel"
          id={`sb-view-${name}`}
          aria-labelledby={`sb-tab-${name}`}
          data-laipni="view"
          data-view={name}
          hidden={name !== view}
        >
          {props.render(name)}
        </div>
      ))}
    </div>
  );
}
