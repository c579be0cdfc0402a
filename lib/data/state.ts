import type { LaipniDb } from './database';
import type { StateKey, StateRecord, StateRows } from './tables/state';

/** One of the installation's single records, or undefined when it was never written. */
export async function getState<K extends StateKey>(
  db: LaipniDb,
  key: K,
): Promise<StateRows[K] | undefined> {
  const record = await db.state.get(key);
  return record?.value as StateRows[K] | undefined;
}

export async function putState<K extends StateKey>(
  db: LaipniDb,
  key: K,
  value: StateRows[K],
): Promise<void> {
  await db.state.put({ key, value } as StateRecord);
}
