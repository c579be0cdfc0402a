import type { CompiledRule, CompiledSet } from './compile';
import { IntList } from './int-list';
import { sentenceFeatures, type MatchVars, type SentenceScan } from './kinds/kind';
import { Role, W_COMPLEMENTIZER, W_REPORTING } from './roles';
import type { Segment } from './segment';
import { scanSentence } from './scan';
import { STEP_LINE } from './quotes';
import { tokenize } from './tokenize';
import { childOf } from './trie';
import { T_COLON_BEFORE, T_COMMA_BEFORE, T_QUOTED, TokenBuffer } from './tokens';

/** A finding inside one sentence, offsets relative to the sentence start. */
export interface LocalFinding {
  rule: number;
  start: number;
  end: number;
  /** Values only this match knows (the vocative of the name typed, the verb's infinitive). */
  vars: Record<string, string> | null;
}

/** Everything a sentence contributes to its message; independent of where the sentence is. */
export interface SentenceResult {
  findings: LocalFinding[];
  /** Counted words: [rule, start, end, ignorable (exact-case exception)] repeated. */
  counts: number[];
  words: number;
  latvian: number;
  english: number;
  cyrillic: number;
  upperWords: number;
  lowerWords: number;
}

const EMPTY: LocalFinding[] = [];
const NO_COUNTS: number[] = [];

/** Placeholder result of a sentence not checked yet. */
export const UNCHECKED: SentenceResult = {
  findings: EMPTY,
  counts: NO_COUNTS,
  words: 0,
  latvian: 0,
  english: 0,
  cyrillic: 0,
  upperWords: 0,
  lowerWords: 0,
};

/** Checks single sentences against a compiled rule set, reusing its buffers. */
export class SentenceChecker implements SentenceScan {
  readonly tokens = new TokenBuffer();
  private hitPattern = new IntList(64);
  private hitFrom = new IntList(64);
  private hitTo = new IntList(64);
  private hitNext = new IntList(64);
  private readonly ruleHead: Int32Array;
  private readonly ruleEpoch: Int32Array;
  /** The epoch in which a rule was put on `touched`. */
  private readonly touchEpoch: Int32Array;
  epoch = 0;
  stepLine = false;
  private touched = new IntList(32);
  /** The current rule's candidate spans ([start, end) pairs) and their match values. */
  private readonly candSpans = new IntList(16);
  private readonly candVars: MatchVars[] = [];
  private candCount = 0;
  private readonly order = new IntList(8);

  constructor(
    private readonly set: CompiledSet,
    private readonly translit: boolean,
  ) {
    this.ruleHead = new Int32Array(set.rules.length);
    this.ruleEpoch = new Int32Array(set.rules.length).fill(-1);
    this.touchEpoch = new Int32Array(set.rules.length).fill(-1);
  }

  private findings: LocalFinding[] | null = null;
  /** Counted words: [rule, start, end, ignorable] repeated. */
  private counts: number[] | null = null;
  /** Where the sentence being checked starts in the text. */
  private base = 0;

  /** Checks one sentence: tokenizes it, then evaluates the rules. */
  check(text: string, seg: Segment, active: Uint8Array, minute: number): SentenceResult {
    tokenize(text, seg.start, seg.end, seg.state, this.set.vocab, this.translit, this.tokens);
    return this.checkTokens(text, seg, active, minute);
  }

  /** Finds and tokenizes the next sentence in one pass; then `checkTokens` evaluates it. */
  scan(text: string, pos: number, state: number, seg: Segment): boolean {
    return scanSentence(text, pos, state, seg, this.set.vocab, this.translit, this.tokens);
  }

  /** Evaluates the rules on the sentence just tokenized (by `scan` or `check`). */
  checkTokens(text: string, seg: Segment, active: Uint8Array, minute: number): SentenceResult {
    this.evaluateTokens(text, seg, active, minute);
    return this.result();
  }

  /** The sentence just tokenized has findings or counted words (after `evaluateTokens`). */
  get found(): boolean {
    return this.findings !== null || this.counts !== null;
  }

  /** Words and language statistics of the sentence just tokenized. */
  get stats(): Readonly<TokenBuffer> {
    return this.tokens;
  }

  /** The result of the sentence just evaluated. */
  result(): SentenceResult {
    const t = this.tokens;
    return {
      findings: this.findings ?? EMPTY,
      counts: this.counts ?? NO_COUNTS,
      words: t.count,
      latvian: t.latvian,
      english: t.english,
      cyrillic: t.cyrillic,
      upperWords: t.upperWords,
      lowerWords: t.lowerWords,
    };
  }

