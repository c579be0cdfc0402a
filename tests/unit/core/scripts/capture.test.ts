import { describe, expect, it } from 'vitest';
import type { ScriptCapture } from '../../../../lib/core/model/script';
import { formatCapture, parseCapture, type RawCapture } from '../../../../lib/core/scripts/capture';
import { compileScript } from '../../../../lib/core/scripts/compile';
import { answer, next, start } from '../../../../lib/core/scripts/navigate';
import { capture, dismissNote, finish } from '../../../../lib/core/scripts/record';
import { sampleScript } from './fixtures';

const label = { lv: 'Lauks', en: 'Field' };
const TEXT: ScriptCapture = { id: 't', kind: 'text', label, maxLength: 5 };
const NUMBER: ScriptCapture = { id: 'n', kind: 'number', label, min: 1, max: 100, integer: true };
const DECIMAL: ScriptCapture = { id: 'd', kind: 'number', label };
const DATE: ScriptCapture = { id: 'dt', kind: 'date', label, notPast: true };
const CHOICE: ScriptCapture = {
  id: 'c',
  kind: 'choice',
  label,
  options: [
    { id: 'basic', label: { lv: 'Pamata plāns', en: 'Basic plan' } },
    { id: 'plus', label: { lv: 'Plus' } },
  ],
};
const YESNO: ScriptCapture = { id: 'y', kind: 'yesno', label };
const TODAY = '2026-05-10';

describe('parseCapture', () => {
  it.each<[string, ScriptCapture, RawCapture, unknown]>([
    ['text, trimmed', TEXT, '  LV-1 ', 'LV-1'],
    ['empty clears', TEXT, '   ', null],
    ['a whole number', NUMBER, '42', 42],
    ['a number with spaces', DECIMAL, '1 250', 1250],
    ['a Latvian decimal comma', DECIMAL, '12,5', 12.5],
    ['a number as a number', DECIMAL, 7.25, 7.25],
    ['a date YYYY-MM-DD', DATE, '2026-05-12', '2026-05-12'],
    ['a date DD.MM.YYYY', DATE, '12.05.2026', '2026-05-12'],
    ['a date D.M.YYYY.', DATE, '1.6.2026.', '2026-06-01'],
    ['today is not past', DATE, '10.05.2026', '2026-05-10'],
    ['a leap day', DATE, '29.02.2028', '2028-02-29'],
    ['a choice by id', CHOICE, 'plus', 'plus'],
    ['a choice by label, any case, no diacritics', CHOICE, 'pamata plans', 'basic'],
    ['a choice by English label', CHOICE, 'Basic plan', 'basic'],
    ['yes/no: jā', YESNO, 'Jā', true],
    ['yes/no: ne typed without diacritics', YESNO, 'ne', false],
    ['yes/no: a boolean', YESNO, false, false],
  ])('%s', (_name, def, raw, value) => {
    expect(parseCapture(def, raw, TODAY)).toEqual({ ok: true, value });
  });

  it.each<[string, ScriptCapture, RawCapture, string]>([
    ['text too long', TEXT, 'LV-123', 'too long (at most 5 characters).'],
    ['not a number', NUMBER, 'divi', '"divi" is not a number.'],
    ['a fraction where a whole number is needed', NUMBER, '2,5', 'a whole number is needed.'],
    ['below min', NUMBER, '0', 'must be at least 1.'],
    ['above max', NUMBER, '101', 'must be at most 100.'],
    ['not a date', DATE, 'rīt', '"rīt" is not a date: write YYYY-MM-DD or DD.MM.YYYY.'],
    ['a US date', DATE, '05/12/2026', 'is not a date'],
    ['31 February', DATE, '31.02.2026', 'there is no such date: 31.02.2026.'],
    ['month 13', DATE, '2026-13-01', 'there is no such date'],
    ['29 February of a common year', DATE, '2027-02-29', 'there is no such date'],
    ['a past call-back date', DATE, '09.05.2026', 'the date 09.05.2026 is in the past.'],
    ['an unknown option', CHOICE, 'gold', 'choose one of: "Basic plan", "Plus".'],
    ['neither yes nor no', YESNO, 'varbūt', 'answer "yes" or "no".'],
  ])('refuses %s', (_name, def, raw, en) => {
    const result = parseCapture(def, raw, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.en).toContain(en);
      expect(result.error.lv.startsWith('«Lauks»: ')).toBe(true);
    }
  });

  it('formats values for people', () => {
    expect(formatCapture(DECIMAL, 12.5)).toBe('12,5');
    expect(formatCapture(DECIMAL, 12.5, 'en')).toBe('12.5');
    expect(formatCapture(DATE, '2026-05-12')).toBe('12.05.2026');
    expect(formatCapture(CHOICE, 'basic')).toBe('Pamata plāns');
    expect(formatCapture(CHOICE, 'basic', 'en')).toBe('Basic plan');
    expect(formatCapture(YESNO, true)).toBe('jā');
    expect(formatCapture(YESNO, false, 'en')).toBe('no');
  });
});

