import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { PanelBoundary } from '../../shared/PanelBoundary';
import type { PanelDescriptor, PanelProps } from '../panels';
import './views.css';

/**
 * Tabs for the registered panels (`panels/index.ts`: the checklist, the phrase library, the
 * call log…), as ARIA tabs: arrow keys move between them, Tab goes into the panel. Every panel
 * stays mounted, so a search typed in the library is still there when the agent comes back.
 */
export function Views(props: { panels: readonly PanelDescriptor[]; panelProps: PanelProps }) {
  const { t } = useI18n();
  const { panels } = props;
  const [view, setView] = useState<string>(() => panels[0]?.id ?? '');
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = panels.findIndex((panel) => panel.id === view);
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % panels.length,
      ArrowLeft: (index + panels.length - 1) % panels.length,
      Home: 0,
      End: panels.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const panel = panels[next];
    if (!panel) return;
    setView(panel.id);
    tabs.current[next]?.focus();
  };

  return (
    <div class="views">
      <div class="view-tabs" role="tablist" aria-label={t('sidebar.views')} onKeyDown={onKeyDown}>
        {panels.map(({ id: name, titleKey }, index) => (
          <button
            key={name}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`sb-tab-${name}`}
            class="view-tab"
            data-laipni="view-tab"
            data-view={name}
            aria-selected={name === view ? 'true' : 'false'}
            aria-controls={`sb-view-${name}`}
            tabIndex={name === view ? 0 : -1}
            onClick={() => setView(name)}
          >
            {t(titleKey)}
          </button>
        ))}
      </div>
      {panels.map(({ id: name, render }) => (
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
          <PanelBoundary name={name}>{render(props.panelProps)}</PanelBoundary>
        </div>
      ))}
    </div>
  );
}
