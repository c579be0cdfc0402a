import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChecker, type CheckContext } from '../../../../lib/core/engine';
import { textEdit } from '../../../../lib/core/engine/text-edit';

const checker = createChecker();

const PIECES = [
  'Labdien! ',
  'Es nezinu. ',
  'Mēs to nevaram izdarīt! ',
  'Samaksājiet rēķinu!! ',
  'Nē. ',
  'čau',
  'Hallo, ',
  '«Es nezinu!» ',
  '"Nevaru palīdzēt" ',
  'Klients teica, ka nezinu. ',
  '\n',
  '\n> Es nezinu!\n',
  'Jānis rakstīja:\n',
  'Klients: nē!\n',
  'piem. ',
  '3. martā ',
  'Labdien, Jānis! ',
  'es pārbaudīšu ',
  'ES ',
  'LŪDZU SAMAKSĀJIET TŪLĪT ',
  'Lūdzu, atsūtiet līgumu. ',
  'Jums jāsamaksā. ',
  'Kā jau teicu, ',
  'tu ',
  '?! ',
  '… ',
  'Paldies, atā!',
  ' ',
  'x',
  '.',
  '!',
  '„',
  '“',
  '»',
  '«',
];

const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((a) => a.join(''));
const editArb = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })),
});

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe('incremental session', () => {
  it('returns the same findings as a full check after every edit (property)', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.array(editArb, { minLength: 1, maxLength: 8 }),
        fc.constantFrom<CheckContext>(
          {},
          { phase: 'closing' },
          { time: '14:00', phase: 'opening' },
        ),
        (start, edits, ctx) => {
          const session = checker.session();
          let text = start;
          expect(session.update(text, ctx)).toEqual(checker.check(text, ctx));
          for (const e of edits) {
            text = applyEdit(text, e);
            expect(session.update(text, ctx)).toEqual(checker.check(text, ctx));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('uses a diff the caller already took, and ignores one taken from another text (property)', () => {
    fc.assert(
      fc.property(textArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const session = checker.session();
        let text = start;
        session.update(text);
        for (const e of edits) {
          const before = text;
          text = applyEdit(text, e);
          expect(session.update(text, {}, { before, edit: textEdit(before, text) })).toEqual(
            checker.check(text),
          );
        }
        // A stale diff (not from the session's last text) must not be trusted.
        const other = applyEdit(text, { at: 0, remove: 0, insert: 'Es nezinu. ' });
        const stale = { before: `${text}x`, edit: { start: 0, oldEnd: 0, delta: 0 } };
        expect(session.update(other, {}, stale)).toEqual(checker.check(other));
      }),
      { numRuns: 200 },
    );
  });

  it('typing a long note character by character matches full checks', () => {
    const note =
      'Labdien! Es nezinu, kad būs piegāde. Samaksājiet rēķinu!! Klients: nē!\nTā nav mana vaina. Paldies, čau!';
    const session = checker.session();
    for (let i = 0; i <= note.length; i++) {
      const text = note.slice(0, i);
      expect(session.update(text)).toEqual(checker.check(text));
    }
  });

  it('a context change or reset starts over', () => {
    const session = checker.session();
    expect(session.update('Labrīt!', { time: '09:00' })).toEqual([]);
    expect(session.update('Labrīt!', { time: '15:00' }).map((f) => f.ruleId)).toEqual([
      'greeting-time-mismatch',
    ]);
    session.reset();
    expect(session.update('Nē!').map((f) => f.ruleId)).toEqual(['bare-ne']);
  });
});
