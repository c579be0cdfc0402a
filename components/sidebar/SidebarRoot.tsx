import { useEffect, useMemo } from 'preact/hooks';
import { connectStorePort } from '../../lib/protocol/transport/store-port';
import type { CallStore } from '../../lib/protocol/sidebar-store';
import { remoteStore } from '../../lib/protocol/transport/store-client';
import { siteKeyOf } from '../../lib/data/sites';
import { DEFAULT_LANGUAGE } from '../../lib/core/model/text';
import { I18nProvider } from '../i18n';
import { EnvProvider } from './data/env';
import { browserSidebarPort, type SidebarPort } from './data/port';
import { useQuery } from './data/use-query';
import { SidebarPanel } from './SidebarPanel';

/**
 * The sidebar of one tab once verified. Its data lives in the background's database and comes
 * over a port (the frame itself may be denied IndexedDB as third-party storage). The UI language
 * follows the stored settings live. Tests pass a local store and a fake background.
 */
export function SidebarRoot(props: {
  tabId: number;
  pageUrl: string;
  store?: CallStore;
  port?: SidebarPort;
}) {
  const data = useMemo<{ store: CallStore; close?: () => void }>(() => {
    if (props.store) return { store: props.store };
    const remote = remoteStore(connectStorePort);
    return { store: remote, close: () => remote.close() };
  }, [props.store]);
  useEffect(() => () => data.close?.(), [data]);
  const env = useMemo(
    () => ({
      store: data.store,
      port: props.port ?? browserSidebarPort,
      tabId: props.tabId,
      site: siteKeyOf(props.pageUrl),
    }),
    [data, props.port, props.tabId, props.pageUrl],
  );
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
      <SidebarPanel settings={settings} />
    </I18nProvider>
  );
}
