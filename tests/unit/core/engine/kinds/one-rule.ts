import { BUILTIN_PACK, createChecker, type CheckContext } from '../../../../../lib/core/engine';
import type { Matcher, Rule } from '../../../../../lib/core/model/pack';

/** A checker with one rule of the kind under test (and nothing else). */
export function oneRule(match: Matcher, rule: Partial<Rule> = {}) {
  const only: Rule = {
    id: 'under-test',
    severity: 'warning',
    reason: { lv: 'Pārbaude.' },
    replacements: [],
    match,
    ...rule,
  };
  const checker = createChecker({ packs: [{ ...BUILTIN_PACK, rules: [only] }] });
  return {
    /** The flagged spans of `text`, as text. */
    flagged: (text: string, context: CheckContext = {}) =>
      checker.check(text, context).map((f) => f.text),
    suggestions: (text: string, context: CheckContext = {}) =>
      checker.check(text, context).flatMap((f) => f.suggestions),
  };
}
