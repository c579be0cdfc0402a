import { describe, expect, it } from 'vitest';
import { computeEffectivePack, type LayeringInput } from '../../../../lib/core/packs/layering';
import { EMPTY_PERSONAL_LAYER, type PersonalLayer } from '../../../../lib/core/packs/overrides';
import type { Pack, Rule } from '../../../../lib/core/model/pack';
import { samplePack } from '../../../fixtures/sample-pack';

function rule(id: string, extra: Partial<Rule> = {}): Rule {
  return {
    id,
    severity: 'warning',
    match: { kind: 'phrase', phrases: [id] },
    reason: { lv: id },
    replacements: [`${id}-fix`],
    ...extra,
  };
}

function pack(id: string, rules: Rule[], extra: Partial<Pack> = {}): Pack {
  return {
    format: 'laipni-pack/1',
    id,
    name: id,
    version: '1.0.0',
    author: 'a',
    language: 'lv',
    rules,
    ...extra,
  };
}

const builtin = pack('builtin', [rule('a'), rule('b'), rule('c', { enabled: false }), rule('d')], {
  checklists: { opening: [{ id: 'greet', text: { lv: 'Sveiciens' } }] },
  phrases: [{ id: 'p1', situation: 'opening', text: 'Labdien!' }],
});

function layer(
  input: Partial<Omit<LayeringInput, 'personal'>> & { personal?: Partial<PersonalLayer> },
) {
  return computeEffectivePack({
    builtin: input.builtin ?? [builtin],
    team: input.team ?? [],
    personal: { ...EMPTY_PERSONAL_LAYER, ...input.personal },
    ...(input.policy ? { policy: input.policy } : {}),
  });
}

const ids = (p: Pack) => p.rules.map((r) => r.id);

