import { describe, expect, it } from 'vitest';
import { computeEffectivePack } from '../../../../lib/core/packs/layering';
import { EMPTY_PERSONAL_LAYER } from '../../../../lib/core/packs/overrides';
import type { Pack } from '../../../../lib/core/model/pack';
import type { Script } from '../../../../lib/core/model/script';
import { BUILTIN_SCRIPTS } from '../../../../lib/core/scripts/builtin';
import { sampleScript } from '../scripts/fixtures';

function team(id: string, scripts: Script[], priority = 0): { pack: Pack; priority: number } {
  return {
    pack: {
      format: 'laipni-pack/2',
      id,
      name: id,
      version: '1.0.0',
      author: 'a',
      language: 'lv',
      rules: [],
      scripts,
    },
    priority,
  };
}

const named = (id: string, name: string, extra: Partial<Script> = {}): Script => ({
  ...sampleScript(),
  id,
  name: { lv: name },
  ...extra,
});

describe('layering of scripts', () => {
  it('built-in scripts < team packs by priority < the agent’s own, a higher one replacing by id', () => {
    const result = computeEffectivePack({
      builtin: [],
      builtinScripts: BUILTIN_SCRIPTS,
      team: [
        team('b.team', [named('outbound-offer', 'B')], 5),
        team('a.team', [named('outbound-offer', 'A'), named('extra', 'X')], 1),
      ],
      personal: { ...EMPTY_PERSONAL_LAYER, scripts: [named('mine', 'Mans')] },
    });
    const scripts = result.pack.scripts ?? [];
    expect(result.pack.format).toBe('laipni-pack/2');
    expect(scripts.map((s) => [s.id, s.name.lv])).toEqual([
      ['inbound-service', BUILTIN_SCRIPTS[0]!.name.lv],
      ['callback-after-drop', BUILTIN_SCRIPTS[2]!.name.lv],
      ['extra', 'X'],
      ['outbound-offer', 'B'],
      ['mine', 'Mans'],
    ]);
    const outbound = result.report.scripts.find((r) => r.scriptId === 'outbound-offer');
    expect(outbound).toEqual({
      scriptId: 'outbound-offer',
      layer: 'team',
      packId: 'b.team',
      locked: false,
      overriddenPackIds: ['builtin', 'a.team'],
    });
  });

  it('a locked team script keeps its id: the agent’s script of that id is reported as blocked', () => {
    const result = computeEffectivePack({
      builtin: [],
      team: [team('acme', [named('sales', 'Komandas', { locked: true })])],
      personal: { ...EMPTY_PERSONAL_LAYER, scripts: [named('sales', 'Mans')] },
    });
    expect(result.pack.scripts?.map((s) => s.name.lv)).toEqual(['Komandas']);
    expect(result.report.blockedScripts).toEqual(['sales']);
    expect(result.report.scripts[0]?.locked).toBe(true);
  });

  it('the agent’s scripts are left out when company policy allows no personal rules', () => {
    const result = computeEffectivePack({
      builtin: [],
      team: [],
      personal: { ...EMPTY_PERSONAL_LAYER, scripts: [named('mine', 'Mans')] },
      policy: { personalRulesAllowed: false },
    });
    expect(result.pack.scripts).toBeUndefined();
    expect(result.pack.format).toBe('laipni-pack/1');
  });

  it('the version follows the scripts: a changed script changes it, the same ones keep it', () => {
    const input = (scripts: Script[]) => ({
      builtin: [],
      team: [],
      personal: { ...EMPTY_PERSONAL_LAYER, scripts },
    });
    const first = computeEffectivePack(input([named('mine', 'Mans')]));
    expect(computeEffectivePack(input([named('mine', 'Mans')])).version).toBe(first.version);
    expect(computeEffectivePack(input([named('mine', 'Cits')])).version).not.toBe(first.version);
    expect(computeEffectivePack(input([])).version).not.toBe(first.version);
  });
});
