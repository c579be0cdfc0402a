import { foldCode } from '../chars';

/**
 * The 2nd-person-plural imperative (Samaksājiet!, Atsūtiet!, Sazinieties!) recognised on a
 * folded word. Every such form ends in -iet / -ieties, but so do the future (saņemsiet), «iet»
 * and its compounds (aiziet, jāiet), a few other -iet verbs, adverbs (mazliet, šķiet, citviet)
 * and vocatives (sieviet). The exclusions follow REFERENCE.md.
 */
const ROOTS = new Set([
  'iet',
  'skriet',
  'smiet',
  'smieties',
  'liet',
  'siet',
  'riet',
  'dziet',
  'diet',
]);
const PREFIXES = ['aiz', 'ap', 'at', 'ie', 'iz', 'no', 'pa', 'par', 'pie', 'sa', 'uz', 'ne', 'ja'];
const WORDS = new Set(['mazliet', 'skiet', 'ciet', 'mariet', 'quiet', 'diet', 'soviet', 'kluset']);
/** Present stems ending in -s whose imperative therefore ends in -siet (lasiet, nesiet). */
const S_STEMS = ['las', 'nes', 'pras', 'tais', 'dzes', 'klaus', 'ples', 'kas', 'vers'];
/** atvērt / aizvērt: -vērsiet is their future, not the imperative of vērst. */
const FUTURE_VERS = ['atvers', 'aizvers'];

function isPrefixChain(s: string, depth: number): boolean {
  if (s === '') return true;
  if (depth === 0) return false;
  return PREFIXES.some((p) => s.startsWith(p) && isPrefixChain(s.slice(p.length), depth - 1));
}

function isIetVerbForm(w: string): boolean {
  for (const root of ROOTS) {
    if (w.endsWith(root) && isPrefixChain(w.slice(0, w.length - root.length), 2)) return true;
  }
  return false;
}

const memo = new Map<string, boolean>();

/** Is the folded word a 2nd-person-plural imperative? (Memoised: the same verbs recur.) */
export function isImperative2pl(w: string): boolean {
  let known = memo.get(w);
  if (known === undefined) {
    known = classify(w);
    if (memo.size > 4096) memo.clear();
    memo.set(w, known);
  }
  return known;
}

/**
 * Is the stem an s-stem verb with its prefixes (atnes, izlasīs → izlas, pievērs)? Only then is
 * a -siet word an imperative; «redzēsiet», «palīdzēsiet» end in «-dzes» too, but «re-» and
 * «palī-» are no prefixes: they are the future.
 */
function isSStem(stem: string): boolean {
  if (FUTURE_VERS.some((f) => stem.endsWith(f) && isPrefixChain(stem.slice(0, -f.length), 2)))
    return false;
  return S_STEMS.some((s) => stem.endsWith(s) && isPrefixChain(stem.slice(0, -s.length), 2));
}

function classify(w: string): boolean {
  if (w.length < 5) return false;
  let stem: string;
  if (w.endsWith('ieties')) stem = w.slice(0, -6);
  else if (w.endsWith('iet')) stem = w.slice(0, -3);
  else return false;
  if (WORDS.has(w) || (w.startsWith('ne') && WORDS.has(w.slice(2)))) return false;
  // citviet, daudzviet, dažviet, latviet, sieviet … (stāviet is the one imperative among them).
  if (w.endsWith('viet') && !w.endsWith('staviet')) return false;
  // Before the «iet» compounds: atnesiet is at-nes-iet, not at-ne-siet.
  if (stem.endsWith('s')) return isSStem(stem);
  if (isIetVerbForm(w)) return false;
  return stem.length >= 2;
}

/**
 * The infinitive and conditional of an imperative, when its form gives them away
 * (samaksājiet → samaksāt / samaksātu, noskaidrojiet → noskaidrot / noskaidrotu); otherwise
 * empty, and the suggestion keeps a slot for the agent to type.
 */
export function imperativeToInfinitive(word: string): { infinitive: string; conditional: string } {
  const lower = word.toLowerCase(); // Latvian has no special casing rules
  const m = /^(.+[āoē])jiet$/u.exec(lower);
  if (!m || m[1] === undefined) return { infinitive: '', conditional: '' };
  return { infinitive: `${m[1]}t`, conditional: `${m[1]}tu` };
}

/** Does text[start, end), folded, end with `suffix`? Checked on char codes, without a string. */
export function foldedEndsWith(text: string, start: number, end: number, suffix: string): boolean {
  let k = suffix.length - 1;
  for (let i = end - 1; k >= 0; i--) {
    if (i < start) return false;
    const f = foldCode(text.charCodeAt(i));
    if (f === 0) continue;
    if (f !== suffix.charCodeAt(k)) return false;
    k--;
  }
  return true;
}