describe('computeEffectivePack', () => {
  it('keeps the built-in order and removes rules shipped off', () => {
    const { pack: eff, report } = layer({});
    expect(ids(eff)).toEqual(['a', 'b', 'd']);
    expect(report.rules.map((r) => [r.ruleId, r.enabled])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
      ['d', true],
    ]);
    expect(eff.checklists?.opening?.map((i) => i.id)).toEqual(['greet']);
  });

  it('lets team packs replace built-in rules by priority, then id', () => {
    const low = pack('z-low', [rule('a', { replacements: ['low'] })], { priority: 1 });
    const high = pack('a-high', [rule('a', { replacements: ['high'] }), rule('e')], {
      priority: 5,
    });
    const tieA = pack('m-tie', [rule('b', { replacements: ['m'] })], { priority: 3 });
    const tieB = pack('n-tie', [rule('b', { replacements: ['n'] })], { priority: 3 });
    const { pack: eff, report } = layer({
      team: [{ pack: high }, { pack: tieB }, { pack: low }, { pack: tieA }],
    });
    expect(eff.rules.find((r) => r.id === 'a')?.replacements).toEqual(['high']);
    expect(eff.rules.find((r) => r.id === 'b')?.replacements).toEqual(['n']);
    expect(ids(eff)).toEqual(['a', 'b', 'd', 'e']);
    expect(report.rules[0]).toMatchObject({
      ruleId: 'a',
      packId: 'a-high',
      overriddenPackIds: ['builtin', 'z-low'],
    });
    expect(report.packs.map((p) => p.id)).toEqual(['builtin', 'z-low', 'm-tie', 'n-tie', 'a-high']);
  });

  it('uses the installed priority over the pack’s own', () => {
    const one = pack('one', [rule('a', { replacements: ['one'] })], { priority: 10 });
    const two = pack('two', [rule('a', { replacements: ['two'] })], { priority: 1 });
    const { pack: eff } = layer({ team: [{ pack: one, priority: 0 }, { pack: two }] });
    expect(eff.rules[0]?.replacements).toEqual(['two']);
  });

  it('applies personal disable, enable and edits', () => {
    const { pack: eff, report } = layer({
      personal: {
        ruleOverrides: [
          { ruleId: 'a', enabled: false },
          { ruleId: 'c', enabled: true },
          { ruleId: 'd', replacements: ['mine'], advice: [{ lv: 'Padoms' }] },
        ],
      },
    });
    expect(ids(eff)).toEqual(['b', 'c', 'd']);
    expect(eff.rules[2]).toMatchObject({ replacements: ['mine'], advice: [{ lv: 'Padoms' }] });
    expect(report.rules.find((r) => r.ruleId === 'a')).toMatchObject({
      enabled: false,
      disabledByAgent: true,
    });
    expect(report.rules.find((r) => r.ruleId === 'd')?.editedByAgent).toBe(true);
  });

  it('blocks personal changes to locked rules (rule lock, pack lock, policy lock)', () => {
    const team = pack('team', [rule('a', { locked: true })], { locked: ['b'] });
    const { pack: eff, report } = layer({
      team: [{ pack: team }],
      policy: { lockedRuleIds: ['d'] },
      personal: {
        ruleOverrides: [
          { ruleId: 'a', enabled: false },
          { ruleId: 'b', replacements: ['x'] },
          { ruleId: 'd', enabled: false, replacements: ['y'] },
        ],
        rules: [rule('b', { replacements: ['own'] })],
      },
    });
    expect(ids(eff)).toEqual(['a', 'b', 'd']);
    expect(eff.rules.every((r) => r.locked)).toBe(true);
    expect(eff.rules[1]?.replacements).toEqual(['b-fix']);
    expect(eff.locked).toEqual(['a', 'b', 'd']);
    expect(report.blocked).toEqual([
      { ruleId: 'b', change: 'rule', lockedBy: ['team'] },
      { ruleId: 'a', change: 'disable', lockedBy: ['team'] },
      { ruleId: 'b', change: 'edit', lockedBy: ['team'] },
      { ruleId: 'd', change: 'disable', lockedBy: ['policy'] },
      { ruleId: 'd', change: 'edit', lockedBy: ['policy'] },
    ]);
  });

  it('keeps and reports overrides whose rule no longer exists', () => {
    const { pack: eff, report } = layer({
      personal: {
        ruleOverrides: [
          { ruleId: 'gone', enabled: false },
          { ruleId: 'gone2', replacements: ['x'] },
        ],
      },
    });
    expect(ids(eff)).toEqual(['a', 'b', 'd']);
    expect(report.orphaned).toEqual([
      { ruleId: 'gone', change: 'disable' },
      { ruleId: 'gone2', change: 'edit' },
    ]);
  });

  it('adds personal rules, checklist items and phrases; policy can disallow personal rules and phrases', () => {
    const personal: Partial<PersonalLayer> = {
      rules: [rule('mine')],
      checklistItems: [
        { checklist: 'opening', order: 2, item: { id: 'second', text: { lv: '2' } } },
        { checklist: 'opening', order: 1, item: { id: 'first', text: { lv: '1' } } },
      ],
      phrases: [{ id: 'p2', situation: 'closing', text: 'Visu labu!' }],
    };
    const allowed = layer({ personal });
    expect(ids(allowed.pack)).toEqual(['a', 'b', 'd', 'mine']);
    expect(allowed.report.rules.at(-1)?.packId).toBe('personal');
    expect(allowed.pack.checklists?.opening?.map((i) => i.id)).toEqual([
      'greet',
      'first',
      'second',
    ]);
    expect(allowed.pack.phrases?.map((p) => p.id)).toEqual(['p1', 'p2']);

    const denied = layer({ personal, policy: { personalRulesAllowed: false } });
    expect(ids(denied.pack)).toEqual(['a', 'b', 'd']);
    expect(denied.report.disallowed).toEqual(['mine']);
    expect(denied.pack.checklists?.opening).toHaveLength(3);
    expect(denied.pack.phrases?.map((p) => p.id)).toEqual(['p1']);
  });

  it('drops examples from effective rules and takes the newest minEngineVersion', () => {
    const sample = samplePack();
    const { pack: eff } = layer({
      builtin: [sample],
      team: [{ pack: pack('t', [], { minEngineVersion: '1.3.0' }) }],
    });
    expect(eff.rules.some((r) => r.examples)).toBe(false);
    expect(eff.minEngineVersion).toBe('1.3.0');
  });

  it('gives a stable version: same rules same hash, any change a new hash', () => {
    const first = layer({ personal: { ruleOverrides: [{ ruleId: 'a', enabled: false }] } });
    const reverseKeys = <T extends object>(o: T): T =>
      Object.fromEntries(Object.entries(o).reverse()) as T;
    const reordered = { ...reverseKeys(builtin), rules: builtin.rules.map(reverseKeys) };
    const again = layer({
      builtin: [reordered],
      personal: { ruleOverrides: [{ ruleId: 'a', enabled: false }] },
    });
    expect(again.version).toBe(first.version);
    expect(first.version).toMatch(/^[0-9a-f]{16}$/);
    const edited = layer({
      personal: {
        ruleOverrides: [
          { ruleId: 'a', enabled: false },
          { ruleId: 'b', replacements: ['z'] },
        ],
      },
    });
    expect(edited.version).not.toBe(first.version);
  });

  it('does not mutate its inputs', () => {
    const input = {
      builtin: [samplePack()],
      team: [],
      personal: {
        ...EMPTY_PERSONAL_LAYER,
        ruleOverrides: [{ ruleId: 'nevaram', replacements: ['x'] }],
      },
    };
    const before = JSON.stringify(input);
    computeEffectivePack(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
