import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK, createChecker } from '../../../../lib/core/engine';
import type { Pack } from '../../../../lib/core/model/pack';

const checker = createChecker();
const ids = (text: string, ctx = {}): string[] => checker.check(text, ctx).map((f) => f.ruleId);

describe('context', () => {
  it('greeting rules only in the opening (or unknown phase) and only in the first sentence', () => {
    expect(ids('Hallo, te Anna.')).toContain('greeting-hallo');
    expect(ids('Hallo, te Anna.', { phase: 'opening' })).toContain('greeting-hallo');
    expect(ids('Hallo, te Anna.', { phase: 'closing' })).not.toContain('greeting-hallo');
    expect(ids('Labdien! Hallo, te Anna.')).not.toContain('greeting-hallo');
  });

  it('farewell rules only in the last sentence', () => {
    expect(ids('Čau! Paldies par zvanu.', { phase: 'closing' })).not.toContain('farewell-informal');
    expect(ids('Paldies par zvanu. Čau!', { phase: 'closing' })).toContain('farewell-informal');
  });

  it('time-of-day greeting needs a clock', () => {
    expect(ids('Labrīt!', { time: '14:00' })).toContain('greeting-time-mismatch');
    expect(ids('Labrīt!', { time: 'later' })).not.toContain('greeting-time-mismatch');
  });

  it('fills suggestions from the context, derives the vocative and the greeting', () => {
    const f = checker
      .check('Hallo!', { time: '19:10', variables: { agentName: 'Anna', customerName: 'Jānis' } })
      .find((x) => x.ruleId === 'greeting-hallo');
    expect(f?.suggestions).toEqual(['Labvakar', 'Labvakar! Mans vārds ir Anna']);
    const g = checker
      .check('Čau!', { variables: { customerName: 'Edgars' } })
      .find((x) => x.ruleId === 'greeting-informal');
    expect(g?.suggestions).toContain('Labdien, Edgar');
  });

  it('an empty slot shows «…» and says where it is', () => {
    const f = checker.check('Nezinu.').find((x) => x.ruleId === 'es-nezinu');
    const last = f?.suggestions[2] ?? '';
    expect(last).toBe('Noskaidrošu un informēšu Jūs līdz …');
    expect(last).not.toMatch(/[{}]/u);
    expect(f?.suggestionSlots?.[2]).toEqual({ start: last.length - 1, end: last.length });
  });

  it('suggestions follow the case of the flagged words', () => {
    const f = checker.check('Tad nosūtiet dokumentus.').find((x) => x.ruleId === 'imperative-mood');
    expect(f?.suggestions[0]).toBe('labāk būtu, ja Jūs …');
    const g = checker.check('Samaksājiet rēķinu.').find((x) => x.ruleId === 'imperative-mood');
    expect(g?.suggestions[0]).toBe('Labāk būtu, ja Jūs samaksātu');
  });

  it('a sentence-level rule covers and replaces the whole sentence', () => {
    const text = 'Paldies. Tā nav mana vaina! Bet palīdzēšu.';
    const f = checker.check(text).find((x) => x.ruleId === 'blame-not-my-fault');
    expect(f?.text).toBe('Tā nav mana vaina!');
  });

  it('e-mail quoted history is not the agent’s text', () => {
    const mail = 'Labdien!\nRēķins ir nosūtīts.\n\n> Es nezinu, ko darīt!\n> Nevaru samaksāt.';
    expect(ids(mail, { channel: 'email' })).not.toContain('es-nezinu');
    const header =
      'Labdien!\nNosūtīsim rīt.\n\n2024. gada 3. martā Jānis Bērziņš rakstīja:\nEs nezinu! Tā nav mana vaina!';
    expect(ids(header)).toEqual([]);
    const wrote = 'Thanks.\nOn Mon, John wrote:\nNē!';
    expect(ids(wrote)).not.toContain('bare-ne');
  });

  it('customer transcript lines and reported speech are not the agent’s words', () => {
    expect(ids('Klients: es nezinu, ko darīt!')).not.toContain('es-nezinu');
    expect(ids('Klients teica, ka viņi nevar palīdzēt.')).not.toContain('cannot-do');
    expect(ids('Klients jautāja, kas zvana.')).not.toContain('kas-zvana');
  });

  it('Latvian rules are skipped on English or Russian replies, not on short or mixed text', () => {
    expect(ids('Thank you, we will check it and call you back. Hallo!')).toEqual([]);
    expect(ids('Спасибо, мы проверим и перезвоним вам. Nē!')).toEqual([]);
    expect(ids('OK, es nezinu')).toContain('es-nezinu');
    expect(ids('Sorry, es nezinu, kur ir the invoice.')).toContain('es-nezinu');
  });

  it('channels and repeat calls narrow rules', () => {
    const pack: Pack = {
      ...BUILTIN_PACK,
      rules: [
        { ...BUILTIN_PACK.rules.find((r) => r.id === 'es-nezinu')!, repeatCall: true },
        { ...BUILTIN_PACK.rules.find((r) => r.id === 'bare-ne')!, repeatCall: false },
        { ...BUILTIN_PACK.rules.find((r) => r.id === 'informal-tu-address')! },
      ],
    };
    const c = createChecker({ packs: [pack] });
    const r = (t: string, ctx = {}): string[] => c.check(t, ctx).map((f) => f.ruleId);
    expect(r('Nezinu.')).toEqual([]);
    expect(r('Nezinu.', { repeatCall: true })).toEqual(['es-nezinu']);
    expect(r('Nē.')).toEqual(['bare-ne']);
    expect(r('Nē.', { repeatCall: true })).toEqual([]);
    expect(r('Tev jāzvana.', { channel: 'note' })).toEqual([]);
    expect(r('Tev jāzvana.', { channel: 'chat' })).toEqual(['informal-tu-address']);
  });

  it('uses exactly the packs given; later rules override earlier ones; disabledRules switch off', () => {
    const override: Pack = {
      ...BUILTIN_PACK,
      id: 'team',
      rules: [
        {
          ...BUILTIN_PACK.rules.find((r) => r.id === 'es-nezinu')!,
          severity: 'info',
          replacements: ['Noskaidrošu'],
        },
      ],
    };
    const c = createChecker({ packs: [BUILTIN_PACK, override] });
    const f = c.check('Es nezinu.').find((x) => x.ruleId === 'es-nezinu');
    expect(f?.severity).toBe('info');
    expect(f?.suggestions).toEqual(['Noskaidrošu']);
    expect(createChecker({ packs: [override] }).check('Hallo!').length).toBe(0);
    expect(createChecker({ disabledRules: ['es-nezinu'] }).check('Es nezinu.')).toEqual([]);
    const off: Pack = { ...override, rules: [{ ...override.rules[0]!, enabled: false }] };
    expect(
      createChecker({ packs: [BUILTIN_PACK, off] })
        .check('Es nezinu.')
        .map((x) => x.ruleId),
    ).toEqual([]);
  });

  it('English messages on request', () => {
    const en = createChecker({ locale: 'en' });
    expect(en.check('Nē!')[0]?.message).toMatch(/curt/u);
    expect(en.check('Es pārbaudīšu, es piezvanīšu.')[0]?.advice?.[0]).toMatch(/Rephrase/u);
  });

  it('two rules on exactly the same words give one finding', () => {
    expect(checker.check('Čau!').map((f) => f.ruleId)).toEqual(['greeting-informal']);
  });

  it('ES (the European Union) does not count as «es» unless the message shouts', () => {
    expect(ids('ES regula: es to pārbaudīšu.')).not.toContain('pronoun-es-overuse');
    expect(ids('ES REGULA: ES TO PĀRBAUDĪŠU.')).toContain('pronoun-es-overuse');
  });
});
