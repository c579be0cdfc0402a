import { describe, expect, it } from 'vitest';
import { compileScript } from '../../../../lib/core/scripts/compile';
import { markTyped, matchSteps } from '../../../../lib/core/scripts/match';
import { missingRequired } from '../../../../lib/core/scripts/missing';
import { next, start } from '../../../../lib/core/scripts/navigate';
import { sampleScript } from './fixtures';

const script = sampleScript();
script.steps[7]!.detect = { phrases: ['jauku dienu', 'visu labu'], variables: ['company'] };
const c = compileScript(script);

describe('matchSteps', () => {
  it.each([
    ['Labdien! Mans vārds ir Anna Ozola.', ['greet']],
    ['labdien, mans vards ir Anna', ['greet']],
    ['MANS VĀRDS IR ANNA', ['greet']],
    ['Informēju, ka saruna tiek ierakstīta.', ['recording']],
    ['Paldies! Visu labu!', ['bye']],
    ['Mans vārds ir Anna. Informēju, ka saruna tiek ierakstīta.', ['greet', 'recording']],
    ['Manš vārdsir Anna', []],
    ['sarunas tiek ierakstītas', []],
    ['', []],
  ])('%s', (text, steps) => {
    expect(matchSteps(c, text)).toEqual(steps);
  });

  it('a variable value typed says the step', () => {
    expect(
      matchSteps(c, 'Paldies, ka izvēlējāties SIA Zaļā Enerģija', { company: 'SIA Zaļā Enerģija' }),
    ).toEqual(['bye']);
    expect(matchSteps(c, 'SIA Zaļā Enerģija')).toEqual([]);
  });

  it('marks what was typed as said, which counts for a compliance step', () => {
    const p = next(c, next(c, start(c, 1), 2), 3);
    expect(missingRequired(c, p)[0]?.step).toBe('recording');
    const typed = markTyped(c, p, 'Informēju, ka saruna tiek ierakstīta.', {}, 4);
    expect(typed.said.recording).toEqual({ how: 'typed', at: 4 });
    expect(missingRequired(c, typed).map((m) => m.step)).not.toContain('recording');
    expect(markTyped(c, p, 'Nekas.', {}, 4)).toBe(p);
  });
});
