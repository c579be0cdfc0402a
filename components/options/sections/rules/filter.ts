import type { Matcher, Rule } from '../../../../lib/core/model/pack';
import { kindModule } from '../../../../lib/core/engine/kinds';
import { withoutDiacritics } from './personal/diacritics';

function fold(text: string): string {
  return withoutDiacritics(text).toLocaleLowerCase('lv');
}

/** The phrases a rule's matcher lists (the words a search can find it by). */
function matcherWords(match: Matcher): string[] {
  return kindModule(match.kind)
    .phraseLists(match)
    .flatMap((list) => list ?? []);
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
