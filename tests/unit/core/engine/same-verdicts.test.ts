import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../cli/index';
import type { Io } from '../../../../cli/io';
import { BUILTIN_PACK } from '../../../../lib/core/engine';
import { createCheckerFromPacks } from '../../../../lib/core/engine/core';
import type { CheckContext } from '../../../../lib/core/engine/checker-types';
import { computeEffectivePack } from '../../../../lib/core/packs/layering';
import { EMPTY_PERSONAL_LAYER } from '../../../../lib/core/packs/overrides';
import type { Finding } from '../../../../lib/core/model/finding';
import type { Rule } from '../../../../lib/core/model/pack';

/**
 * One engine, three doors: the page (the background's effective pack, checked incrementally as
 * the agent types), `laipni check` and the options page's live test box (the personal rule
 * compiled alone) must give the same verdicts.
 */
interface Sample {
  text: string;
  expect: string[];
  context?: CheckContext;
}
const batch = JSON.parse(readFileSync('eval/latvian/agent-batch.json', 'utf8')) as Sample[];

const personal: Rule = {
  id: 'mans-vaina',
  language: 'lv',
  severity: 'warning',
  match: {
    kind: 'phrase',
    phrases: ['vaina'],
    lemmas: [{ lemma: 'vaina', forms: ['vaina', 'vainas', 'vainai', 'vainu', 'vainā'] }],
  },
  reason: { lv: 'Nerunājiet par vainu.' },
  replacements: [],
};
const effective = computeEffectivePack({
  builtin: [BUILTIN_PACK],
  team: [],
  personal: { ...EMPTY_PERSONAL_LAYER, rules: [personal] },
}).pack;
const page = createCheckerFromPacks([effective]);

/** What the page shows: the text typed in two edits, through one session. */
function pageVerdict(text: string, context: CheckContext): Finding[] {
  const session = page.session();
  session.update(text.slice(0, Math.floor(text.length / 2)), context);
  return session.update(text, context);
}

async function cliVerdict(text: string, context: CheckContext): Promise<string[]> {
  const out: string[] = [];
  const io: Io = {
    out: (t) => void out.push(t),
    err: () => undefined,
    readFile: () => Promise.reject(new Error('no files')),
    readStdin: async () => text,
  };
  const args = ['check', '--json'];
  if (context.phase) args.push('--phase', context.phase);
  if (context.channel) args.push('--channel', context.channel);
  if (context.time) args.push('--time', context.time);
  if (context.repeatCall) args.push('--repeat-call');
  await main([...args, '-'], io);
  return (JSON.parse(out.join('')) as Finding[]).map((f) => `${f.ruleId} ${f.start}-${f.end}`);
}

describe('the page, laipni check and the live test box agree', () => {
  it('laipni check gives the page verdict on every agent-batch sample', async () => {
    for (const s of batch) {
      const context = s.context ?? {};
      const seen = pageVerdict(s.text, context)
        .filter((f) => f.ruleId !== personal.id)
        .map((f) => `${f.ruleId} ${f.start}-${f.end}`);
      expect(await cliVerdict(s.text, context), s.text).toEqual(seen);
    }
    // The command line compiles the built-in pack once per run: 289 runs.
  }, 60_000);

  it('the live test box flags a personal rule where the page does', () => {
    const box = createCheckerFromPacks([{ ...BUILTIN_PACK, rules: [personal] }]);
    for (const text of ['Tas nav manas vainas dēļ.', 'Jusu vainu neviens nepiemin.', 'Vainīgs.']) {
      const onPage = pageVerdict(text, {}).filter((f) => f.ruleId === personal.id);
      expect(
        box.check(text).map((f) => [f.start, f.end]),
        text,
      ).toEqual(onPage.map((f) => [f.start, f.end]));
    }
  });
});
