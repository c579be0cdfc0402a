import type { ShellLife } from './frame-life';

/**
 * How the background reaches a frame's bootstrap without a `runtime.onMessage` listener, whose
 * registration alone costs every frame of every page a measurable slice of its load (issue 9):
 * the bootstrap leaves one function on its isolated world's globalThis, and the background
 * calls it with `scripting.executeScript`, which runs in that same isolated world. The page's
 * own scripts live in another world and cannot see or call it.
 */
export const FRAME_ENDPOINT_KEY = '__laipniShell';

export type FrameEndpoint = (message: unknown) => unknown;

export function installFrameEndpoint(endpoint: FrameEndpoint, shell: ShellLife): void {
  const holder = globalThis as unknown as Record<string, FrameEndpoint | undefined>;
  holder[FRAME_ENDPOINT_KEY] = endpoint;
  shell.onStop(() => {
    if (holder[FRAME_ENDPOINT_KEY] === endpoint) delete holder[FRAME_ENDPOINT_KEY];
  });
}
