import type * as v from 'valibot';
import type { Matcher, MatcherKind } from '../../model/pack';
import type { Bilingual } from '../../model/text';
import type { CompiledRule } from '../compile';
import type { Role } from '../roles';
import type { Segment } from '../segment';
import type { TokenBuffer } from '../tokens';

/**
 * A matcher kind is one module: its pack-schema fields, its compile step, how it finds things
 * in a sentence, the phrase lists it puts into the vocabulary and its label. The registry in
 * ./index.ts must name a module for every `MatcherKind` of the pack format, so a kind that is
 * missing a part does not compile.
 */

export type MatcherOf<K extends MatcherKind> = Extract<Matcher, { kind: K }>;

/**
 * A kind's fields in the pack schema, one valibot schema per field of its matcher type, so the
 * schema and the TypeScript type cannot drift apart.
 */
type FieldsOf<K extends MatcherKind> = Omit<MatcherOf<K>, 'kind'>;
export type KindSchema<K extends MatcherKind> = {
  [F in keyof FieldsOf<K>]-?: v.GenericSchema<unknown, FieldsOf<K>[F]>;
};

/** Values only one match knows (the vocative of the name typed, the verb's infinitive). */
export type MatchVars = Record<string, string> | null;

/** What a kind's compile step may do for its rule. */
export interface RuleBuilder {
  /** Puts phrases into the trie for this rule; `aux` travels with each of their matches. */
  addPhrases(phrases: readonly string[] | undefined, role: Role, aux?: number): void;
}

/**
 * The sentence being checked, as a kind sees it: its tokens, the trie's matches of the rule's
 * phrases (a linked list per rule: `head`, then `next` until -1), the rule's guards and where
 * candidates go. One instance checks every sentence; nothing here allocates.
 */
export interface SentenceScan {
  readonly tokens: TokenBuffer;
  /** Changes with every sentence (a kind may keep per-sentence work keyed on it). */
  readonly epoch: number;
  /** The sentence is on a numbered or bulleted list line («1. Atveriet…», «- Uzgaidiet…»). */
  readonly stepLine: boolean;
  head(rule: number): number;
  next(hit: number): number;
  /** The Role of a match's phrase. */
  role(hit: number): number;
  /** First and last token of a match. */
  from(hit: number): number;
  to(hit: number): number;
  /** The `aux` its phrase was compiled with. */
  aux(hit: number): number;
  /** Sentence-level guards (sentenceWith / sentenceWithout). */
  sentenceOk(rule: CompiledRule): boolean;
  /** Span guards over tokens [from, to]: quotes, exclude, notFollowedBy, notPrecededBy. */
  spanOk(rule: CompiledRule, from: number, to: number): boolean;
  quoted(from: number, to: number): boolean;
  /** A match that is the whole sentence (standalone replies); emits it. */
  wholeSentence(rule: CompiledRule, seg: Segment, hit: number): boolean;
  /** A candidate finding over text offsets [start, end) or tokens [from, to]. */
  emit(start: number, end: number, vars?: MatchVars): void;
  emitTokens(from: number, to: number, vars?: MatchVars): void;
  /** A counted word for a message-level count rule (see CountKind). */
  countWord(rule: number, start: number, end: number, ignorable: boolean): void;
}

/** Sentence features a detector needs; a sentence with none of its features is skipped. */
export const NEEDS_TAIL = 1;
export const NEEDS_CAPS = 2;
export const NEEDS_BANG = 4;

/** The features of the sentence just tokenized, as NEEDS_* bits. */
export function sentenceFeatures(t: TokenBuffer): number {
  return (
    (t.tailWords > 0 ? NEEDS_TAIL : 0) |
    (t.capsWords > 0 ? NEEDS_CAPS : 0) |
    (t.bangRuns.n > 0 ? NEEDS_BANG : 0)
  );
}

interface KindBase<K extends MatcherKind, P> {
  readonly kind: K;
  /** How the options page names the kind. */
  readonly label: Bilingual;
  /** The kind's fields in the pack schema (besides `kind`). */
  readonly schema: KindSchema<K>;
  /** The phrase lists compile puts into the vocabulary, in compile order (guards excluded). */
  phraseLists(match: MatcherOf<K>): (readonly string[] | undefined)[];
  /** Adds the rule's phrases (through `b`) and returns what the kind needs when it checks. */
  compile(match: MatcherOf<K>, b: RuleBuilder): P;
  /** The rule fires only when the context has a clock. */
  readonly needsClock?: boolean;
}

/** Finds through the trie: evaluated only in sentences where one of its phrases matched. */
export interface TrieKind<K extends MatcherKind, P> extends KindBase<K, P> {
  readonly finds: 'trie';
  evaluate(
    s: SentenceScan,
    rule: CompiledRule<P>,
    text: string,
    seg: Segment,
    minute: number,
  ): void;
}

/** Looks at every sentence that has one of the features it `needs`. */
export interface DetectorKind<K extends MatcherKind, P> extends KindBase<K, P> {
  readonly finds: 'detector';
  readonly needs: number;
  /** A cheap test on the sentence's counters before `detect`. */
  skip(t: TokenBuffer, params: P): boolean;
  detect(s: SentenceScan, rule: CompiledRule<P>, text: string): void;
}

/** Counts words over the whole message; findings appear at `minCount`. */
export interface CountKind<K extends MatcherKind, P> extends KindBase<K, P> {
  readonly finds: 'count';
  count(s: SentenceScan, rule: CompiledRule<P>, text: string): void;
  minCount(params: P): number;
}

export type KindModule<K extends MatcherKind = MatcherKind, P = unknown> =
  TrieKind<K, P> | DetectorKind<K, P> | CountKind<K, P>;
