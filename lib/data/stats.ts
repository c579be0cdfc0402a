import type { FindingReport } from '../core/model/finding';
import type { LaipniDb } from './database';
import type { RuleStatRecord } from './records';

/** Local calendar day «YYYY-MM-DD» of a time. */
export function dayOf(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Adds events to today's counters in one transaction. */
export async function recordFindingEvents(
  db: LaipniDb,
  events: FindingReport[],
  now = Date.now(),
): Promise<void> {
  if (events.length === 0) return;
  const day = dayOf(now);
  const merged = new Map<string, RuleStatRecord>();
  for (const event of events) {
    const form = event.form.toLocaleLowerCase('lv');
    const key = JSON.stringify([event.ruleId, form]);
    const row = merged.get(key) ?? {
      day,
      ruleId: event.ruleId,
      form,
      flagged: 0,
      accepted: 0,
      ignored: 0,
    };
    row[event.outcome] += 1;
    merged.set(key, row);
  }
  await db.transaction('rw', db.ruleStats, async () => {
    const rows = [...merged.values()];
    const stored = await db.ruleStats.bulkGet(
      rows.map((r) => [r.day, r.ruleId, r.form] as [string, string, string]),
    );
    await db.ruleStats.bulkPut(
      rows.map((row, i) => {
        const old = stored[i];
        return old
          ? {
              ...row,
              flagged: old.flagged + row.flagged,
              accepted: old.accepted + row.accepted,
              ignored: old.ignored + row.ignored,
            }
          : row;
      }),
    );
  });
}

/** Counters of every rule for days `from`..`to` (inclusive). */
export function statsByDay(db: LaipniDb, from: string, to: string): Promise<RuleStatRecord[]> {
  return db.ruleStats.where('day').between(from, to, true, true).toArray();
}

/** One rule's counters for days `from`..`to`, by day. */
export function statsForRule(
  db: LaipniDb,
  ruleId: string,
  from = '',
  to = '\uffff',
): Promise<RuleStatRecord[]> {
  return db.ruleStats
    .where('[ruleId+day]')
    .between([ruleId, from], [ruleId, to], true, true)
    .toArray();
}
