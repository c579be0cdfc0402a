import type { LaipniDb } from './database';
import type { FormWindowRecord, RuleStatRecord } from './records';
import { NO_FORM, OTHER_FORM, dayOf } from './stats';
import { forEachStatsChunk } from './stats-chunks';
import { topForms, type FormTotal } from './stats-query';

/**
 * The statistics view's top phrases without reading every row of the period. Rows of past days
 * never change (counters are added to today's), except by a restore, "delete all" or a purge,
 * which empty the windows. So the options page keeps, per period, each form's counters over the
 * closed days (`refreshFormWindow`, once a day: it moves the window by the days that left and
 * came, or sums the period once); the top phrases then read today's rows, the window's forms
 * from the most flagged down, and merge (`topFormsOfPeriod`). Without a current window they scan
 * the period (`topForms`).
 */

/** The local calendar day `back` days before the day of `now`. */
function dayBack(now: number, back: number): string {
  const d = new Date(now);
  return dayOf(new Date(d.getFullYear(), d.getMonth(), d.getDate() - back).getTime());
}

/** The window of `period` days ending today: its closed days `from`..`to`, and today. */
function windowOf(period: number, now: number) {
  return { from: dayBack(now, period - 1), to: dayBack(now, 1), today: dayOf(now) };
}

/** Keys sort after every row of `day` ([day] sorts before them, a longer string after). */
const after = (day: string) => `${day}\u0000`;

interface Sum {
  flagged: number;
  accepted: number;
  rules: Map<string, number>;
}

function addRows(sums: Map<string, Sum>, rows: readonly RuleStatRecord[], sign: 1 | -1): void {
  for (const row of rows) {
    if (row.form === NO_FORM) continue;
    let sum = sums.get(row.form);
    if (!sum) {
      sum = { flagged: 0, accepted: 0, rules: new Map() };
      sums.set(row.form, sum);
    }
    sum.flagged += sign * row.flagged;
    sum.accepted += sign * row.accepted;
    sum.rules.set(row.ruleId, (sum.rules.get(row.ruleId) ?? 0) + sign);
  }
}

/**
 * Brings the window of `period` days up to yesterday, in one transaction: nothing to do when it
 * is current; moved by the days that left and came when it overlaps the new one; otherwise
 * summed again from the period's rows (the slow case: once after an upgrade, a restore or a long
 * pause).
 */
export async function refreshFormWindow(
  db: LaipniDb,
  period: number,
  now = Date.now(),
): Promise<void> {
  if (period < 2) return;
  const { from, to } = windowOf(period, now);
  const dayBeforeFrom = dayBack(now, period);
  await db.transaction('rw', db.ruleStats, db.formWindows, async () => {
    const marker = await db.formWindows.get([period, NO_FORM]);
    if (marker?.from === from && marker.to === to) return;
    const sums = new Map<string, Sum>();
    const old = { from: marker?.from ?? '', to: marker?.to ?? '' };
    // The stored window overlaps or touches the new one: move it instead of summing again.
    const slides = old.from !== '' && old.from <= from && old.to <= to && old.to >= dayBeforeFrom;
    if (slides) {
      const add = (rows: RuleStatRecord[]) => addRows(sums, rows, 1);
      const take = (rows: RuleStatRecord[]) => addRows(sums, rows, -1);
      if (old.from < from)
        await forEachStatsChunk(db.ruleStats, { from: old.from, to: dayBeforeFrom }, take);
      if (old.to < to) await forEachStatsChunk(db.ruleStats, { from: after(old.to), to }, add);
    } else {
      await db.formWindows.where('[period+form]').between([period], [period, []]).delete();
      await forEachStatsChunk(db.ruleStats, { from, to }, (rows) => addRows(sums, rows, 1));
    }
    const forms = [...sums.keys()];
    const stored = slides
      ? await db.formWindows.bulkGet(forms.map((form) => [period, form] as [number, string]))
      : [];
    const put: FormWindowRecord[] = [];
    const gone: Array<[number, string]> = [];
    for (const [i, form] of forms.entries()) {
      const sum = sums.get(form) as Sum;
      const was = stored[i];
      const rules: Record<string, number> = { ...was?.rules };
      for (const [ruleId, n] of sum.rules) {
        const left = (rules[ruleId] ?? 0) + n;
        if (left > 0) rules[ruleId] = left;
        else delete rules[ruleId];
      }
      if (Object.keys(rules).length === 0) gone.push([period, form]);
      else
        put.push({
          period,
          form,
          flagged: (was?.flagged ?? 0) + sum.flagged,
          accepted: (was?.accepted ?? 0) + sum.accepted,
          rules,
        });
    }
    await db.formWindows.bulkDelete(gone);
    await db.formWindows.bulkPut(put);
    // The marker's count keeps it below every form in the [period+flagged] index.
    await db.formWindows.put({
      period,
      form: NO_FORM,
      flagged: -1,
      accepted: 0,
      rules: {},
      from,
      to,
    });
  });
}

