import type { FormWindowRecord } from '../records';
import { table } from './table';

/**
 * Per-form counters over the closed days of each statistics-view period (`lib/data/form-windows.ts`),
 * kept by the options page, read by its top phrases. Derived: a backup leaves it out, a restore
 * empties it (the page makes it again); "delete all" empties it; a purge that removes days a
 * window covers drops that window.
 */
export const formWindowsTable = table<FormWindowRecord, [number, string]>({
  versions: {
    // The top phrases read a period's forms by count: [period+flagged] from the top.
    5: '[period+form], [period+flagged]',
  },
  backup: 'derived',
  rebuild: (tableOf) => tableOf('formWindows').clear(),
  personal: true,
  purge: async (windows, cutoff) => {
    // The markers are few rows in a small table; a scan every few hours is cheap.
    const markers = await windows.filter((row) => row.form === '').toArray();
    let purged = 0;
    for (const marker of markers)
      if ((marker.from ?? '') < cutoff.day)
        purged += await windows
          .where('[period+form]')
          .between([marker.period], [marker.period, []])
          .delete();
    return purged;
  },
});
