import { FRAME_ENDPOINT_KEY, type FrameEndpoint } from '../../protocol/frame-messages';
import type { FrameLife } from './frame-life';

/**
 * Leaves the bootstrap's endpoint on its isolated world's globalThis, where the background's
 * `scripting.executeScript` calls find it (see lib/protocol/frame-messages.ts), until the
 * bootstrap stops.
 */
export function installFrameEndpoint(endpoint: FrameEndpoint, life: FrameLife): void {
  const holder = globalThis as unknown as Record<string, FrameEndpoint | undefined>;
  holder[FRAME_ENDPOINT_KEY] = endpoint;
  life.onStop(() => {
    if (holder[FRAME_ENDPOINT_KEY] === endpoint) delete holder[FRAME_ENDPOINT_KEY];
  });
}
