import type { FindingReport } from '../core/model/finding';
import type { LaipniDb } from './database';
import type { RuleStatRecord } from './records';
import { addToRuleDayTotals } from './stats-totals';

/** Local calendar day «YYYY-MM-DD» of a time. */
export function dayOf(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Distinct phrase forms kept per rule and day; the rest are counted under OTHER_FORM, so a page
 * that types endless unique texts adds at most this many rows per rule and day.
 */
export const MAX_FORMS_PER_RULE_DAY = 200;
/** The row of the forms over the cap: "other" wherever statistics are read. */
export const OTHER_FORM = '…';
/** The form of rules counted without one (detectors: what they flag is free text). */
export const NO_FORM = '';

function addEvent(merged: Map<string, RuleStatRecord>, day: string, event: FindingReport) {
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

/** Forms a rule already has today, counted with the index (bounded by the cap). */
function formsStored(db: LaipniDb, day: string, ruleId: string): Promise<number> {
  return db.ruleStats
    .where('[day+ruleId+form]')
    .between([day, ruleId, ''], [day, ruleId, '\uffff'], true, true)
    .count();
}

/**
 * Adds events to today's counters in one transaction, with the per-rule-per-day totals. A form
 * new today for a rule that already has MAX_FORMS_PER_RULE_DAY forms is counted under OTHER_FORM.
 */
export async function recordFindingEvents(
  db: LaipniDb,
  events: FindingReport[],
  now = Date.now(),
): Promise<void> {
  if (events.length === 0) return;
  const day = dayOf(now);
  await db.transaction('rw', db.ruleStats, db.ruleDayTotals, async () => {
    const first = new Map<string, RuleStatRecord>();
    for (const event of events) addEvent(first, day, event);
    const keys = (list: RuleStatRecord[]) =>
      list.map((r) => [r.day, r.ruleId, r.form] as [string, string, string]);
    const candidates = [...first.values()];
    const existing = await db.ruleStats.bulkGet(keys(candidates));
    // New forms per rule, in the order they came; over the cap they become OTHER_FORM.
    const room = new Map<string, number>();
    const merged = new Map<string, RuleStatRecord>();
    for (const [i, row] of candidates.entries()) {
      let form = row.form;
      if (!existing[i] && form !== OTHER_FORM && form !== NO_FORM) {
        let left = room.get(row.ruleId);
        if (left === undefined)
          left = MAX_FORMS_PER_RULE_DAY - (await formsStored(db, day, row.ruleId));
        if (left > 0) room.set(row.ruleId, left - 1);
        else {
          room.set(row.ruleId, 0);
          form = OTHER_FORM;
        }
      }
      const key = JSON.stringify([row.ruleId, form]);
      const into = merged.get(key);
      if (into) {
        into.flagged += row.flagged;
        into.accepted += row.accepted;
        into.ignored += row.ignored;
      } else merged.set(key, { ...row, form });
    }
    const rows = [...merged.values()];
    const stored = await db.ruleStats.bulkGet(keys(rows));
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
    await addToRuleDayTotals(db.ruleDayTotals, rows);
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
