import { main } from '../../cli/index';
import { nodeIo } from '../../cli/io';
import type { Pack } from '../../lib/core/model/pack';

/**
 * What a team lead makes in the distribution suites (Chromium and Firefox): a phrase rule of
 * the team, a small team pack, and the real `laipni` commands run in this process.
 */

export function teamRule(id: string, phrase: string): Pack['rules'][number] {
  return {
    id,
    severity: 'warning',
    match: { kind: 'phrase', phrases: [phrase] },
    reason: { lv: `Komandā nesakām «${phrase}».`, en: `The team does not say "${phrase}".` },
    replacements: ['produkts'],
  };
}

/** The trust suites' pack: `team.trust`, at `version`. */
export function trustPack(version: string, rules: Pack['rules']): Pack {
  return {
    format: 'laipni-pack/1',
    id: 'team.trust',
    name: 'Uzticības komanda',
    version,
    author: 'Vadītāja',
    language: 'lv',
    rules,
  };
}

/** Runs a `laipni` command; returns what it printed, or throws with it. */
export async function laipni(...argv: string[]): Promise<string> {
  let out = '';
  const io = { ...nodeIo(), colour: false, out: (text: string) => void (out += text) };
  const code = await main(argv, io);
  if (code !== 0) throw new Error(`laipni ${argv.join(' ')} exited ${code}: ${out}`);
  return out;
}
