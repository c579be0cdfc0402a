import type { SettingsRecord } from '../records';
import { table } from './table';

/** The agent's settings (one record). */
export const settingsTable = table<SettingsRecord, string>({
  versions: { 1: 'key' },
  backup: 'custom',
  personal: true,
});
