/**
 * Pack formats `laipni-pack/1` and `laipni-pack/2` (format 1 plus guided call scripts): the
 * TypeScript shape of a phrase pack.
 *
 * This file is the contract between the engine (which compiles rules), the data layer (which
 * validates, layers and stores packs) and the UI. It is pure data: no code, no regular expressions.
 * Matching is declared with the engine's named kinds. The JSON Schema published in
 * `scripts-data/pack.schema.json` describes the same document for team leads' editors.
 */

import type { Script } from './script';
import type { LocalizedText } from './text';

export const PACK_FORMAT = 'laipni-pack/1' as const;
/** Format 2 adds `scripts`; a format 1 pack still means what it meant. */
export const PACK_FORMAT_V2 = 'laipni-pack/2' as const;
export const PACK_FORMATS = [PACK_FORMAT, PACK_FORMAT_V2] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];

export type Phase = 'opening' | 'body' | 'closing';
export const PHASES: readonly Phase[] = ['opening', 'body', 'closing'];

export type Channel = 'call' | 'chat' | 'email' | 'note';
export const CHANNELS: readonly Channel[] = ['call', 'chat', 'email', 'note'];

export type Severity = 'warning' | 'info';

/** Where in a message a rule looks. */
export type RuleScope = 'any' | 'first-sentence' | 'last-sentence';

/**
 * The sites a rule, library phrase or call script is for (a team's e-mail tool and its chat
 * tool want different rules): host names («mail.acme.lv»; «*.acme.lv» is the domain and every subdomain)
 * and site-profile ids. Either one matching is enough; omitted = every site.
 */
export interface SiteScope {
  hosts?: string[];
  profiles?: string[];
}

/**
 * Situations group recommended phrases in the sidebar's phrase library.
 * `other` is for everything that fits none of the named ones.
 */
export type Situation =
  | 'opening'
  | 'unknown-answer'
  | 'refusal'
  | 'apology'
  | 'request'
  | 'closing'
  | 'repeat-call'
  | 'other';
export const SITUATIONS: readonly Situation[] = [
  'opening',
  'unknown-answer',
  'refusal',
  'apology',
  'request',
  'closing',
  'repeat-call',
  'other',
];

/**
 * A phrase is a sequence of words written as a person would write it («es nezinu»,
 * «ko jums vajag?»). The engine lower-cases and folds diacritics on both sides, so «nezinu»
 * also matches «nezinu» typed without diacritics; list inflected forms explicitly (the engine
 * has no stemmer). Punctuation inside a phrase is significant only when `kind` says so
 * (standalone replies).
 */
export type PhraseList = string[];

/**
 * A word or phrase named by its dictionary form («vaina», «jūsu pienākums»): every inflected
 * form matches. The forms are filled in when a lead builds or signs the pack (`laipni build`,
 * `laipni sign`) or the agent saves a personal rule, from the Latvian Hunspell dictionary; the
 * engine (and so every agent's browser) only reads `forms`.
 */
export interface LemmaPhrase {
  lemma: string;
  /** Omitted until expanded; then the forms a lead can review, the lemma first. */
  forms?: PhraseList;
}

export interface PhraseMatcher {
  kind: 'phrase';
  phrases: PhraseList;
  /** Phrases by dictionary form, matching each of their `forms`. */
  lemmas?: LemmaPhrase[];
}

/** Two word families within `window` words of each other in one sentence. */
export interface CooccurrenceMatcher {
  kind: 'cooccurrence';
  first: PhraseList;
  second: PhraseList;
  /** Maximum number of words between the end of one and the start of the other. */
  window: number;
  /** `ordered`: `first` must come before `second`. Default `any`. */
  order?: 'ordered' | 'any';
  /** Phrases that also match when they are the whole sentence («Nevar.», «Tas nav iespējams!»). */
  standalone?: PhraseList;
}

/** The whole sentence or reply is only one of these phrases (plus punctuation): «Nē!». */
export interface StandaloneMatcher {
  kind: 'standalone';
  phrases: PhraseList;
}

/**
 * 2nd-person-plural imperative detector (Samaksājiet!, Atsūtiet!) with the engine's exclusions.
 * Never in a list item («1. Atveriet…»): steps are guidance.
 */
