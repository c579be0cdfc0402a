import * as v from 'valibot';
import { phraseList } from '../../packs/schema-parts';
import { foldRange } from '../fold';
import { IntList } from '../int-list';
import { Role } from '../roles';
import { T_CODE, T_DIGIT, T_LV_DIACRITIC, T_TAIL_IES, T_TAIL_IET } from '../tokens';
import { foldedEndsWith, imperativeToInfinitive, isImperative2pl } from './imperative-grammar';
import { NEEDS_TAIL, type DetectorKind, type SentenceScan } from './kind';

/**
 * The imperative tokens of the sentence being checked, found once per sentence however many
 * imperative rules there are (the scan's epoch says which sentence a cached list belongs to).
 */
const found = new IntList(8);
let foundFor: SentenceScan | null = null;
let foundEpoch = -1;

/**
 * Does the written word end in a plain «-iet» / «-ieties»? Folding makes «iniciēt» (an
 * infinitive) look like «iniciet»; a long vowel written in the ending says it is not one.
 */
function plainTail(text: string, start: number, end: number, reflexive: boolean): boolean {
  const e = end - (reflexive ? 3 : 0);
  if (e - 3 < start) return false;
  const i = text.charCodeAt(e - 3) | 0x20;
  const ee = text.charCodeAt(e - 2) | 0x20;
  return i === 0x69 && ee === 0x65;
}

function imperatives(s: SentenceScan, text: string): IntList {
  if (foundFor === s && foundEpoch === s.epoch) return found;
  foundFor = s;
  foundEpoch = s.epoch;
  found.clear();
  const t = s.tokens;
  for (let i = 0; i < t.count; i++) {
    const f = t.flags[i] as number;
    if (!(f & (T_TAIL_IET | T_TAIL_IES)) || f & (T_DIGIT | T_CODE) || t.letters(i) < 5) continue;
    const start = t.start[i] as number;
    const end = t.end[i] as number;
    const reflexive = (f & T_TAIL_IES) !== 0;
    if (reflexive && !foldedEndsWith(text, start, end, 'ieties')) continue;
    if (f & T_LV_DIACRITIC && !plainTail(text, start, end, reflexive)) continue;
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

interface ImperativeParams {
  /** Only the listed imperatives are flagged (the rule names `verbs`). */
  listed: boolean;
}

function emitVerb(s: SentenceScan, text: string, i: number): void {
  const t = s.tokens;
  const { infinitive, conditional } = imperativeToInfinitive(
    text.slice(t.start[i] as number, t.end[i] as number),
  );
  s.emitTokens(i, i, { verbInfinitive: infinitive, verbConditional: conditional });
}

/**
 * The 2nd-person-plural imperative (Samaksājiet!, Atsūtiet!). With `verbs`, only those
 * imperatives (the demands: paying, sending, coming, waiting …) are flagged; without, every
 * imperative the grammar recognises. A list item («1. Atveriet…», «- Uzgaidiet…») is a step
 * the customer follows, never an order.
 */
export const imperativeKind: DetectorKind<'imperative', ImperativeParams> = {
  kind: 'imperative',
  finds: 'detector',
  needs: NEEDS_TAIL,
  label: { lv: 'pavēles izteiksme', en: 'imperative mood' },
  schema: { verbs: v.optional(phraseList(1)), exempt: v.optional(phraseList()) },
  phraseLists: (m) => [m.verbs, m.exempt],
  compile(m, b) {
    b.addPhrases(m.verbs, Role.Main);
    b.addPhrases(m.exempt, Role.Exempt);
    return { listed: m.verbs !== undefined };
  },
  skip: (t) => t.tailWords === 0,
  detect(s, rule, text) {
    if (s.stepLine || !s.sentenceOk(rule)) return;
    const r = rule.index;
    if (rule.params.listed) {
      for (let h = s.head(r); h >= 0; h = s.next(h)) {
        if (s.role(h) !== Role.Main) continue;
        const i = s.from(h);
        if ((s.tokens.flags[i] as number) & T_CODE || exempt(s, r, i)) continue;
        if (s.spanOk(rule, i, s.to(h))) emitVerb(s, text, i);
      }
      return;
    }
    const list = imperatives(s, text);
    for (let k = 0; k < list.n; k++) {
      const i = list.get(k);
      if (exempt(s, r, i) || !s.spanOk(rule, i, i)) continue;
      emitVerb(s, text, i);
    }
  },
};
