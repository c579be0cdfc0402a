import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/content/bootstrap/send';
import type { SidebarVerification } from '../../lib/protocol/frame-messages';
import { SidebarRoot } from './SidebarRoot';

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

  if (verification.state !== 'ok' || verification.tabId === undefined) return null;
  return <SidebarRoot tabId={verification.tabId} pageUrl={verification.pageUrl ?? ''} />;
}
