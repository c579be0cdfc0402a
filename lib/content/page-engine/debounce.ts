/** Runs `work` at most once per `ms` with the latest arguments; cancelled with the signal. */
export function debounced<Args extends unknown[]>(
  ms: number,
  signal: AbortSignal,
  work: (...args: Args) => void,
): (...args: Args) => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: Args | null = null;
  signal.addEventListener('abort', () => {
    if (timer) clearTimeout(timer);
  });
  return (...args) => {
    latest = args;
    timer ??= setTimeout(() => {
      timer = null;
      if (latest && !signal.aborted) work(...latest);
    }, ms);
  };
}
