/**
 * The offset of the first `[` or `{` nested deeper than `maxDepth`, or -1: one pass over the
 * text that skips strings, run before `JSON.parse`, because parsing 16 MB of `[` builds millions
 * of arrays (826 MB) only for the walk after it to refuse them. Brackets in malformed text are
 * counted as they come; JSON.parse reports the syntax.
 */
export function firstTooDeep(text: string, maxDepth: number): number {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Skip the string, escapes included; an unterminated one ends the scan.
      for (i++; i < n; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c /* \ */) i++;
        else if (s === 0x22) break;
      }
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return -1;
}