export interface ImperativeMatcher {
  kind: 'imperative';
  /**
   * Only these imperatives are flagged (a phrase may add words: «esiet pacietīgi»); omitted,
   * every imperative is. The built-in pack lists demands (pay, send, come, wait, calm down,
   * listen, comply, contact), so guidance («Izvēlieties…», «Noklikšķiniet…») is not flagged.
   */
  verbs?: PhraseList;
  /** Courtesy formulas that look imperative but are not flagged (atvainojiet, piedodiet, …). */
  exempt?: PhraseList;
}

/** A word used at least `min` times in one message («es» overuse). */
export interface CountMatcher {
  kind: 'count';
  words: PhraseList;
  min: number;
  /** Exact-case tokens that do not count (ES = Eiropas Savienība), unless the whole text is upper case. */
  ignoreExactCase?: string[];
}

export interface TimeGreeting {
  /** Forms of this greeting («labrīt», «labu rītu»). */
  phrases: PhraseList;
  /** Local clock window in which the greeting fits, "HH:MM"; may wrap past midnight. */
  from: string;
  until: string;
}

/** A greeting that does not fit the clock («Labrīt» at 15:00). Needs `context.time`. */
export interface TimeGreetingMatcher {
  kind: 'time-greeting';
  greetings: TimeGreeting[];
}

/** Greeting + comma + a male given name in the nominative («Labdien, Jānis!»). */
export interface NominativeAddressMatcher {
  kind: 'nominative-address';
  greetings: PhraseList;
}

/** A run of words written in capitals («LŪDZU SAMAKSĀJIET TŪLĪT»). */
export interface AllCapsMatcher {
  kind: 'all-caps';
  minWords: number;
  minWordLength?: number;
  /** Abbreviations that are not shouting (SIA, PVN, IBAN, …). */
  ignore?: string[];
}

/** Repeated «!» or «?!» marks. */
export interface PunctuationRunMatcher {
  kind: 'punctuation-run';
  minMarks: number;
}

/** Words whose capitalisation matters (Jūs/Jums/Jūsu in a letter to one person). */
export interface CaseMatcher {
  kind: 'case';
  /** The correctly written forms; a differently-cased occurrence is flagged. */
  expected: string[];
}

/**
 * A 2nd-person-plural present verb written where the imperative is meant, right after one of
 * `after` («Lūdzu, izvēlaties» → «izvēlieties»).
 */
export interface PresentForImperativeMatcher {
  kind: 'present-for-imperative';
  after: PhraseList;
}

export type Matcher =
  | PhraseMatcher
  | CooccurrenceMatcher
  | StandaloneMatcher
  | ImperativeMatcher
  | CountMatcher
  | TimeGreetingMatcher
  | NominativeAddressMatcher
  | AllCapsMatcher
  | PunctuationRunMatcher
  | CaseMatcher
  | PresentForImperativeMatcher;

export type MatcherKind = Matcher['kind'];

/** Per-rule guards, all optional; each narrows where the rule fires. */
export interface RuleGuards {
  /** The match does not count when the next words are one of these («šeit runa ir par…»). */
  notFollowedBy?: PhraseList;
  /** The match does not count when the previous words are one of these. */
  notPrecededBy?: PhraseList;
  /** Forms that never count even though a phrase would match them (nevarat, nevarēja). */
  exclude?: PhraseList;
  /** The rule fires only when the sentence also contains one of these («lūdzu»). */
  sentenceWith?: PhraseList;
  /** The rule does not fire when the sentence contains one of these. */
  sentenceWithout?: PhraseList;
  /** Default true: text inside quotation marks is someone else's words and never fires. */
  notInsideQuotes?: boolean;
  /**
   * The match counts only in a question or when it opens its sentence («Ko jums vajag?»), not
   * inside a relative or reported clause («Viss, ko jums vajag, ir pase»).
   */
  questionOrStart?: boolean;
}

/** The context the examples are checked in (a time-of-day rule needs a clock). */
export interface ExampleContext {
  phase?: Phase;
  channel?: Channel;
  /** "HH:MM". */
  time?: string;
  repeatCall?: boolean;
}

export interface RuleExamples {
  /** Texts the rule must flag. */
  match?: string[];
  /** Texts the rule must not flag. */
  noMatch?: string[];
  /** Omitted: no context (phase, channel and clock unknown). */
  context?: ExampleContext;
}

