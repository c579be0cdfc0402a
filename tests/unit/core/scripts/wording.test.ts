import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../../lib/core/engine';
import { createChecker } from '../../../../lib/core/engine';
import type { Script, ScriptStep } from '../../../../lib/core/model/script';
import { checkScripts, type WordingFinding } from '../../../../lib/core/scripts/validate';
import { sampleScript, STEP } from './fixtures';

function step(s: Script, index: number): ScriptStep {
  return s.steps[index] as ScriptStep;
}

/** A checker that records what it was asked and flags words it is told to. */
function fakeChecker(flag: Record<string, WordingFinding['severity']> = {}) {
  const calls: Array<{ text: string; context: CheckContext }> = [];
  return {
    calls,
    check(text: string, context: CheckContext): WordingFinding[] {
      calls.push({ text, context });
      return Object.entries(flag)
        .filter(([word]) => text.includes(word))
        .map(([word, severity]) => ({
          ruleId: `rule-${word}`,
          severity,
          message: 'Why.',
          text: word,
        }));
    },
  };
}

describe('script wording', () => {
  it('checks every say text with its phase and channel, slots filled with samples', () => {
    const checker = fakeChecker();
    checkScripts([sampleScript()], { checker });
    const greet = checker.calls.find((c) => c.text.startsWith('Labdien, Jāni!'));
    expect(greet).toEqual({
      text: 'Labdien, Jāni! Mans vārds ir Anna Ozola, SIA Piemērs.',
      context: { phase: 'opening', channel: 'call' },
    });
    const bye = checker.calls.find((c) => c.text.startsWith('Paldies par sarunu'));
    expect(bye?.context).toEqual({ phase: 'closing', channel: 'call' });
  });

  it('checks the repeat-call and resume steps as repeat calls, objection cards in the body', () => {
    const checker = fakeChecker();
    checkScripts([sampleScript()], { checker });
    const again = checker.calls.find((c) => c.text.includes('Zvanu vēlreiz'));
    expect(again?.context).toEqual({ phase: 'opening', channel: 'call', repeatCall: true });
    const card = checker.calls.find((c) => c.text.includes('zemāku cenu'));
    expect(card?.context).toEqual({ phase: 'body', channel: 'call' });
  });

  it('checks in each channel the script is for, reporting a finding once', () => {
    const s = sampleScript();
    s.appliesTo = { channels: ['call', 'chat'] };
    step(s, STEP.ask).say = ['Vai Jums būtu interesants XYZ plāns?'];
    const checker = fakeChecker({ XYZ: 'warning' });
    const { errors } = checkScripts([s], { checker });
    expect(
      checker.calls.filter((c) => c.text.includes('XYZ')).map((c) => c.context.channel),
    ).toEqual(['call', 'chat']);
    expect(errors).toHaveLength(1);
  });

  it('fills captured fields with plausible values, so slots do not trip rules', () => {
    const s = sampleScript();
    step(s, STEP.contract).say = [
      'Jūsu līgums {contractNumber}, {devices} ierīces, plāns {plan}, {consent}, {callbackDate}.',
    ];
    const checker = fakeChecker();
    checkScripts([s], { checker });
    expect(checker.calls.map((c) => c.text)).toContain(
      'Jūsu līgums 12345, 12 ierīces, plāns Pamata, jā, 15.03.2030.',
    );
  });

  it('a warning refuses the script; info is a warning; both name the rule and the path', () => {
    const s = sampleScript();
    step(s, STEP.ask).say = ['Vai Jums būtu interesants XYZ plāns?', 'Plāns ABC?'];
    const { errors, warnings } = checkScripts([s], {
      checker: fakeChecker({ XYZ: 'warning', ABC: 'info' }),
    });
    expect(errors).toEqual([
      {
        path: `scripts[0].steps[${STEP.ask}].say[0]`,
        lv: 'Teksts pārkāpj noteikumu «rule-XYZ» («XYZ»): Why.',
        en: 'The wording breaks the rule "rule-XYZ" ("XYZ"): Why.',
      },
    ]);
    expect(warnings).toEqual([
      {
        path: `scripts[0].steps[${STEP.ask}].say[1]`,
        lv: 'Ieteikums (noteikums «rule-ABC», «ABC»): Why.',
        en: 'Advice (rule "rule-ABC", "ABC"): Why.',
      },
    ]);
  });

  it('an engine failure is an error, not an exception', () => {
    const checker = {
      check(): WordingFinding[] {
        throw new Error('boom');
      },
    };
    const { errors } = checkScripts([sampleScript()], { checker });
    expect(errors[0]).toEqual({
      path: 'scripts[0].steps[0].say[0]',
      lv: 'Dzinēja kļūda, pārbaudot tekstu: boom',
      en: 'The engine failed on this text: boom',
    });
  });

  describe('with the engine and the built-in pack', () => {
    const checker = createChecker();

    it('the sample script passes', () => {
      expect(checkScripts([sampleScript()], { checker })).toEqual({ errors: [], warnings: [] });
    });

    it.each([
      ['«Es nezinu»', 'Es nezinu, kad tas būs gatavs.', 'es-nezinu', 'errors'],
      [
        '«Šeit runā…» in the opening',
        'Labdien! Šeit runā {agentName}.',
        'intro-seit-runa',
        'errors',
      ],
      ['«Atkal zvanu es!»', 'Atkal zvanu es!', 'repeat-call-atkal-es', 'errors'],
      ['an order', 'Samaksājiet rēķinu!', 'imperative-mood', 'errors'],
      ['a softened order (info)', 'Uzgaidiet, lūdzu.', 'imperative-softened', 'warnings'],
    ] as const)('%s', (_name, text, ruleId, list) => {
      const s = sampleScript();
      step(s, STEP.greet).say = [text];
      const result = checkScripts([s], { checker });
      expect(result[list]).toContainEqual(
        expect.objectContaining({
          path: 'scripts[0].steps[0].say[0]',
          en: expect.stringContaining(`"${ruleId}"`) as string,
        }),
      );
    });

    it('«čau» is refused in a closing step', () => {
      const s = sampleScript();
      step(s, STEP.bye).say = ['Paldies, čau!'];
      const { errors } = checkScripts([s], { checker });
      expect(errors.map((e) => e.en)).toEqual([expect.stringContaining('"farewell-informal"')]);
    });
  });
});
