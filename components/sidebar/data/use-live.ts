import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * A Dexie query's latest result, re-run whenever the tables it read change in any extension
 * context (the background ticking an item, another tab's sidebar ending the call). `undefined`
 * until the first result. Errors are logged and keep the last good value on screen.
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<{ current: T } | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (current) => setValue({ current }),
      error: (error: unknown) => console.error('Laipni sidebar: query failed', error),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return value?.current;
}
