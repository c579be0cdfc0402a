import type { Channel, Pack, Phase } from '../model/pack';
import type { Language } from '../model/text';
import type { TextEdit } from './text-edit';
import type { Finding } from '../model/finding';

/** What the engine knows about the moment a text is written in. */
export interface CheckContext {
  /** Omitted: phase unknown, every phase's rules apply. */
  phase?: Phase;
  /** Omitted: channel unknown, every channel's rules apply. */
  channel?: Channel;
  /** "HH:MM" local clock; omitted: no time-of-day rule. */
  time?: string;
  repeatCall?: boolean;
  /** agentName, agentSurname, company, customerName, ... filled into suggestions. */
  variables?: Record<string, string>;
}

export interface CheckerOptions {
  /** Exactly these packs, later rules overriding earlier ones by id; omitted = the built-in pack. */
  packs?: Pack[];
  /** Rule ids switched off. */
  disabledRules?: string[];
  /** Language of messages and advice (default lv). */
  locale?: Language;
  /** Also match the old translit typing (sheit, kaa, ljoti). Default true. */
  translit?: boolean;
}

/** A diff the caller has already taken: `before` became the new text through `edit`. */
export interface KnownChange {
  before: string;
  edit: TextEdit;
}

/** Incremental checking of one field: re-checks only the sentences an edit touched. */
export interface CheckSession {
  /** `change`, when given, spares a second diff of a long text; it is used only if its
   * `before` is the text of the previous update. */
  update(text: string, context?: CheckContext, change?: KnownChange): Finding[];
  /** Forget the previous text (the next update is a full check). */
  reset(): void;
}

export interface Checker {
  check(text: string, context?: CheckContext): Finding[];
  /** A new incremental session; its results equal `check` on the same text and context. */
  session(): CheckSession;
  /** Ids of the rules that are compiled and switched on, in pack order. */
  readonly ruleIds: readonly string[];
}
