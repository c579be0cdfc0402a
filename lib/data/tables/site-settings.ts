import type { SiteSettingsRecord } from '../../core/model/settings';
import { table } from './table';

/** Per-site switch and sidebar layout. */
export const siteSettingsTable = table<SiteSettingsRecord, string>({
  versions: { 1: 'site' },
  backup: 'rows',
  personal: true,
});
