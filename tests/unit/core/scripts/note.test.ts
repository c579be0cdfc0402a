import { describe, expect, it } from 'vitest';
import type { ScriptProgress } from '../../../../lib/core/model/script';
import { compileScript } from '../../../../lib/core/scripts/compile';
import { fillNote, noteVisible } from '../../../../lib/core/scripts/note';
import { answer, back, next, start } from '../../../../lib/core/scripts/navigate';
import { openObjection, returnFromObjection } from '../../../../lib/core/scripts/objections';
import { capture, dismissNote, finish } from '../../../../lib/core/scripts/record';
import { sampleScript } from './fixtures';

const c = compileScript(sampleScript());
const now = new Date(2026, 4, 10, 12, 0).getTime();

function ok(result: { ok: true; progress: ScriptProgress } | { ok: false }): ScriptProgress {
  if (!result.ok) throw new Error('expected ok');
  return result.progress;
}

function sale(): ScriptProgress {
  let p = next(c, next(c, start(c, now), now), now);
  p = openObjection(c, p, 'expensive', now);
  p = returnFromObjection(c, p, now);
  p = answer(c, p, 'later', now);
  p = back(c, p, now); // changed their mind: the trail drops «Atzvans»
  p = answer(c, p, 'yes', now);
  p = ok(capture(c, p, 'contractNumber', 'LV-2041', now));
  p = ok(capture(c, p, 'plan', 'plus', now));
  p = next(c, p, now);
  return ok(finish(c, p, 'sale', now));
}

describe('the call note', () => {
  it('fills captures, the path taken, the outcome, objections and the agent', () => {
    expect(fillNote(c, sale(), { agentName: 'Anna' })).toEqual({
      text: 'Iznākums: Pārdots. Līgums: LV-2041. Plāns: Plus. Gaita: Sveiciens → Ieraksts → Jautājums → Līgums → Atvadas. Iebildumi: Dārgi. Aģents: Anna.',
      slot: null,
    });
  });

  it("uses the outcome's own template, dates as people write them", () => {
    let p = answer(c, next(c, next(c, start(c, now), now), now), 'later', now);
    p = ok(capture(c, p, 'callbackDate', '2026-05-12', now));
    p = ok(finish(c, next(c, p, now), 'callback', now));
    expect(fillNote(c, p).text).toBe(
      'Atzvanīt 12.05.2026. Gaita: Sveiciens → Ieraksts → Jautājums → Atzvans → Atvadas.',
    );
  });

  it('leaves what is unknown as «…» and selects the first one; no objections reads «nav»', () => {
    const p = ok(
      finish(c, answer(c, next(c, next(c, start(c, now), now), now), 'no', now), 'refused', now),
    );
    const note = fillNote(c, p);
    expect(note.text).toBe(
      'Iznākums: Atteica. Līgums: …. Plāns: …. Gaita: Sveiciens → Ieraksts → Jautājums → Atvadas. Iebildumi: nav. Aģents: ….',
    );
    const at = note.text.indexOf('…');
    expect(note.slot).toEqual({ start: at, end: at + 1 });
    expect(note.text.slice(0, at)).toBe('Iznākums: Atteica. Līgums: ');
  });

  it('{constructor} and other prototype names are empty slots, not Object.prototype', () => {
    const s = sampleScript();
    s.note = '{constructor} {toString} {hasOwnProperty} {__proto__} {outcome}';
    const c2 = compileScript(s);
    const p = ok(finish(c2, start(c2, now), 'refused', now));
    expect(fillNote(c2, p, {}).text).toBe('… … … {__proto__} Atteica');
    const inherited = Object.create({ agentName: 'Inherited' }) as Record<string, string>;
    expect(fillNote(c, p, inherited).text).toContain('Aģents: ….');
  });

  it('shows once the call reaches an outcome, until dismissed', () => {
    const open = start(c, now);
    expect(noteVisible(open)).toBe(false);
    const ended = sale();
    expect(noteVisible(ended)).toBe(true);
    expect(noteVisible(dismissNote(ended))).toBe(false);
  });
});
