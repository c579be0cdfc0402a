import { STALE_CHECK_EVENT } from '../../protocol/frame-messages';
import { extensionAlive } from './extension-api';
import { listenWhileAlive, type FrameLife } from './frame-life';

/**
 * After an update, a reload or an uninstall, the scripts already in a page lose their
 * extension context ("orphaned") while their listeners and UI stay. They must notice and take
 * their UI away, so the new version's scripts never draw a second sidebar or badge.
 */

const watched = new WeakSet<FrameLife>();

/**
 * Stops `shell` when a stale check finds this context orphaned. Called by whoever first puts
 * UI on the page (the sidebar, the page engine), not at load: a frame without our UI has
 * nothing to take away, and the listener would cost every frame at load. A page may dispatch
 * the event too; a live script ignores it, so the page cannot switch Laipni off this way.
 */
export function stopWhenOrphaned(shell: FrameLife): void {
  if (watched.has(shell)) return;
  watched.add(shell);
  listenWhileAlive(shell, document, STALE_CHECK_EVENT, () => {
    if (!extensionAlive()) shell.stop();
  });
}
