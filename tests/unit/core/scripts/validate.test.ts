import { describe, expect, it } from 'vitest';
import type { Script, ScriptStep } from '../../../../lib/core/model/script';
import { checkScripts, validateScripts } from '../../../../lib/core/scripts/validate';
import { sampleScript, STEP } from './fixtures';

function step(s: Script, index: number): ScriptStep {
  return s.steps[index] as ScriptStep;
}

function extra(id: string, patch: Partial<ScriptStep> = {}): ScriptStep {
  return {
    id,
    title: { lv: id },
    phase: 'body',
    say: ['Paldies.'],
    ...patch,
  };
}

describe('checkScripts', () => {
  it('the sample script has no errors and no warnings', () => {
    expect(checkScripts([sampleScript()])).toEqual({ errors: [], warnings: [] });
  });

  const cases: Array<{
    name: string;
    change: (s: Script) => void;
    path: string;
    en: string;
    lv: string;
  }> = [
    {
      name: 'an unreachable step',
      change: (s) => s.steps.push(extra('orphan', { next: 'bye' })),
      path: 'scripts[0].steps[8]',
      en: 'The step "orphan" cannot be reached',
      lv: 'Solis «orphan» nav sasniedzams',
    },
    {
      name: 'a dead end',
      change: (s) => delete step(s, STEP.callback).next,
      path: `scripts[0].steps[${STEP.callback}]`,
      en: 'The step "callback" is a dead end',
      lv: 'ir strupceļš',
    },
    {
      name: 'a loop with no exit',
      change: (s) => {
        (step(s, STEP.ask).answers ?? [])[2]!.next = 'loop-a';
        s.steps.push(extra('loop-a', { next: 'loop-b' }), extra('loop-b', { next: 'loop-a' }));
      },
      path: 'scripts[0].steps[8]',
      en: 'The steps "loop-a", "loop-b" form a loop with no exit',
      lv: 'Soļi «loop-a», «loop-b» veido cilpu bez izejas',
    },
    {
      name: 'a step that loops on itself',
      change: (s) => {
        (step(s, STEP.ask).answers ?? [])[2]!.next = 'again';
        s.steps.push(
          extra('again', {
            answers: [{ id: 'again', label: { lv: 'Vēlreiz' }, next: 'again' }],
          }),
        );
      },
      path: 'scripts[0].steps[8]',
      en: 'The steps "again" form a loop with no exit',
      lv: 'cilpu bez izejas',
    },
    {
      name: 'an unknown slot',
      change: (s) => (step(s, STEP.greet).say[0] = '{greeting}! Mans vārds ir {agentNmae}.'),
      path: 'scripts[0].steps[0].say[0]',
      en: 'Unknown slot {agentNmae}',
      lv: 'Nezināms mainīgais {agentNmae}',
    },
    {
      name: 'a slot the agent would see as braces',
      change: (s) => (step(s, STEP.greet).say[0] = 'Mans vārds ir {agent name}.'),
      path: 'scripts[0].steps[0].say[0]',
      en: '"{agent name}" is not a slot',
      lv: '«{agent name}» nav mainīgais',
    },
    {
      name: 'an unknown slot in the note',
      change: (s) => (s.note = 'Iznākums: {outcome}, {constructor}.'),
      path: 'scripts[0].note',
      en: 'Unknown slot {constructor}',
      lv: 'Nezināms mainīgais {constructor}',
    },
    {
      name: 'a note slot in a say text',
      change: (s) => (step(s, STEP.bye).say[0] = 'Iznākums: {outcome}.'),
      path: `scripts[0].steps[${STEP.bye}].say[0]`,
      en: 'Unknown slot {outcome}',
      lv: 'Nezināms mainīgais {outcome}',
    },
    {
      name: 'a missing Latvian title',
      change: (s) => (step(s, STEP.greetAgain).title = { lv: '  ', en: 'Repeat call' }),
      path: 'scripts[0].steps[1].title.lv',
      en: 'The Latvian text is missing.',
      lv: 'Trūkst teksta latviski.',
    },
    {
      name: 'a blank say variant',
      change: (s) => step(s, STEP.ask).say.push(' '),
      path: `scripts[0].steps[${STEP.ask}].say[1]`,
      en: 'The Latvian text is missing.',
      lv: 'Trūkst teksta latviski.',
    },
    {
      name: 'a blank answer label',
      change: (s) => ((step(s, STEP.ask).answers ?? [])[1]!.label = { lv: '', en: 'Later' }),
      path: `scripts[0].steps[${STEP.ask}].answers[1].label.lv`,
      en: 'The Latvian text is missing.',
      lv: 'Trūkst teksta latviski.',
    },
    {
      name: 'an answer pointing nowhere',
      change: (s) => ((step(s, STEP.ask).answers ?? [])[1]!.next = 'nowhere'),
      path: `scripts[0].steps[${STEP.ask}].answers[1].next`,
      en: 'There is no step "nowhere"',
      lv: 'Nav soļa «nowhere»',
    },
    {
      name: 'a next pointing nowhere',
      change: (s) => (step(s, STEP.greet).next = 'nowhere'),
      path: 'scripts[0].steps[0].next',
      en: 'There is no step "nowhere"',
      lv: 'Nav soļa «nowhere»',
    },
    {
      name: 'a start pointing nowhere',
      change: (s) => (s.repeatStart = 'nowhere'),
      path: 'scripts[0].repeatStart',
      en: 'There is no step "nowhere"',
      lv: 'Nav soļa «nowhere»',
    },
    {
      name: 'an objection returning nowhere',
      change: (s) => (s.objections![1]!.returnTo = 'nowhere'),
      path: 'scripts[0].objections[1].returnTo',
      en: 'There is no step "nowhere"',
      lv: 'Nav soļa «nowhere»',
    },
    {
      name: 'an unknown outcome on a step',
      change: (s) => step(s, STEP.bye).outcomes?.push('won'),
      path: `scripts[0].steps[${STEP.bye}].outcomes[3]`,
      en: 'There is no outcome "won"',
      lv: 'Nav iznākuma «won»',
    },
    {
      name: 'a required field no step asks',
      change: (s) => s.outcomes[0]!.requires!.push('iban'),
      path: 'scripts[0].outcomes[0].requires[1]',
      en: 'The outcome "sale" needs the field "iban", but no step asks for it.',
      lv: 'Iznākumam «sale» vajag lauku «iban», bet neviens solis šādu lauku neprasa.',
    },
    {
      name: 'a required field asked only off the way to its outcome',
      change: (s) => {
        // «refused» is now offered only on a step the contract step never leads to.
        step(s, STEP.bye).outcomes = ['sale', 'callback'];
        (step(s, STEP.ask).answers ?? [])[2]!.next = 'bye-refused';
        s.steps.push(extra('bye-refused', { phase: 'closing', outcomes: ['refused'] }));
        s.outcomes[2]!.requires = ['contractNumber'];
      },
      path: 'scripts[0].outcomes[2].requires[0]',
      en: 'no reachable step on the way to this outcome asks for it',
      lv: 'neviens sasniedzams solis ceļā uz šo iznākumu to neprasa',
    },
    {
      name: 'a repeated step id',
      change: (s) => (step(s, STEP.callback).id = 'contract'),
      path: `scripts[0].steps[${STEP.callback}].id`,
      en: 'Step id "contract" is repeated; it is already used at scripts[0].steps[4].',
      lv: 'Soļa id «contract» atkārtojas',
    },
    {
      name: 'a repeated answer id',
      change: (s) => ((step(s, STEP.ask).answers ?? [])[2]!.id = 'yes'),
      path: `scripts[0].steps[${STEP.ask}].answers[2].id`,
      en: 'Answer id "yes" is repeated',
      lv: 'Atbildes id «yes» atkārtojas',
    },
    {
      name: 'a field named like a variable',
      change: (s) => (step(s, STEP.contract).captures![0]!.id = 'company'),
      path: `scripts[0].steps[${STEP.contract}].captures[0].id`,
      en: 'The field name "company" is taken',
      lv: 'Lauka nosaukums «company» ir aizņemts',
    },
    {
      name: 'a field with two kinds',
      change: (s) =>
        step(s, STEP.callback).captures!.push({
          id: 'consent',
          kind: 'text',
          label: { lv: 'Piekrišana' },
        }),
      path: `scripts[0].steps[${STEP.callback}].captures[1].kind`,
      en: 'The field "consent" already has the kind "yesno" at step "contract"',
      lv: 'Lauks «consent» solī «contract» jau ir ar veidu «yesno»',
    },
    {
      name: 'a number field with min above max',
      change: (s) => {
        const devices = step(s, STEP.contract).captures![3]!;
        if (devices.kind === 'number') devices.min = 20;
      },
      path: `scripts[0].steps[${STEP.contract}].captures[3].min`,
      en: '"min" (20) is greater than "max" (10).',
      lv: '«min» (20) ir lielāks par «max» (10).',
    },
    {
      name: 'a resume step with exits of its own',
      change: (s) => (step(s, STEP.resume).next = 'ask'),
      path: `scripts[0].steps[${STEP.resume}]`,
      en: 'its "next" returns to the step where the line dropped',
      lv: 'ved atpakaļ uz soli, kur saruna pārtrūka',
    },
  ];

  it.each(cases)('$name', ({ change, path, en, lv }) => {
    const s = sampleScript();
    change(s);
    const { errors } = checkScripts([s]);
    expect(errors).toContainEqual({
      path,
      en: expect.stringContaining(en) as string,
      lv: expect.stringContaining(lv) as string,
    });
  });

  it('reports only the cause: a dead end, not every step leading to it', () => {
    const s = sampleScript();
    delete step(s, STEP.callback).next;
    expect(checkScripts([s]).errors.map((e) => e.path)).toEqual([
      `scripts[0].steps[${STEP.callback}]`,
    ]);
  });

  it('a missing start does not also make every step unreachable', () => {
    const s = sampleScript();
    s.start = 'nowhere';
    expect(checkScripts([s]).errors.map((e) => e.path)).toEqual(['scripts[0].start']);
  });

  it('repeated script ids, at the given path', () => {
    const { errors } = checkScripts([sampleScript(), sampleScript()], { at: ['pack', 'scripts'] });
    expect(errors).toEqual([
      {
        path: 'pack.scripts[1].id',
        lv: 'Skripta id «demo» atkārtojas; tas jau ir pack.scripts[0].',
        en: 'Script id "demo" is repeated; it is already used at pack.scripts[0].',
      },
    ]);
  });
});

