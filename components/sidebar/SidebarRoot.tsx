import { useEffect } from 'preact/hooks';
import { siteKeyOf } from '../../lib/core/model/site';
import { DEFAULT_LANGUAGE } from '../../lib/core/model/text';
import type { SidebarStore } from '../../lib/protocol/sidebar-store';
import { I18nProvider } from '../shared/i18n';
import { EnvProvider, type SidebarHost } from './data/env';
import { useQuery } from './data/use-query';
import { SidebarFrame } from './frame/SidebarFrame';

/**
 * The sidebar of one tab once verified. Its data lives in the background and comes over the
 * store port (the frame itself may be denied IndexedDB as third-party storage). The UI language
 * follows the stored settings live. Tests pass a local store.
 */
export function SidebarRoot(props: {
  tabId: number;
  pageUrl: string;
  store: SidebarStore;
  host?: SidebarHost;
}) {
  const env = {
    store: props.store,
    tabId: props.tabId,
    site: siteKeyOf(props.pageUrl),
    host: props.host ?? 'page',
  };
  return (
    <EnvProvider env={env}>
      <Localized />
    </EnvProvider>
  );
}

function Localized() {
  const settings = useQuery({ name: 'settings', params: {} }, []);
  const locale = settings?.uiLanguage ?? DEFAULT_LANGUAGE;
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  if (!settings) return null;
  return (
    <I18nProvider locale={locale}>
      <SidebarFrame settings={settings} />
    </I18nProvider>
  );
}
