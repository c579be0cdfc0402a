import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../../../../lib/core/engine';
import { compile } from '../../../../lib/core/engine/compile';
import { scanSentence } from '../../../../lib/core/engine/scan';
import { lineState, type Segment } from '../../../../lib/core/engine/segment';
import { nextSegment } from './support/reference-segment';
import { tokenize } from '../../../../lib/core/engine/tokenize';
import { TokenBuffer } from '../../../../lib/core/engine/tokens';

const set = compile([BUILTIN_PACK]);

function snapshot(t: TokenBuffer): unknown {
  return {
    tokens: Array.from({ length: t.count }, (_, i) => [
      t.start[i],
      t.end[i],
      t.word[i],
      t.flags[i],
    ]),
    bangs: Array.from(t.bangRuns.data.subarray(0, t.bangRuns.n)),
    question: t.question,
    caps: t.capsWords,
    tails: t.tailWords,
    stats: [t.latvian, t.english, t.cyrillic, t.lowerWords, t.upperWords, t.reporting],
  };
}

/** The fused scanner against the two-pass reference (nextSegment, then tokenize). */
function compare(text: string): void {
  const a = new TokenBuffer();
  const b = new TokenBuffer();
  const sa: Segment = { start: 0, end: 0, state: 0, header: false, next: 0, nextState: 0 };
  const sb: Segment = { ...sa };
  let pa = 0;
  let pb = 0;
  let state = lineState(text, 0);
  let stateB = state;
  for (;;) {
    const more = scanSentence(text, pa, state, sa, set.vocab, true, a);
    const moreB = nextSegment(text, pb, stateB, sb);
    expect(more).toBe(moreB);
    if (!more) return;
    tokenize(text, sb.start, sb.end, sb.state, set.vocab, true, b);
    expect(sa).toEqual(sb);
    expect(snapshot(a)).toEqual(snapshot(b));
    pa = sa.next;
    pb = sb.next;
    state = sa.nextState;
    stateB = sb.nextState;
  }
}

const PIECES = [
  'Es nezinu',
  '. ',
  '! ',
  '?! ',
  '!!',
  '…',
  '...',
  ' ',
  '\n',
  '> ',
  'Klients: ',
  '«',
  '»',
  '„',
  '“',
  '”',
  '"',
  'piem.',
  ' 3. martā',
  'J. Bērziņš',
  'LŪDZU',
  'Samaksājiet',
  'sheit',
  '👍',
  'a\u0304',
  ',',
  ':',
  'rakstīja:',
  'x',
  'teica',
  'thank you',
  'Привет',
];

describe('fused sentence scanner', () => {
  it('matches segmentation + tokenization on generated texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), {
          maxLength: 30,
        }),
        (parts) => {
          compare(parts.join(''));
        },
      ),
      { numRuns: 400 },
    );
  });
});
