import type { SiteProfileRecord } from '../../core/model/settings';
import { table } from './table';

/** Where a CRM page shows the customer and which field is which channel. */
export const siteProfilesTable = table<SiteProfileRecord, string>({
  versions: { 1: 'id, site' },
  backup: 'rows',
  personal: true,
});
