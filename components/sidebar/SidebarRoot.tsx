import { useEffect, useMemo } from 'preact/hooks';
import { getDatabase, type LaipniDb } from '../../lib/db/database';
import { getSettings } from '../../lib/db/settings';
import { siteKeyOf } from '../../lib/db/sites';
import { DEFAULT_UI_LOCALE } from '../../lib/i18n/translate';
import { I18nProvider } from '../i18n';
import { EnvProvider, useEnv } from './data/env';
import { browserSidebarPort, type SidebarPort } from './data/port';
import { useLive } from './data/use-live';
import { SidebarPanel } from './SidebarPanel';

/**
 * The sidebar of one tab once verified. The UI language follows the stored settings live.
 * Tests pass their own database and a fake background.
 */
export function SidebarRoot(props: {
  tabId: number;
  pageUrl: string;
  db?: LaipniDb;
  port?: SidebarPort;
}) {
  const env = useMemo(
    () => ({
      db: props.db ?? getDatabase(),
      port: props.port ?? browserSidebarPort,
      tabId: props.tabId,
      site: siteKeyOf(props.pageUrl),
    }),
    [props.db, props.port, props.tabId, props.pageUrl],
  );
  return (
    <EnvProvider env={env}>
      <Localized />
    </EnvProvider>
  );
}

function Localized() {
  const { db } = useEnv();
  const settings = useLive(() => getSettings(db), [db]);
  const locale = settings?.uiLanguage ?? DEFAULT_UI_LOCALE;
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
