import type { MatcherKind } from '../../model/pack';
import { allCapsKind } from './all-caps';
import { caseKind } from './case';
import { cooccurrenceKind } from './cooccurrence';
import { countKind } from './count';
import { imperativeKind } from './imperative';
import type { KindModule } from './kind';
import { nominativeAddressKind } from './nominative-address';
import { phraseKind } from './phrase';
import { presentForImperativeKind } from './present-for-imperative';
import { punctuationRunKind } from './punctuation-run';
import { standaloneKind } from './standalone';
import { timeGreetingKind } from './time-greeting';

/**
 * Every matcher kind the engine implements, one module each. `satisfies` makes the compiler
 * name a kind of the pack format that has no module here, and a module missing a part.
 */
export const KINDS = {
  phrase: phraseKind,
  cooccurrence: cooccurrenceKind,
  standalone: standaloneKind,
  imperative: imperativeKind,
  count: countKind,
  'time-greeting': timeGreetingKind,
  'nominative-address': nominativeAddressKind,
  'all-caps': allCapsKind,
  'punctuation-run': punctuationRunKind,
  case: caseKind,
  'present-for-imperative': presentForImperativeKind,
} satisfies { [K in MatcherKind]: KindModule<K> };

export const MATCHER_KINDS = Object.keys(KINDS) as readonly MatcherKind[];

/** The module of a kind, typed for code that handles every kind alike. */
export function kindModule(kind: MatcherKind): KindModule {
  return KINDS[kind] as KindModule;
}

/** Does this engine implement a match kind? (An unknown kind is a pack validation error.) */
export function isMatcherKind(kind: string): kind is MatcherKind {
  return Object.hasOwn(KINDS, kind);
}
