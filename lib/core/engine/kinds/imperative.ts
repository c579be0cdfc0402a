import * as v from 'valibot';
import { phraseList } from '../../packs/schema-parts';
import { foldRange } from '../fold';
import { IntList } from '../int-list';
import { Role } from '../roles';
import { T_DIGIT, T_TAIL_IES, T_TAIL_IET } from '../tokens';
import { foldedEndsWith, imperativeToInfinitive, isImperative2pl } from './imperative-grammar';
import { NEEDS_TAIL, type DetectorKind, type SentenceScan } from './kind';

/**
 * The imperative tokens of the sentence being checked, found once per sentence however many
 * imperative rules there are (the scan's epoch says which sentence a cached list belongs to).
 */
const found = new IntList(8);
let foundFor: SentenceScan | null = null;
let foundEpoch = -1;

function imperatives(s: SentenceScan, text: string): IntList {
  if (foundFor === s && foundEpoch === s.epoch) return found;
  foundFor = s;
  foundEpoch = s.epoch;
  found.clear();
  const t = s.tokens;
  for (let i = 0; i < t.count; i++) {
    const f = t.flags[i] as number;
    if (!(f & (T_TAIL_IET | T_TAIL_IES)) || f & T_DIGIT || t.letters(i) < 5) continue;
    const start = t.start[i] as number;
    const end = t.end[i] as number;
    if (f & T_TAIL_IES && !foldedEndsWith(text, start, end, 'ieties')) continue;
    if (isImperative2pl(foldRange(text, start, end))) found.push(i);
  }
  return found;
}

/** Is token `i` inside one of the rule's exempt courtesy formulas (atvainojiet, piedodiet)? */
function exempt(s: SentenceScan, rule: number, i: number): boolean {
  for (let h = s.head(rule); h >= 0; h = s.next(h)) {
    if (s.role(h) === Role.Exempt && s.from(h) <= i && s.to(h) >= i) return true;
  }
  return false;
}

/** The 2nd-person-plural imperative (Samaksājiet!, Atsūtiet!) with the engine's exclusions. */
export const imperativeKind: DetectorKind<'imperative', null> = {
  kind: 'imperative',
  finds: 'detector',
  needs: NEEDS_TAIL,
  label: { lv: 'pavēles izteiksme', en: 'imperative mood' },
  schema: { exempt: v.optional(phraseList()) },
  phraseLists: (m) => [m.exempt],
  compile(m, b) {
    b.addPhrases(m.exempt, Role.Exempt);
    return null;
  },
  skip: (t) => t.tailWords === 0,
  detect(s, rule, text) {
    if (!s.sentenceOk(rule)) return;
    const t = s.tokens;
    const list = imperatives(s, text);
    for (let k = 0; k < list.n; k++) {
      const i = list.get(k);
      if (exempt(s, rule.index, i) || !s.spanOk(rule, i, i)) continue;
      const { infinitive, conditional } = imperativeToInfinitive(
        text.slice(t.start[i] as number, t.end[i] as number),
      );
      s.emitTokens(i, i, { verbInfinitive: infinitive, verbConditional: conditional });
    }
  },
};