/**
 * The `limit` most flagged forms of the last `period` days, as `topForms` finds them, from the
 * current window and today's rows; without a current window, `topForms` itself.
 */
export async function topFormsOfPeriod(
  db: LaipniDb,
  period: number,
  limit = 10,
  now = Date.now(),
): Promise<FormTotal[]> {
  const { from, to, today } = windowOf(period, now);
  const marker = period < 2 ? undefined : await db.formWindows.get([period, NO_FORM]);
  if (period >= 2 && (marker?.from !== from || marker.to !== to))
    return topForms(db, from, today, limit);
  const todays = new Map<string, Sum>();
  await forEachStatsChunk(db.ruleStats, { from: today, to: today }, (rows) =>
    addRows(todays, rows, 1),
  );
  // The window's rows from the most flagged down, until `limit` forms not seen today are read
  // (their totals are their window counts) with every row tied with the last of them. Today's
  // forms met on the way are not fetched again; the rest of them are fetched by key.
  const seenToday = new Map<string, FormWindowRecord>();
  const candidates: FormWindowRecord[] = [];
  let lastCount: number | null = null;
  if (period >= 2 && limit > 0)
    await db.formWindows
      .where('[period+flagged]')
      .between([period, 0], [period, Infinity], true, true)
      .reverse()
      .until((row) => lastCount !== null && row.flagged < lastCount)
      .each((row) => {
        if (todays.has(row.form)) seenToday.set(row.form, row);
        else if (candidates.push(row) === limit) lastCount = row.flagged;
      });
  const todayForms = [...todays.keys()];
  const unseen = period < 2 ? [] : todayForms.filter((form) => !seenToday.has(form));
  const fetched = await db.formWindows.bulkGet(
    unseen.map((form) => [period, form] as [number, string]),
  );
  unseen.forEach((form, i) => {
    const row = fetched[i];
    if (row) seenToday.set(form, row);
  });
  const totals = new Map<string, FormTotal>();
  const total = (form: string, flagged: number, accepted: number, rules: Iterable<string>) =>
    totals.set(form, {
      form,
      other: form === OTHER_FORM,
      ruleIds: [...new Set(rules)].sort(),
      flagged,
      accepted,
    });
  for (const row of candidates)
    if (!todays.has(row.form)) total(row.form, row.flagged, row.accepted, Object.keys(row.rules));
  for (const form of todayForms) {
    const sum = todays.get(form) as Sum;
    const old = seenToday.get(form);
    total(form, (old?.flagged ?? 0) + sum.flagged, (old?.accepted ?? 0) + sum.accepted, [
      ...Object.keys(old?.rules ?? {}),
      ...sum.rules.keys(),
    ]);
  }
  return [...totals.values()]
    .filter((entry) => entry.flagged > 0)
    .sort((a, b) => b.flagged - a.flagged || a.form.localeCompare(b.form))
    .slice(0, Math.max(0, limit));
}
