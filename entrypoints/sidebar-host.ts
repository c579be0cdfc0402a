import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startSidebarHost } from '../lib/content/sidebar-host/host';

// Injected by the background into a tab's top frame when the sidebar is first asked for.
export default defineUnlistedScript(() => {
  startSidebarHost();
});
