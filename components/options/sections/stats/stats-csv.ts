import type { LaipniDb } from '../../../../lib/data/database';
import { forEachStatsChunk } from '../../../../lib/data/stats-chunks';
import { toCsv } from './csv';

/**
 * The statistics rows of days `from`..`to` as CSV, read when the agent asks for the file, a
 * chunk at a time; rows in key order: day, rule, form.
 */
export async function statisticsCsv(db: LaipniDb, from: string, to: string): Promise<string> {
  const lines: Array<Array<string | number>> = [
    ['day', 'rule', 'form', 'flagged', 'accepted', 'ignored'],
  ];
  await forEachStatsChunk(db.ruleStats, { from, to }, (chunk) => {
    for (const r of chunk) lines.push([r.day, r.ruleId, r.form, r.flagged, r.accepted, r.ignored]);
  });
  return toCsv(lines);
}
