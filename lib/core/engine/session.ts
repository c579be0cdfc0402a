import type { Entry } from './assemble';
import type { TextEdit } from './text-edit';
import { UNCHECKED, type SentenceChecker } from './evaluate';
import { LINE_WINDOW, lineState } from './segment';

function blank(): Entry {
  return { start: 0, end: 0, state: 0, header: false, next: 0, nextState: 0, result: UNCHECKED };
}

/** Segments and checks a whole text. */
export function checkAll(
  text: string,
  checker: SentenceChecker,
  active: Uint8Array,
  minute: number,
): Entry[] {
  const entries: Entry[] = [];
  let pos = 0;
  let state = lineState(text, 0);
  for (;;) {
    const seg = blank();
    if (!checker.scan(text, pos, state, seg)) break;
    seg.result = checker.checkTokens(text, seg, active, minute);
    entries.push(seg);
    pos = seg.next;
    state = seg.nextState;
  }
  return entries;
}

function firstEndingAtOrAfter(entries: readonly Entry[], pos: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as Entry).end < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function indexOfStart(entries: readonly Entry[], start: number, from: number): number {
  let lo = from;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as Entry).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < entries.length && (entries[lo] as Entry).start === start ? lo : -1;
}

/**
 * Re-checks only the sentences an edit touched. Sentence results do not depend on where a
 * sentence sits, so sentences before the edit are kept, sentences after it are kept with
 * shifted offsets, and scanning resumes one sentence before the edit (a changed word can move
 * the previous sentence's end) until it meets an old sentence start with the same state.
 */
export function recheck(
  old: readonly Entry[],
  text: string,
  edit: TextEdit,
  checker: SentenceChecker,
  active: Uint8Array,
  minute: number,
): Entry[] {
  const p = edit.start;
  const { delta } = edit;
  const suffixStart = edit.oldEnd + delta;
  let i0 = Math.max(0, firstEndingAtOrAfter(old, p) - 1);
  let pos = 0;
  let state: number;
  if (i0 === 0 || i0 >= old.length) {
    // The edit touches the first sentence (or there was none): scan from the top.
    i0 = 0;
    state = lineState(text, 0);
  } else {
    const first = old[i0] as Entry;
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
    if (p - lineStart <= LINE_WINDOW) {
      // The edit may change how the line starts («Klients:», «>»): rescan the line.
      while (i0 > 0 && (old[i0 - 1] as Entry).start >= lineStart) i0--;
      pos = lineStart;
      state = lineState(text, lineStart);
    } else {
      pos = first.start;
      state = first.state;
    }
  }
  const entries: Entry[] = old.slice(0, i0);
  let searchFrom = i0;
  for (;;) {
    const seg = blank();
    if (!checker.scan(text, pos, state, seg)) break;
    if (seg.start >= suffixStart && seg.start > p) {
      const k = indexOfStart(old, seg.start - delta, searchFrom);
      if (k >= 0 && (old[k] as Entry).state === seg.state) {
        // The session owns these entries and drops the old list, so they are shifted in place.
        for (let j = k; j < old.length; j++) {
          const e = old[j] as Entry;
          if (delta !== 0) {
            e.start += delta;
            e.end += delta;
            e.next += delta;
          }
          entries.push(e);
        }
        return entries;
      }
      if (k >= 0) searchFrom = k;
    }
    let reused: Entry | null = null;
    if (seg.end <= p) {
      const k = indexOfStart(old, seg.start, i0);
      const e = k >= 0 ? (old[k] as Entry) : null;
      if (e && e.end === seg.end && e.state === seg.state && e.header === seg.header) reused = e;
    }
    seg.result = reused ? reused.result : checker.checkTokens(text, seg, active, minute);
    entries.push(seg);
    pos = seg.next;
    state = seg.nextState;
  }
  return entries;
}
