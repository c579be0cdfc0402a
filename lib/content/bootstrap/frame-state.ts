import type { FrameLife } from './frame-life';

/** The top frame's sidebar, once the background injected its host script (sidebar-host.ts). */
export interface SidebarHost {
  isOpen(): boolean;
  /** Answers the background's sidebar calls; null for any other message. */
  call(message: unknown): unknown;
}

/**
 * State shared by the content scripts of one frame (the bootstrap and the page engine run in
 * the same isolated world, so they see the same globalThis; the page's own scripts do not).
 * It also keeps the frame's own cost figures, read by the page benchmark and the tests.
 */
interface FrameState {
  engineLoaded: boolean;
  /** How many times this frame asked the background for the rule set. */
  ruleSetRequests: number;
  /** The page engine holds a compiled rule set (it drops it when the frame has no field left). */
  ruleSetHeld?: boolean;
  /** Durations (ms) of the page engine's check after typing (once per frame), newest last, bounded. */
  inputTimings: number[];
  /**
   * The bootstrap's life: when it stops (the extension was updated, reloaded or removed), the
   * page engine goes with it, so no orphaned UI stays on the page.
   */
  shell?: FrameLife;
  /** The bootstrap's request for the page engine (at most once; the sidebar asks on opening). */
  requestEngine?: () => void;
  sidebarHost?: SidebarHost;
}

const KEY = '__laipniFrameState';
const MAX_TIMINGS = 5000;

export function frameState(): FrameState {
  const holder = globalThis as unknown as Record<string, FrameState | undefined>;
  holder[KEY] ??= { engineLoaded: false, ruleSetRequests: 0, inputTimings: [] };
  return holder[KEY];
}

export function recordInputTiming(ms: number): void {
  const timings = frameState().inputTimings;
  timings.push(ms);
  if (timings.length > MAX_TIMINGS) timings.splice(0, timings.length - MAX_TIMINGS);
}