export interface Rule {
  /** Stable public name; overrides and team packs refer to it. Lower-case, digits, hyphens. */
  id: string;
  /** Language of the rule's phrases; Latvian-only rules are skipped on text that is clearly not Latvian. */
  language?: string;
  severity: Severity;
  /** Default true. `false` ships the rule switched off (jus-capitalization). */
  enabled?: boolean;
  /** Phases where the rule applies; omitted = every phase. */
  phases?: Phase[];
  /** Channels where the rule applies; omitted = every channel. */
  channels?: Channel[];
  /** true: only on repeat calls; false: never on repeat calls; omitted: always. */
  repeatCall?: boolean;
  scope?: RuleScope;
  /** Sites where the rule applies; omitted = every site. */
  sites?: SiteScope;
  /**
   * What a finding covers and a replacement replaces: the matched words (default) or the whole
   * sentence, for rules whose better wording is a different sentence («Tā nav mana vaina!»).
   */
  replaces?: 'match' | 'sentence';
  match: Matcher;
  guards?: RuleGuards;
  /** Why the phrase is discouraged, shown in the card. */
  reason: LocalizedText;
  /** Texts that replace the flagged span; may contain {variables} and {slots}. */
  replacements: string[];
  /** Hints shown beside the finding, never inserted («Pārformulējiet…»). */
  advice?: LocalizedText[];
  /** Phrase-library grouping for the replacements. */
  situation?: Situation;
  examples?: RuleExamples;
  /** A lead's lock: personal overrides cannot disable or change this rule. */
  locked?: boolean;
}

export type ChecklistKind = 'opening' | 'body' | 'closing' | 'repeatCall' | 'droppedCall';
export const CHECKLIST_KINDS: readonly ChecklistKind[] = [
  'opening',
  'body',
  'closing',
  'repeatCall',
  'droppedCall',
];

/** Variables a suggestion or checklist detector can refer to. */
export const VARIABLE_NAMES = [
  'agentName',
  'agentSurname',
  'company',
  'customerName',
  'customerNameVocative',
  'greeting',
] as const;
export type VariableName = (typeof VARIABLE_NAMES)[number];

export interface ChecklistDetect {
  /** Ticks when any of these phrases is typed. */
  phrases?: PhraseList;
  /** Ticks when the value of any of these context variables is typed (the company name). */
  variables?: VariableName[];
}

export interface ChecklistItem {
  id: string;
  text: LocalizedText;
  /** How typed text ticks the item; omitted = a manual reminder (tempo, smile, listening). */
  detect?: ChecklistDetect;
}

export type Checklists = Partial<Record<ChecklistKind, ChecklistItem[]>>;

/** A recommended phrase for the sidebar's library, with an optional typing abbreviation (`;sv`). */
export interface LibraryPhrase {
  id: string;
  situation: Situation;
  text: string;
  abbreviation?: string;
  /** Sites where the phrase is offered; omitted = every site. */
  sites?: SiteScope;
}

export interface ChangelogEntry {
  version: string;
  date?: string;
  notes: LocalizedText;
}

/** Detached Ed25519 signature over the canonical pack without this field. */
export interface SignatureEnvelope {
  algorithm: 'ed25519';
  keyId: string;
  value: string;
  /**
   * The signing key (base64 of the raw 32 bytes), so an agent who subscribes by URL can be asked
   * to trust it (trust on first use). Not trusted by itself: it must hash to `keyId`.
   */
  publicKey?: string;
}

export interface Pack {
  format: PackFormat;
  id: string;
  name: string;
  /** Semantic version «1.2.3». */
  version: string;
  author: string;
  /** Main language of the pack («lv»). */
  language: string;
  description?: LocalizedText;
  changelog?: ChangelogEntry[];
  /** Oldest engine that understands this pack; newer than the running engine = validation error. */
  minEngineVersion?: string;
  /** Layering order among team packs; higher wins. */
  priority?: number;
  /** Rule ids (of this or lower packs) that personal overrides may not change. */
  locked?: string[];
  signature?: SignatureEnvelope;
  rules: Rule[];
  checklists?: Checklists;
  phrases?: LibraryPhrase[];
  /** Guided call scripts (format 2 only). */
  scripts?: Script[];
}
