import type { Matcher, Rule } from '../../../lib/core/model/pack';
import { withoutDiacritics } from './personal/diacritics';

function fold(text: string): string {
  return withoutDiacritics(text).toLocaleLowerCase('lv');
}

function matcherWords(match: Matcher): string[] {
  switch (match.kind) {
    case 'phrase':
    case 'standalone':
      return match.phrases;
    case 'cooccurrence':
      return [...match.first, ...match.second, ...(match.standalone ?? [])];
    case 'count':
      return match.words;
    case 'time-greeting':
      return match.greetings.flatMap((g) => g.phrases);
    case 'nominative-address':
      return match.greetings;
    case 'case':
      return match.expected;
    default:
      return [];
  }
}

/** The search box matches a rule's id, reason, phrases and suggestions, diacritics optional. */
export function ruleMatchesQuery(rule: Rule, query: string): boolean {
  const wanted = fold(query.trim());
  if (wanted === '') return true;
  const haystack = [
    rule.id,
    rule.reason.lv,
    rule.reason.en ?? '',
    ...matcherWords(rule.match),
    ...rule.replacements,
  ];
  return haystack.some((text) => fold(text).includes(wanted));
}

export { matcherWords };
