import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../../lib/core/engine';

const checker = createChecker();

describe('offsets are UTF-16 offsets into the original text', () => {
  it('after an emoji (a surrogate pair)', () => {
    const text = '👍🏽 Labi. Es nezinu!';
    const f = checker.check(text).find((x) => x.ruleId === 'es-nezinu');
    expect(f).toBeDefined();
    expect(text.slice(f?.start, f?.end)).toBe('Es nezinu');
    expect(f?.text).toBe('Es nezinu');
  });

  it('after and inside combining marks (decomposed ā, ē)', () => {
    const decomposed = 'Pa\u0304rbaudi\u0304ju. Me\u0304s to nevaram izdari\u0304t!';
    const f = checker.check(decomposed).find((x) => x.ruleId === 'cannot-do');
    expect(f).toBeDefined();
    expect(decomposed.slice(f?.start, f?.end)).toBe('Me\u0304s to nevaram izdari\u0304t!');
  });

  it('a decomposed word matches its precomposed rule phrase', () => {
    const text = 'Tas ir viss. Ne\u0304!';
    const f = checker.check(text).find((x) => x.ruleId === 'bare-ne');
    expect(text.slice(f?.start, f?.end)).toBe('Ne\u0304!');
  });

  it('keeps the original case and diacritics in the finding text', () => {
    const text = 'Ok. NEZINU, kad.';
    const f = checker.check(text).find((x) => x.ruleId === 'es-nezinu');
    expect(f?.text).toBe('NEZINU');
    expect(f?.start).toBe(4);
  });

  it('word boundaries follow letters, not \\b', () => {
    expect(checker.check('Čaukstēt').map((f) => f.ruleId)).toEqual([]);
    const f = checker.check('čau').find((x) => x.ruleId === 'greeting-informal');
    expect([f?.start, f?.end]).toEqual([0, 3]);
  });
});
