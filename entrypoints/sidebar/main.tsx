import { render } from 'preact';
import '../../components/shared/tokens.css';
import '../../components/shared/base.css';
import { connectEmbedded } from '../../lib/pages/embedded-store';

// An old sidebar frame left in a CRM page after the extension was updated or removed has no
// extension context any more; it renders nothing instead of failing to load its modules.
const extensionAlive = Boolean(
  (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id,
);

if (extensionAlive) {
  // Listening starts now, not after the import: the token arrives when the frame has loaded.
  const connection = connectEmbedded();
  import('../../components/sidebar/SidebarApp')
    .then(({ SidebarApp }) => {
      render(<SidebarApp connection={connection} />, document.getElementById('app')!);
    })
    .catch(() => {
      // The extension went away while this frame was loading (an update): nothing to show.
    });
}
