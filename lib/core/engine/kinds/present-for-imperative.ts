import { phraseList } from '../../packs/schema-parts';
import { Role } from '../roles';
import { T_CODE, T_DIGIT, T_LV_DIACRITIC } from '../tokens';
import type { TrieKind } from './kind';

/** Does the sentence use Latvian diacritics anywhere (so a plain «a» is meant as one)? */
function writesDiacritics(flags: Int32Array, count: number): boolean {
  for (let i = 0; i < count; i++) if ((flags[i] as number) & T_LV_DIACRITIC) return true;
  return false;
}

/**
 * Stems whose «-āt» infinitive, typed without diacritics, looks like a present form
 * («ludzu samaksat» is «lūdzu samaksāt», not a misspelt «samaksājiet»).
 */
const AT_INFINITIVE_STEMS = ['maks', 'jaut', 'run', 'strad', 'zin', 'dab', 'mekl'];

/**
 * The imperative a present-tense form was written for: -at → -iet, -aties → -ieties
 * (izvēlaties → izvēlieties, uzgaidat → uzgaidiet, samaksājat → samaksājiet); null when the
 * word is no such form. Without diacritics «-at» may be an infinitive in «-āt» (samaksat =
 * samaksāt): there «-jat», which no infinitive ends in, counts, and «-at» only after a stem that
 * has no such infinitive (parbaudat); a reflexive «-aties» counts, since «-ieties» is meant
 * either way (sazinaties → sazinieties).
 */
export function imperativeFor(word: string, diacritics: boolean): string | null {
  // Most words after «lūdzu» end otherwise: decided on the last letter before any copy.
  // (Latvian has no locale-specific case mappings, so the plain case functions are exact.)
  const last = word.charCodeAt(word.length - 1) | 0x20;
  if (last !== 0x74 && last !== 0x73) return null;
  const lower = word.toLowerCase();
  const reflexive = lower.endsWith('aties');
  if (!reflexive && !lower.endsWith('at')) return null;
  const stemLength = word.length - (reflexive ? 5 : 2);
  if (stemLength < 3) return null;
  if (!diacritics && !reflexive && lower[stemLength - 1] !== 'j') {
    const stem = lower.slice(0, stemLength);
    if (AT_INFINITIVE_STEMS.some((s) => stem.endsWith(s))) return null;
  }
  const ending = reflexive ? 'ieties' : 'iet';
  const imperative = word.slice(0, stemLength) + ending;
  return word === word.toUpperCase() ? imperative.toUpperCase() : imperative;
}

/** A present-tense verb right after «lūdzu» where the imperative is meant («Lūdzu, izvēlaties»). */
export const presentForImperativeKind: TrieKind<'present-for-imperative', null> = {
  kind: 'present-for-imperative',
  finds: 'trie',
  label: { lv: 'tagadne pavēles vietā', en: 'present tense for the imperative' },
  schema: { after: phraseList(1) },
  phraseLists: (m) => [m.after],
  compile(m, b) {
    b.addPhrases(m.after, Role.Main);
    return null;
  },
  evaluate(s, rule, text) {
    if (!s.sentenceOk(rule)) return;
    const t = s.tokens;
    let diacritics: boolean | null = null;
    for (let h = s.head(rule.index); h >= 0; h = s.next(h)) {
      if (s.role(h) !== Role.Main) continue;
      const i = s.to(h) + 1;
      if (i >= t.count || (t.flags[i] as number) & (T_DIGIT | T_CODE)) continue;
      diacritics ??= writesDiacritics(t.flags, t.count);
      const word = text.slice(t.start[i] as number, t.end[i] as number);
      const imperative = imperativeFor(word, diacritics);
      if (imperative && s.spanOk(rule, i, i)) s.emitTokens(i, i, { imperative });
    }
  },
};