describe('validateScripts (schema first)', () => {
  it('accepts the sample script and returns it', () => {
    const result = validateScripts([sampleScript()]);
    expect(result).toEqual({ ok: true, scripts: [sampleScript()], warnings: [] });
  });

  const schemaCases: Array<{
    name: string;
    change: (s: Record<string, unknown>) => void;
    path: string;
    en: string;
  }> = [
    {
      name: 'an unknown field names the fields that exist',
      change: (s) => ((s.steps as Record<string, unknown>[])[2]!.sya = ['x']),
      path: 'scripts[0].steps[2].sya',
      en: 'Unknown field "sya" (script step)',
    },
    {
      name: 'a missing Latvian title',
      change: (s) =>
        delete ((s.steps as Record<string, unknown>[])[0]!.title as Record<string, unknown>).lv,
      path: 'scripts[0].steps[0].title.lv',
      en: 'This required field is missing.',
    },
    {
      name: 'an unknown capture kind',
      change: (s) =>
        ((
          (s.steps as Record<string, unknown>[])[4]!.captures as Record<string, unknown>[]
        )[0]!.kind = 'email'),
      path: 'scripts[0].steps[4].captures[0].kind',
      en: 'Unknown field kind "email"; the kinds are: text, number, date, choice, yesno.',
    },
    {
      name: 'a field name that cannot be a slot',
      change: (s) =>
        (((s.steps as Record<string, unknown>[])[4]!.captures as Record<string, unknown>[])[0]!.id =
          'contract-number'),
      path: 'scripts[0].steps[4].captures[0].id',
      en: 'A field name may contain only Latin letters',
    },
    {
      name: 'a step with nothing to say',
      change: (s) => ((s.steps as Record<string, unknown>[])[3]!.say = []),
      path: 'scripts[0].steps[3].say',
      en: 'Must have at least 1 items.',
    },
    {
      name: 'an unknown phase',
      change: (s) => ((s.steps as Record<string, unknown>[])[3]!.phase = 'middle'),
      path: 'scripts[0].steps[3].phase',
      en: 'Must be one of:',
    },
  ];

  it.each(schemaCases)('$name', ({ change, path, en }) => {
    const s = JSON.parse(JSON.stringify(sampleScript())) as Record<string, unknown>;
    change(s);
    const result = validateScripts([s]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContainEqual(
        expect.objectContaining({ path, en: expect.stringContaining(en) as string }),
      );
    }
  });

  it('refuses a graph error after the schema passed', () => {
    const s = sampleScript();
    step(s, STEP.greet).next = 'nowhere';
    const result = validateScripts([s]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('scripts[0].steps[0].next');
  });
});
