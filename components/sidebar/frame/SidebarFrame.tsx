import { templateVariables } from '../../../lib/core/calls/variables';
import { clockOf } from '../../../lib/core/model/clock';
import type { Settings } from '../../../lib/core/model/settings';
import { useI18n } from '../../shared/i18n';
import { PanelBoundary } from '../../shared/PanelBoundary';
import { CallPanel } from './call/CallPanel';
import { AnnounceProvider } from '../data/announce';
import { useEnv } from '../data/env';
import { useActiveCall } from '../data/use-active-call';
import { useQuery } from '../data/use-query';
import { useNow } from '../data/use-now';
import { useEffectivePack } from '../data/use-pack';
import { useTabState } from '../data/use-tab-state';
import { FindingsSection } from './findings/FindingsSection';
import { CollapsedStrip } from './CollapsedStrip';
import { Header } from './Header';
import { ResizeHandle } from './ResizeHandle';
import { useSidebarWidth } from './use-width';
import { Views } from './Views';
import { PANELS, type PanelProps } from '../panels';
import { PackStatus } from './packs/PackStatus';
import './frame.css';

/**
 * The verified sidebar's frame: header, pack status, the call, the focused field's findings,
 * then the registered panels as tabs (`panels/index.ts`: checklist, phrase library, call log),
 * each behind its own error boundary. Data comes live from the store (call, settings, site)
 * and from the background (the tab's findings and page values, the effective pack).
 */
export function SidebarFrame(props: { settings: Settings }) {
  const { t } = useI18n();
  const { site, host } = useEnv();
  const siteView = useQuery({ name: 'site', params: { site } }, [site]);
  const siteSettings = siteView?.settings;
  const tab = useTabState();
  const rules = useEffectivePack();
  const active = useActiveCall();
  // The greeting follows the clock; a minute's precision is plenty, a second's costs nothing.
  const now = useNow(true);
  const [width, resize] = useSidebarWidth(siteSettings?.sidebarWidth ?? 360);

  // Folding and width are the in-page frame's; the browser sizes its side panel.
  if (siteView?.collapsed && host === 'page') return <CollapsedStrip active={active} />;

  const { settings } = props;
  const variables = templateVariables({
    agentName: settings.agentName,
    agentSurname: settings.agentSurname,
    company: settings.company,
    page: tab?.page ?? {},
    callCustomerName: active?.call.customerName ?? null,
    time: clockOf(new Date(now)),
  });
  const enabled = siteSettings?.enabled ?? true;

  const panelProps: PanelProps = { active, pack: rules?.pack, variables, tab, settings };

  return (
    <main class="sidebar" data-laipni="sidebar-app" aria-label={t('sidebar.title')}>
      {host === 'page' && <ResizeHandle width={width} onResize={resize} />}
      <AnnounceProvider>
        <Header enabled={enabled} />
        {!enabled && (
          <p class="notice banner" data-laipni="site-off">
            {t('sidebar.siteOff')}
          </p>
        )}
        <PanelBoundary name="packs">
          <PackStatus />
        </PanelBoundary>
        <PanelBoundary name="call">
          <CallPanel active={active} tab={tab} scripts={rules?.pack.scripts ?? []} />
        </PanelBoundary>
        <PanelBoundary name="findings">
          <FindingsSection findings={tab?.findings ?? []} />
        </PanelBoundary>
        <Views panels={PANELS} panelProps={panelProps} />
        {rules && (
          <footer class="sidebar-footer">
            {t('sidebar.rulesVersion', { version: rules.version.slice(0, 12) })}
          </footer>
        )}
      </AnnounceProvider>
    </main>
  );
}
