import { conditionHolds, type AffixEntry, type AffixTable } from './affixes';

/**
 * Every form Hunspell's affix rules build from one dictionary word: the word itself (unless it
 * needs an affix), each suffix, a second suffix from a suffix's continuation flags, each prefix,
 * prefixes combined with suffixes (cross product), and circumfixes (the debitive «jā…a» is a
 * prefix and a suffix that exist only together). The rules over-generate a little; a lead
 * reviews the forms a build stores in the pack.
 */
export function expandWord(table: AffixTable, word: string, flags: string): Forms {
  const out: Forms = new Map();
  if (!flags.includes(table.needAffix) || table.needAffix === '') out.set(word, '');
  for (const flag of flags) {
    const cls = table.classes.get(flag);
    if (!cls) continue;
    for (const e of cls.entries) {
      const form = affix(e, word, cls.prefix);
      if (form === null) continue;
      if (cls.prefix) {
        if (!isCircumfix(table, e)) add(out, form, e.morph);
      } else suffixed(table, form, e, cls.cross, flags, out);
    }
  }
  return out;
}

/** Forms with the morphological field of the suffix that made them («is:2dttp»). */
export type Forms = Map<string, string>;

function add(out: Forms, form: string, morph: string): void {
  if (!out.has(form)) out.set(form, morph);
}

function isCircumfix(table: AffixTable, e: AffixEntry): boolean {
  return table.circumfix !== '' && e.cont.includes(table.circumfix);
}

/** The affixed form, or null when the condition or the strip does not fit. */
function affix(e: AffixEntry, word: string, prefix: boolean): string | null {
  if (!conditionHolds(e, word, prefix)) return null;
  if (prefix) {
    if (!word.startsWith(e.strip)) return null;
    return e.add + word.slice(e.strip.length);
  }
  if (!word.endsWith(e.strip)) return null;
  return word.slice(0, word.length - e.strip.length) + e.add;
}

/** Adds a suffixed form and what its continuation flags and the word's prefixes make of it. */
function suffixed(
  table: AffixTable,
  form: string,
  e: AffixEntry,
  cross: boolean,
  wordFlags: string,
  out: Forms,
): void {
  const circumfix = isCircumfix(table, e);
  const needsMore = table.needAffix !== '' && e.cont.includes(table.needAffix);
  if (!circumfix && !needsMore) add(out, form, e.morph);
  for (const flag of e.cont) {
    const cls = table.classes.get(flag);
    if (!cls) continue;
    for (const next of cls.entries) {
      if (cls.prefix) {
        // A circumfix suffix takes only a circumfix prefix, and the other way round.
        if (isCircumfix(table, next) !== circumfix) continue;
        const f = affix(next, form, true);
        if (f !== null) add(out, f, e.morph);
      } else if (!circumfix) {
        const f = affix(next, form, false);
        if (f !== null && !isCircumfix(table, next)) add(out, f, e.morph);
      }
    }
  }
  // The word's own prefixes (ne-) on the suffixed form.
  if (!cross || circumfix) return;
  for (const flag of wordFlags) {
    const cls = table.classes.get(flag);
    if (!cls?.prefix || !cls.cross) continue;
    for (const p of cls.entries) {
      if (isCircumfix(table, p)) continue;
      const f = affix(p, form, true);
      if (f !== null && !needsMore) add(out, f, e.morph);
    }
  }
}
