import type { MetaRecord } from '../records';
import { table } from './table';

/** The key-value table of versions 1 and 2; version 3 moved each key to a typed home. */
export const metaTable = table<MetaRecord, string>({
  versions: { 1: 'key', 3: null },
  backup: 'none',
  personal: false,
});