  /**
   * Evaluates the rules on the sentence just tokenized, keeping its findings and counts until
   * the next sentence (see `found`, `result`).
   */
  evaluateTokens(text: string, seg: Segment, active: Uint8Array, minute: number): void {
    const set = this.set;
    const t = this.tokens;
    if (t.reporting !== 0) this.quoteReported();
    this.epoch++;
    this.stepLine = (seg.state & STEP_LINE) !== 0;
    this.base = seg.start;
    this.touched.clear();
    this.hitPattern.clear();
    this.hitFrom.clear();
    this.hitTo.clear();
    this.hitNext.clear();
    this.findings = null;
    this.counts = null;
    this.matchTrie(active);
    for (let k = 0; k < this.touched.n; k++) {
      const rule = set.rules[this.touched.get(k)] as CompiledRule;
      const kind = rule.module;
      if (kind.finds === 'count') kind.count(this, rule, text);
      else if (kind.finds === 'trie') {
        kind.evaluate(this, rule, text, seg, minute);
        this.collect(rule, seg);
      }
    }
    // Most sentences have nothing for any detector to look at.
    if ((sentenceFeatures(t) & set.detectorNeeds) === 0) return;
    for (const r of set.detectorRules) {
      if (!active[r]) continue;
      const rule = set.rules[r] as CompiledRule;
      const kind = rule.module;
      if (kind.finds !== 'detector' || kind.skip(t, rule.params)) continue;
      kind.detect(this, rule, text);
      this.collect(rule, seg);
    }
  }

  /** Reported speech («klients teica, ka …», «teica: …») is marked as quoted. */
  private quoteReported(): void {
    const t = this.tokens;
    const marks = this.set.wordMarks;
    for (let i = 0; i + 1 < t.count; i++) {
      const w = t.word[i] as number;
      if (w < 0 || !((marks[w] as number) & W_REPORTING)) continue;
      const nf = t.flags[i + 1] as number;
      const nw = t.word[i + 1] as number;
      const opens =
        nf & T_COLON_BEFORE ||
        (nf & T_COMMA_BEFORE && nw >= 0 && (marks[nw] as number) & W_COMPLEMENTIZER);
      if (opens)
        for (let j = i + 1; j < t.count; j++) t.flags[j] = (t.flags[j] as number) | T_QUOTED;
    }
  }

  private matchTrie(active: Uint8Array): void {
    const t = this.tokens;
    const set = this.set;
    const trie = set.trie;
    const { first, outStart, patterns, inner } = trie;
    const n = t.count;
    for (let i = 0; i < n; i++) {
      const w = t.word[i] as number;
      if (w < 0) continue;
      let node = first[w] as number;
      let j = i;
      while (node !== 0) {
        const end = outStart[node + 1] as number;
        for (let k = outStart[node] as number; k < end; k++) {
          const p = patterns[k] as number;
          const r = set.patternRule[p] as number;
          if (active[r]) this.addHit(r, p, i, j);
        }
        j++;
        if (j >= n || !inner[node]) break;
        const wj = t.word[j] as number;
        if (wj < 0) break;
        node = childOf(trie, node, wj);
      }
    }
  }

  private addHit(rule: number, pattern: number, from: number, to: number): void {
    const h = this.hitPattern.n;
    this.hitPattern.push(pattern);
    this.hitFrom.push(from);
    this.hitTo.push(to);
    if (this.ruleEpoch[rule] !== this.epoch) {
      this.ruleEpoch[rule] = this.epoch;
      this.ruleHead[rule] = -1;
    }
    this.hitNext.push(this.ruleHead[rule] as number);
    this.ruleHead[rule] = h;
    // Only a phrase that can make a finding (not a guard's) puts its rule up for evaluation.
    if (
      (this.set.patternRole[pattern] as number) <= Role.Standalone &&
      this.touchEpoch[rule] !== this.epoch
    ) {
      this.touchEpoch[rule] = this.epoch;
      this.touched.push(rule);
    }
  }

  head(rule: number): number {
    return this.ruleEpoch[rule] === this.epoch ? (this.ruleHead[rule] as number) : -1;
  }

  next(h: number): number {
    return this.hitNext.data[h] as number;
  }

  role(h: number): number {
    return this.set.patternRole[this.hitPattern.data[h] as number] as number;
  }

  from(h: number): number {
    return this.hitFrom.data[h] as number;
  }

  to(h: number): number {
    return this.hitTo.data[h] as number;
  }

  aux(h: number): number {
    return this.set.patternAux[this.hitPattern.data[h] as number] as number;
  }

  private hasRole(rule: number, role: number): boolean {
    for (let h = this.head(rule); h >= 0; h = this.hitNext.data[h] as number)
      if (this.role(h) === role) return true;
    return false;
  }

