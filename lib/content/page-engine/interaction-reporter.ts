import { sendMessage } from '../../protocol/transport/client';

/** Tells the background again after this long, so a frame's report is not one per key. */
const AGAIN_AFTER_MS = 2000;

/**
 * Tells the background that the agent typed or clicked in this frame for real: the sidebar's
 * inserts go to the frame of the agent's last real action, never to a frame that merely
 * reported findings (a third-party widget could report some to catch them).
 */
export function createInteractionReporter(): () => void {
  let last = 0;
  return () => {
    const now = Date.now();
    if (now - last < AGAIN_AFTER_MS) return;
    last = now;
    void sendMessage('page:interaction', {}).catch(() => {
      last = 0;
    });
  };
}
