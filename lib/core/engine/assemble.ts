import { SCOPE_FIRST, SCOPE_LAST, type CompiledRule, type CompiledSet } from './compile';
import type { SentenceResult } from './evaluate';
import { detectOtherLanguage } from './language';
import { QUOTED_LINE } from './quotes';
import type { Segment } from './segment';
import type { TokenBuffer } from './tokens';
import { FindingBuilder } from './finding-builder';
import type { Finding } from '../model/finding';
import type { Language } from '../model/text';

/** A sentence with its (position-independent) result. */
export interface Entry extends Segment {
  result: SentenceResult;
}

/**
 * Findings already built for a sentence result, reused while nothing they depend on changed
 * (its position, first/last, the message's language, the variables): the incremental session
 * then pays only for the sentences an edit touched.
 */
export interface BuiltFindings {
  start: number;
  scope: number;
  other: string | null;
  varsKey: string;
  locale: Language;
  findings: Finding[];
}
export type FindingCache = WeakMap<SentenceResult, BuiltFindings>;

/**
 * What the message as a whole says, summed over its sentences (without e-mail history and `>`
 * lines): the language of its words, and which sentences are its first and last with words.
 */
export class Totals {
  words = 0;
  latvian = 0;
  english = 0;
  cyrillic = 0;
  upper = 0;
  lower = 0;
  first = -1;
  last = -1;

  /** Adds sentence number `index`. */
  add(r: SentenceResult, index: number): void {
    this.addWords(r.words, r.latvian, r.english, r.cyrillic, r.upperWords, r.lowerWords, index);
  }

  /** Adds sentence number `index` from the tokenizer's counts (no result object needed). */
  addTokens(t: Readonly<TokenBuffer>, index: number): void {
    this.addWords(t.count, t.latvian, t.english, t.cyrillic, t.upperWords, t.lowerWords, index);
  }

  private addWords(
    words: number,
    latvian: number,
    english: number,
    cyrillic: number,
    upper: number,
    lower: number,
    index: number,
  ): void {
    if (words > 0) {
      if (this.first < 0) this.first = index;
      this.last = index;
    }
    this.words += words;
    this.latvian += latvian;
    this.english += english;
    this.cyrillic += cyrillic;
    this.upper += upper;
    this.lower += lower;
  }
}

/**
 * Combines sentence results into the message's findings: drops e-mail history (`>` lines,
 * everything from a «… rakstīja:» header on), applies first/last-sentence scopes, skips
 * Latvian-only rules on text that is clearly English or Russian, and turns counts into findings.
 */
export function assemble(
  set: CompiledSet,
  entries: readonly Entry[],
  text: string,
  variables: Record<string, string>,
  locale: Language,
  cache?: FindingCache,
): Finding[] {
  const totals = new Totals();
  const kept: Entry[] = [];
  const keptIndex: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.header) break;
    if (e.state & QUOTED_LINE) continue;
    const r = e.result;
    totals.add(r, i);
    if (r.findings.length > 0 || r.counts.length > 0) {
      kept.push(e);
      keptIndex.push(i);
    }
  }
  return assembleKept(set, totals, kept, keptIndex, text, variables, locale, cache);
}

/**
 * `assemble` given the message's totals and only its sentences with findings or counts
 * (`kept`, in order; `keptIndex` their sentence numbers), for a check that keeps no others.
 */
export function assembleKept(
  set: CompiledSet,
  totals: Totals,
  kept: readonly Entry[],
  keptIndex: readonly number[],
  text: string,
  variables: Record<string, string>,
  locale: Language,
  cache?: FindingCache,
): Finding[] {
  const { first, last } = totals;
  const other = detectOtherLanguage(totals.words, totals.latvian, totals.english, totals.cyrillic);
  const applies = (rule: CompiledRule): boolean => other === null || rule.language === other;
  const varsKey = cache ? JSON.stringify(variables) : '';
  const builder = new FindingBuilder(text, variables, locale);
  let findings: Finding[] = [];
  let counts: Map<number, number[]> | null = null;
  for (let k = 0; k < kept.length; k++) {
    const e = kept[k] as Entry;
    const i = keptIndex[k] as number;
    const result = e.result;
    const c = result.counts;
    for (let j = 0; j < c.length; j += 4) {
      const r = c[j] as number;
      counts ??= new Map();
      let list = counts.get(r);
      if (!list) counts.set(r, (list = []));
      list.push(e.start + (c[j + 1] as number), e.start + (c[j + 2] as number), c[j + 3] as number);
    }
    if (result.findings.length === 0) continue;
    const scope = (i === first ? 1 : 0) | (i === last ? 2 : 0);
    const known = cache?.get(result);
    if (
      known &&
      known.scope === scope &&
      known.other === other &&
      known.varsKey === varsKey &&
      known.locale === locale
    ) {
      if (known.start !== e.start) {
        // The sentence moved (an edit before it): same findings, shifted.
        const shift = e.start - known.start;
        known.findings = known.findings.map((f) => ({
          ...f,
          start: f.start + shift,
          end: f.end + shift,
        }));
        known.start = e.start;
      }
      for (const f of known.findings) findings.push(f);
      continue;
    }
    for (const f of result.findings) {
      const rule = set.rules[f.rule] as CompiledRule;
      if (rule.scope === SCOPE_FIRST && !(scope & 1)) continue;
      if (rule.scope === SCOPE_LAST && !(scope & 2)) continue;
      if (!applies(rule)) continue;
      builder.add(rule, e.start + f.start, e.start + f.end, f.vars);
    }
    if (!cache) {
      builder.flush(findings);
      continue;
    }
    const built: Finding[] = [];
    builder.flush(built);
    cache.set(result, { start: e.start, scope, other, varsKey, locale, findings: built });
    for (const f of built) findings.push(f);
  }
  if (counts) {
    const allUpper = totals.upper > 0 && totals.lower === 0;
    for (const [r, list] of counts) {
      const rule = set.rules[r] as CompiledRule;
      if (!applies(rule)) continue;
      let n = 0;
      for (let k = 0; k < list.length; k += 3) if (allUpper || list[k + 2] === 0) n++;
      if (rule.module.finds !== 'count' || n < rule.module.minCount(rule.params)) continue;
      for (let k = 0; k < list.length; k += 3) {
        if (allUpper || list[k + 2] === 0) {
          builder.add(rule, list[k] as number, list[k + 1] as number, null);
        }
      }
    }
    if (builder.size > 0) {
      const counted: Finding[] = [];
      builder.flush(counted);
      findings = merge(findings, counted);
    }
  }
  return findings;
}

/** Merges two position-sorted finding lists, dropping a second finding on identical words. */
function merge(a: Finding[], b: Finding[]): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const takeA =
      x !== undefined &&
      (y === undefined || x.start < y.start || (x.start === y.start && x.end <= y.end));
    const next = (takeA ? x : y) as Finding;
    if (takeA) i++;
    else j++;
    const prev = out[out.length - 1];
    if (prev && prev.start === next.start && prev.end === next.end) continue;
    out.push(next);
  }
  return out;
}
