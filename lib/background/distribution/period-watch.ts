import { liveQuery } from 'dexie';
import type { LaipniDb } from '../../data/database';
import { getDistributionSettings } from '../../data/distribution-settings';
import { getPolicyState } from '../../data/policy-state';

/**
 * Calls `changed` when the refresh period in force changes: the agent's setting (the options
 * page writes it straight into the database) or company policy's, which wins (the policy service
 * stores each applied policy). Both are rows, so one live query sees either; `minutes` says
 * which period is in force. The first value is only noted (`ready` settles then).
 */
export function watchRefreshPeriod(
  db: LaipniDb,
  minutes: () => Promise<number>,
  changed: (minutes: number) => void,
): { ready: Promise<void>; stop(): void } {
  let last: number | undefined;
  let noted: () => void = () => {};
  const ready = new Promise<void>((done) => (noted = done));
  const watch = liveQuery(async () => {
    await Promise.all([getDistributionSettings(db), getPolicyState(db)]);
    return minutes();
  }).subscribe({
    next: (value) => {
      if (last !== undefined && value !== last) changed(value);
      last = value;
      noted();
    },
    error: (error: unknown) => console.error('Laipni: refresh period watch failed', error),
  });
  return { ready, stop: () => watch.unsubscribe() };
}
