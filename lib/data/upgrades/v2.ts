import type { Transaction } from 'dexie';
import { outcomeOf } from '../../core/model/call';

interface CallV1 {
  endedAt?: number | null;
  dropped?: boolean;
  outcome?: string;
}

/** v2: calls get a derived `outcome` (open / completed / dropped), so it can be indexed. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('calls')
    .toCollection()
    .modify((call: CallV1) => {
      call.outcome = outcomeOf(call);
    });
}
