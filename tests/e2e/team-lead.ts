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

/** The distribution suites' pack: `team.e2e`, at `version`, with what changed in its changelog. */
export function teamPack(version: string, rules: Pack['rules'], notes: string): Pack {
  return {
    format: 'laipni-pack/1',
    id: 'team.e2e',
    name: 'E2E komanda',
    version,
    author: 'Vadītāja',
    language: 'lv',
    changelog: [{ version, notes: { lv: notes, en: notes } }],
    rules,
  };
}

/** The lead's first version and the next, which adds a word. */
export const TEAM_V1 = teamPack('1.0.0', [teamRule('team-zilonis', 'zilonis')], 'Zilonis');
export const TEAM_V2 = teamPack(
  '1.1.0',
  [teamRule('team-zilonis', 'zilonis'), teamRule('team-zirafe', 'žirafe')],
  'Žirafe pievienota',
);

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
