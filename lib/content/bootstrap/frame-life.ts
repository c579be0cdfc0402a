/**
 * The bootstrap's life in one frame: stopping it removes its listeners and UI and stops the
 * page engine it loaded. Lighter at load than an AbortController passed to every listener,
 * which makes the browser build its AbortSignal bindings in every frame (the page-load budget in docs/benchmarks.md);
 * the signal is made only when the page engine asks for it.
 */
export interface FrameLife {
  readonly stopped: boolean;
  /** Runs `cleanup` when the shell stops (at once if it already has). */
  onStop(cleanup: () => void): void;
  stop(): void;
  /** Aborts when the shell stops. */
  signal(): AbortSignal;
}

export function createFrameLife(): FrameLife {
  let stopped = false;
  const cleanups: Array<() => void> = [];
  let controller: AbortController | null = null;

  const life: FrameLife = {
    get stopped() {
      return stopped;
    },
    onStop(cleanup) {
      if (stopped) cleanup();
      else cleanups.push(cleanup);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
    signal() {
      if (!controller) {
        const made = new AbortController();
        controller = made;
        life.onStop(() => made.abort());
      }
      return controller.signal;
    },
  };
  return life;
}

/** A capturing listener that goes when the shell stops. */
export function listenWhileAlive<E extends Event>(
  life: FrameLife,
  target: EventTarget,
  type: string,
  listener: (event: E) => void,
): void {
  const handle = listener as (event: Event) => void;
  target.addEventListener(type, handle, true);
  life.onStop(() => target.removeEventListener(type, handle, true));
}