describe('capture and finish in a call', () => {
  const c = compileScript(sampleScript());
  const may10 = new Date(2026, 4, 10, 14, 30).getTime();
  const atCallback = answer(c, next(c, next(c, start(c, may10), may10), may10), 'later', may10);

  it('stores a valid value and refuses a bad date with the reason', () => {
    const ok = capture(c, atCallback, 'callbackDate', '12.05.2026', may10);
    expect(ok).toEqual({
      ok: true,
      progress: { ...atCallback, captures: { callbackDate: '2026-05-12' } },
    });
    expect(capture(c, atCallback, 'callbackDate', '32.05.2026', may10)).toEqual({
      ok: false,
      error: {
        lv: '«Atzvana datums»: tāda datuma nav: 32.05.2026.',
        en: '"Call-back date": there is no such date: 32.05.2026.',
      },
    });
    expect(capture(c, atCallback, 'callbackDate', '09.05.2026', may10).ok).toBe(false);
  });

  it('clears with empty input; an unknown field is refused', () => {
    const filled = capture(c, atCallback, 'contractNumber', 'LV-1', may10);
    if (!filled.ok) throw new Error('expected ok');
    const cleared = capture(c, filled.progress, 'contractNumber', '', may10);
    expect(cleared.ok && cleared.progress.captures).toEqual({});
    expect(capture(c, atCallback, 'iban', 'x', may10)).toEqual({
      ok: false,
      error: { lv: 'Šajā skriptā nav lauka «iban».', en: 'This script has no field "iban".' },
    });
  });

  it("finish needs the outcome's required fields, then closes the path", () => {
    expect(finish(c, atCallback, 'callback', may10 + 5)).toEqual({
      ok: false,
      error: {
        lv: 'Lai pabeigtu ar «Norunāts atzvans», aizpildiet: «Atzvana datums».',
        en: 'To end with "Call-back agreed", fill in: "Call-back date".',
      },
    });
    const filled = capture(c, atCallback, 'callbackDate', '2026-05-12', may10);
    if (!filled.ok) throw new Error('expected ok');
    const done = finish(c, filled.progress, 'callback', may10 + 5);
    if (!done.ok) throw new Error('expected ok');
    expect(done.progress.outcome).toEqual({ id: 'callback', at: may10 + 5 });
    expect(done.progress.path.at(-1)).toMatchObject({ leftAt: may10 + 5, leftBy: 'finish' });
    // The call has ended: moves do nothing, the note can be dismissed once.
    expect(next(c, done.progress, may10 + 6)).toBe(done.progress);
    const dismissed = dismissNote(done.progress);
    expect(dismissed.noteDismissed).toBe(true);
    expect(dismissNote(dismissed)).toBe(dismissed);
    expect(finish(c, atCallback, 'won', may10).ok).toBe(false);
  });
});
