import type { Pack, Rule } from '../lib/packs/types';

/** The data benchmarks' team pack, shared by the Node run and the Chromium page run. */

const WORDS = [
  'zvanu',
  'nevaram',
  'nezinu',
  'piedāvāt',
  'rēķins',
  'klients',
  'līgums',
  'atbilde',
  'jautājums',
  'pakalpojums',
];

/** A team pack of `count` phrase rules (three phrases each, every tenth with examples). */
export function bigPack(count: number): Pack {
  const rules: Rule[] = [];
  for (let i = 0; i < count; i++) {
    const w = `${WORDS[i % WORDS.length]}${i}`;
    const rule: Rule = {
      id: `team-rule-${i}`,
      severity: i % 3 ? 'warning' : 'info',
      match: { kind: 'phrase', phrases: [`${w} tagad`, `ļoti ${w}`, `${w}s`] },
      reason: { lv: `Iemesls ${i}: izvairieties no šīs frāzes.`, en: `Reason ${i}.` },
      replacements: [`Labāk: ${w} vēlāk`],
    };
    if (i % 10 === 0) rule.examples = { match: [`Mēs ${w} tagad.`], noMatch: [`Mēs ${w}.`] };
    rules.push(rule);
  }
  return {
    format: 'laipni-pack/1',
    id: 'bench.team',
    name: 'Bench',
    version: '1.0.0',
    author: 'bench',
    language: 'lv',
    rules,
  };
}
