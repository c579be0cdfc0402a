import type { PackSubscription } from '../../core/model/distribution';
import { table } from './table';

/** Pack subscriptions (the agent's and company policy's), with their refresh state. */
export const subscriptionsTable = table<PackSubscription, string>({
  versions: { 3: 'url, addedAt' },
  backup: 'custom',
  personal: false,
});