  quoted(from: number, to: number): boolean {
    for (let i = from; i <= to; i++) if ((this.tokens.flags[i] as number) & T_QUOTED) return true;
    return false;
  }

  /** Sentence-level guards: sentenceWith / sentenceWithout. */
  sentenceOk(rule: CompiledRule): boolean {
    if (rule.roles & (1 << Role.SentenceWith) && !this.hasRole(rule.index, Role.SentenceWith))
      return false;
    if (rule.roles & (1 << Role.SentenceWithout) && this.hasRole(rule.index, Role.SentenceWithout))
      return false;
    return true;
  }

  /** Span-level guards over tokens [from, to]: quotes, exclude, notFollowedBy, notPrecededBy. */
  spanOk(rule: CompiledRule, from: number, to: number): boolean {
    if (rule.notInsideQuotes && this.quoted(from, to)) return false;
    if (rule.questionOrStart && from !== 0 && !this.tokens.question) return false;
    const guards =
      rule.roles & ((1 << Role.Exclude) | (1 << Role.NotFollowedBy) | (1 << Role.NotPrecededBy));
    if (!guards) return true;
    for (let h = this.head(rule.index); h >= 0; h = this.hitNext.data[h] as number) {
      const role = this.role(h);
      const hf = this.hitFrom.data[h] as number;
      const ht = this.hitTo.data[h] as number;
      if (role === Role.Exclude && hf <= to && ht >= from) return false;
      if (role === Role.NotFollowedBy && hf === to + 1) return false;
      if (role === Role.NotPrecededBy && ht === from - 1) return false;
    }
    return true;
  }

  emit(start: number, end: number, vars: MatchVars = null): void {
    this.candSpans.push(start);
    this.candSpans.push(end);
    this.candVars[this.candCount++] = vars;
  }

  emitTokens(from: number, to: number, vars: MatchVars = null): void {
    this.emit(this.tokens.start[from] as number, this.tokens.end[to] as number, vars);
  }

  /**
   * The rule's candidates become the sentence's findings: overlapping spans of one rule merge
   * into one.
   */
  private collect(compiled: CompiledRule, seg: Segment): void {
    const n = this.candCount;
    if (n === 0) return;
    const c = this.candSpans.data;
    const vars = this.candVars;
    this.candCount = 0;
    this.candSpans.clear();
    const rule = compiled.index;
    const base = seg.start;
    if (compiled.rule.replaces === 'sentence') {
      this.addFinding({ rule, start: 0, end: seg.end - base, vars: vars[0] ?? null });
      return;
    }
    if (n === 1) {
      // One candidate (the usual case): no sorting or merging.
      this.addFinding({
        rule,
        start: (c[0] as number) - base,
        end: (c[1] as number) - base,
        vars: vars[0] ?? null,
      });
      return;
    }
    // By start, the longer first (insertion sort of a few indices, stable like Array#sort).
    const order = this.order;
    order.clear();
    for (let i = 0; i < n; i++) {
      let j = order.n;
      order.push(i);
      const s = c[i * 2] as number;
      const e = c[i * 2 + 1] as number;
      for (; j > 0; j--) {
        const p = order.data[j - 1] as number;
        const ps = c[p * 2] as number;
        if (ps < s || (ps === s && (c[p * 2 + 1] as number) >= e)) break;
        order.data[j] = p;
      }
      order.data[j] = i;
    }
    let last: LocalFinding | null = null;
    for (let k = 0; k < n; k++) {
      const i = order.data[k] as number;
      const s = c[i * 2] as number;
      const e = c[i * 2 + 1] as number;
      if (last && s - base < last.end) {
        if (e - base > last.end) last.end = e - base;
        continue;
      }
      last = { rule, start: s - base, end: e - base, vars: vars[i] ?? null };
      this.addFinding(last);
    }
  }

  private addFinding(f: LocalFinding): void {
    if (this.findings) this.findings.push(f);
    else this.findings = [f];
  }

  wholeSentence(rule: CompiledRule, seg: Segment, h: number): boolean {
    const t = this.tokens;
    if ((this.hitFrom.data[h] as number) !== 0 || (this.hitTo.data[h] as number) !== t.count - 1)
      return false;
    if (t.question && (this.set.patternAux[this.hitPattern.data[h] as number] as number) !== 1)
      return false;
    if (rule.notInsideQuotes && this.quoted(0, t.count - 1)) return false;
    this.emit(seg.start, seg.end);
    return true;
  }

  countWord(rule: number, start: number, end: number, ignorable: boolean): void {
    const base = this.base;
    const counted = ignorable ? 1 : 0;
    if (this.counts) this.counts.push(rule, start - base, end - base, counted);
    else this.counts = [rule, start - base, end - base, counted];
  }
}
