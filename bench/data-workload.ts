import type { CallRecord } from '../lib/core/model/call';
import type { Pack, Rule } from '../lib/core/model/pack';

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

/** Call record `i` of the 100,000-record call log, spread over `contacts` contacts. */
export function makeCall(i: number, contacts: number): CallRecord {
  const startedAt = 1_700_000_000_000 + i * 60_000;
  return {
    id: `call-${i}`,
    startedAt,
    endedAt: startedAt + 300_000,
    tabId: 1,
    site: 'crm.example.lv',
    direction: i % 2 ? 'inbound' : 'outbound',
    contactKey: `contact-${(i * 7919) % contacts}`,
    customerName: 'Jānis Bērziņš',
    startedByAgent: i % 2 === 0,
    repeatOfCallId: null,
    phases: [
      { phase: 'opening', at: startedAt },
      { phase: 'body', at: startedAt + 30_000 },
      { phase: 'closing', at: startedAt + 250_000 },
    ],
    ticks: [{ itemId: 'greet', checklist: 'opening', at: startedAt + 5_000, auto: true }],
    findings: 2,
    accepted: 1,
    ignored: 0,
    dropped: i % 50 === 0,
    outcome: i % 50 === 0 ? 'dropped' : 'completed',
    rulesVersion: 'abc',
  };
}
