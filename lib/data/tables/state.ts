import type { ActivityExportState } from '../../core/model/activity';
import type { DistributionSettings } from '../../core/model/distribution';
import type { PolicyStateRecord } from '../../core/model/policy';
import { table } from './table';

/** The installation's single records, each with its own type. */
export interface StateRows {
  /** The secret contact keys are hashed with (created once; a backup carries it). */
  installation: { secret: string };
  /** The company policy as last applied. */
  policy: PolicyStateRecord;
  /** The agent's refresh period and pinned keys. */
  distribution: DistributionSettings;
  /** The activity export's agent id and what was sent (never a day's content). */
  activity: ActivityExportState;
}

export type StateKey = keyof StateRows;
export type StateRecord = { [K in StateKey]: { key: K; value: StateRows[K] } }[StateKey];

export const stateTable = table<StateRecord, StateKey>({
  versions: { 3: 'key' },
  backup: 'custom',
  personal: false,
});
