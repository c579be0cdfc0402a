import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/shell/send';
import type { SidebarVerification } from '../../lib/shell/messages';
import { I18nProvider, useI18n } from '../i18n';

type Verification =
  { state: 'pending' } | { state: 'refused' } | ({ state: 'ok' } & SidebarVerification);

function tokenFromLocation(): string {
  return new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
}

/**
 * The sidebar shows nothing until the background confirms that our own content script created
 * this frame (a one-time token); a page that frames sidebar.html itself gets an empty panel.
 */
export function SidebarApp() {
  const [verification, setVerification] = useState<Verification>({ state: 'pending' });

  useEffect(() => {
    const token = tokenFromLocation();
    history.replaceState(null, '', location.pathname);
    sendToBackground('shell:sidebar-verify', { token })
      .then((result) =>
        setVerification(result.ok ? { state: 'ok', ...result } : { state: 'refused' }),
      )
      .catch(() => setVerification({ state: 'refused' }));
  }, []);

  if (verification.state !== 'ok') return null;
  return (
    <I18nProvider locale="lv">
      <SidebarPanel pageUrl={verification.pageUrl ?? ''} />
    </I18nProvider>
  );
}

function SidebarPanel(props: { pageUrl: string }) {
  const { t } = useI18n();
  const site = props.pageUrl ? new URL(props.pageUrl).host : '';
  return (
    <main data-laipni="sidebar-app" aria-label={t('sidebar.title')}>
      <header class="sidebar-header">
        <h1>{t('sidebar.title')}</h1>
        <span>{t('sidebar.site', { site })}</span>
      </header>
      <section class="sidebar-section" aria-labelledby="sb-call">
        <h2 id="sb-call">{t('sidebar.sectionCall')}</h2>
      </section>
      <section class="sidebar-section" aria-labelledby="sb-findings">
        <h2 id="sb-findings">{t('sidebar.sectionFindings')}</h2>
        <p>{t('sidebar.emptyFindings')}</p>
      </section>
    </main>
  );
}
