import { useEffect, useState } from 'preact/hooks';
import type { Query, QueryMap, QueryName } from '../../../lib/protocol/sidebar-store';
import { useEnv } from './env';

/**
 * A live query's latest answer: sent again whenever the data behind it changes in any
 * extension context (the background ticking an item, another tab's sidebar ending the call).
 * `undefined` until the first answer. Errors are logged and keep the last good value shown.
 */
export function useQuery<K extends QueryName>(
  query: Query<K>,
  deps: readonly unknown[],
): QueryMap[K]['result'] | undefined {
  const { store } = useEnv();
  const [value, setValue] = useState<{ current: QueryMap[K]['result'] } | undefined>(undefined);
  useEffect(() => {
    setValue(undefined);
    return store.watch(
      query,
      (current) => setValue({ current }),
      (message) => console.error(`Laipni sidebar: ${query.name}`, message),
    );
    // The caller lists what the query depends on, as with useEffect.
  }, [store, ...deps]);
  return value?.current;
}
