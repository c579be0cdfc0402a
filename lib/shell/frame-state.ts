/**
 * State shared by the content scripts of one frame (the bootstrap and the page engine run in
 * the same isolated world, so they see the same globalThis; the page's own scripts do not).
 */
interface FrameState {
  engineLoaded: boolean;
}

const KEY = '__laipniFrameState';

export function frameState(): FrameState {
  const holder = globalThis as unknown as Record<string, FrameState | undefined>;
  holder[KEY] ??= { engineLoaded: false };
  return holder[KEY];
}
