import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/index';
import type { Pack } from '../../../lib/core/model/pack';
import { samplePack } from '../../fixtures/sample-pack';
import { sampleScript, STEP } from '../core/scripts/fixtures';
import { memoryIo } from './memory-io';

/** The team-lead commands on `laipni-pack/2` packs with call scripts. */

function v2(say?: string): Pack {
  const script = sampleScript();
  if (say) script.steps[STEP.ask]!.say = [say];
  return { ...samplePack(), format: 'laipni-pack/2', scripts: [script] };
}

describe('laipni validate and test with scripts', () => {
  it('validate counts the scripts and refuses wording that breaks a rule', async () => {
    const fs = memoryIo({
      'good.json': JSON.stringify(v2()),
      'bad.json': JSON.stringify(v2('Es nezinu!')),
    });
    expect(await main(['validate', 'good.json'], fs.io)).toBe(0);
    expect(fs.out()).toContain('good.json: valid (acme.sales 1.2.0, 11 rules, 1 scripts)');
    expect(await main(['validate', 'bad.json'], fs.io)).toBe(1);
    expect(fs.out()).toContain(
      `  scripts[0].steps[${STEP.ask}].say[0]: The wording breaks the rule`,
    );
    expect(await main(['validate', '--no-wording', 'bad.json'], fs.io)).toBe(0);
  });

  it('test runs the script texts through the engine: warnings fail, advice is printed', async () => {
    const fs = memoryIo({
      'good.json': JSON.stringify(v2()),
      'bad.json': JSON.stringify(v2('Es nezinu!')),
      'advice.json': JSON.stringify(v2('Okei, vai Jums būtu interesants izdevīgāks plāns?')),
    });
    expect(await main(['test', 'good.json'], fs.io)).toBe(0);
    expect(fs.out()).toContain('good.json: all 10 script texts pass the rules\n');
    expect(await main(['test', 'bad.json'], fs.io)).toBe(1);
    expect(fs.out()).toMatch(/bad\.json: \d+ of \d+ examples and 10 script texts fail\n/);
    expect(fs.out()).toContain(
      `  scripts[0].steps[${STEP.ask}].say[0]: The wording breaks the rule`,
    );
    expect(await main(['test', 'advice.json'], fs.io)).toBe(0);
    expect(fs.out()).toContain(
      `  advice scripts[0].steps[${STEP.ask}].say[0]: Advice (rule "slang-familiar"`,
    );
    expect(await main(['test', '--json', 'advice.json'], fs.io)).toBe(0);
    const last = fs.out().trim().split('\n').at(-1) ?? '';
    const result = JSON.parse(last) as {
      ok: boolean;
      scriptTexts: number;
      scriptWarnings: unknown[];
    };
    expect(result).toMatchObject({ ok: true, scriptTexts: 10 });
    expect(result.scriptWarnings).toHaveLength(1);
  });

  it('diff names the steps an update adds, removes and changes', async () => {
    const next = v2('Vai Jums būtu interesants jaunais plāns?');
    next.version = '1.3.0';
    const fs = memoryIo({ 'old.json': JSON.stringify(v2()), 'new.json': JSON.stringify(next) });
    expect(await main(['diff', 'old.json', 'new.json'], fs.io)).toBe(0);
    expect(fs.out()).toContain('Scripts changed (1):\n  ~ demo — Demo call');
    expect(fs.out()).toContain('      ~ ask [say] — Question');
  });
});
