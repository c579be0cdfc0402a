import type { InstalledPackRecord } from '../../core/model/installed-pack';
import { table } from './table';

/** Installed packs (built-in, file, URL, policy) as validated JSON. */
export const packsTable = table<InstalledPackRecord, string>({
  versions: { 1: 'id, source, priority' },
  backup: 'custom',
  personal: false,
});
