import { assembleKept, Totals, type Entry } from './assemble';
import type { CompiledSet } from './compile';
import type { SentenceChecker } from './evaluate';
import { QUOTED_LINE } from './quotes';
import { lineState, type Segment } from './segment';
import type { Finding } from '../model/finding';
import type { Language } from '../model/text';

/**
 * A whole text checked once (no session): what `assemble(checkAll(…))` returns, but only the
 * sentences with findings or counts are kept as entries; the others just add to the totals.
 * Nothing after an e-mail history header and no `>` line can contribute, so neither is
 * evaluated, and scanning stops at the header.
 */
export function checkText(
  set: CompiledSet,
  text: string,
  sentences: SentenceChecker,
  active: Uint8Array,
  minute: number,
  variables: Record<string, string>,
  locale: Language,
): Finding[] {
  const totals = new Totals();
  const kept: Entry[] = [];
  const keptIndex: number[] = [];
  const seg: Segment = { start: 0, end: 0, state: 0, header: false, next: 0, nextState: 0 };
  let pos = 0;
  let state = lineState(text, 0);
  for (let index = 0; sentences.scan(text, pos, state, seg); index++) {
    if (seg.header) break;
    pos = seg.next;
    state = seg.nextState;
    if (seg.state & QUOTED_LINE) continue;
    sentences.evaluateTokens(text, seg, active, minute);
    if (sentences.found) {
      const result = sentences.result();
      totals.add(result, index);
      kept.push({
        start: seg.start,
        end: seg.end,
        state: seg.state,
        header: seg.header,
        next: seg.next,
        nextState: seg.nextState,
        result,
      });
      keptIndex.push(index);
    } else totals.addTokens(sentences.stats, index);
  }
  return assembleKept(set, totals, kept, keptIndex, text, variables, locale);
}
