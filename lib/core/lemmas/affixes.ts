/**
 * The subset of Hunspell's affix file (.aff) that the Latvian dictionary uses: SFX and PFX
 * classes with strip, add, continuation flags and a condition, and the NEEDAFFIX and CIRCUMFIX
 * flags. Flags are single characters (the file sets no FLAG type). Pure: the text is read by
 * the caller (the CLI from disk, the options page from the extension's own files).
 */

/** One condition position: a set of characters, its complement, or any character («.»). */
interface CondPart {
  chars: string;
  negate: boolean;
  any: boolean;
}

export interface AffixEntry {
  strip: string;
  add: string;
  /** Continuation flags of the affixed form (further affixes, CIRCUMFIX, NEEDAFFIX). */
  cont: string;
  /** Read from the word's end (SFX) or start (PFX), in reading order. */
  condition: CondPart[];
  /** The morphological field («is:2dttp»), when the line has one. */
  morph: string;
}

export interface AffixClass {
  flag: string;
  prefix: boolean;
  /** May combine with an affix of the other kind (cross product). */
  cross: boolean;
  entries: AffixEntry[];
}

export interface AffixTable {
  classes: Map<string, AffixClass>;
  needAffix: string;
  circumfix: string;
}

function parseCondition(text: string): CondPart[] {
  const parts: CondPart[] = [];
  if (text === '.') return parts;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '[') {
      const close = text.indexOf(']', i);
      const inner = text.slice(i + 1, close < 0 ? text.length : close);
      const negate = inner.startsWith('^');
      parts.push({ chars: negate ? inner.slice(1) : inner, negate, any: false });
      i = close < 0 ? text.length : close;
    } else if (c === '.') parts.push({ chars: '', negate: false, any: true });
    else parts.push({ chars: c, negate: false, any: false });
  }
  return parts;
}

function partMatches(part: CondPart, c: string): boolean {
  if (part.any) return true;
  return part.chars.includes(c) !== part.negate;
}

/** Does the condition hold at the word's end (suffix) or start (prefix)? */
export function conditionHolds(entry: AffixEntry, word: string, prefix: boolean): boolean {
  const cond = entry.condition;
  if (cond.length > word.length) return false;
  const offset = prefix ? 0 : word.length - cond.length;
  for (let k = 0; k < cond.length; k++)
    if (!partMatches(cond[k] as CondPart, word[offset + k] as string)) return false;
  return true;
}

export function parseAffixes(aff: string): AffixTable {
  const table: AffixTable = { classes: new Map(), needAffix: '', circumfix: '' };
  for (const raw of aff.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const f = line.split(/\s+/u);
    const head = f[0];
    if (head === 'NEEDAFFIX') table.needAffix = f[1] ?? '';
    else if (head === 'CIRCUMFIX') table.circumfix = f[1] ?? '';
    if ((head !== 'SFX' && head !== 'PFX') || f.length < 4) continue;
    const flag = f[1] as string;
    let cls = table.classes.get(flag);
    if (!cls) {
      // The header: «SFX D Y 15».
      cls = { flag, prefix: head === 'PFX', cross: f[2] === 'Y', entries: [] };
      table.classes.set(flag, cls);
      continue;
    }
    const strip = f[2] === '0' ? '' : (f[2] as string);
    const [addText, cont = ''] = (f[3] as string).split('/');
    cls.entries.push({
      strip,
      add: addText === '0' ? '' : (addText as string),
      cont,
      condition: parseCondition(f[4] ?? '.'),
      morph: f.slice(5).join(' '),
    });
  }
  return table;
}
