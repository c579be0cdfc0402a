import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_FORMAT,
  ACTIVITY_LIMITS,
  activityFileName,
  parseActivity,
  type ActivityResult,
} from '../../../../lib/core/report/activity';
import { generateActivity, seeded } from '../../../fixtures/activity';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function sample(): { [key: string]: Json } {
  const activity = generateActivity({
    agentId: 'agent-007',
    team: 'riga-1',
    day: '2026-03-02',
    // A seed whose day has enough rules and calls to reach every kind of object.
    random: seeded(10),
  });
  return JSON.parse(JSON.stringify(activity)) as { [key: string]: Json };
}

/** Every object in the document with its JSON path. */
function objects(value: Json, path = ''): [string, { [key: string]: Json }][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objects(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return [
    [path, value],
    ...Object.entries(value).flatMap(([k, v]) => objects(v, path ? `${path}.${k}` : k)),
  ];
}

function refused(result: ActivityResult): string[] {
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  for (const p of result.problems) {
    expect(p.lv.length).toBeGreaterThan(5);
    expect(p.en.length).toBeGreaterThan(5);
  }
  return result.problems.map((p) => `${p.path}: ${p.en}`);
}

describe('activity export (laipni-activity/1)', () => {
  it('accepts a generated day, as text or parsed, and gives back exactly its fields', () => {
    const doc = sample();
    expect(doc.format).toBe(ACTIVITY_FORMAT);
    for (const input of [doc, JSON.stringify(doc), JSON.stringify(doc, null, 2)])
      expect(parseActivity(input)).toEqual({ ok: true, activity: doc });
    delete doc.team;
    expect(parseActivity(doc).ok).toBe(true);
  });

  it('refuses an extra field in every object, so no text can ride along', () => {
    const doc = sample();
    const paths = objects(doc);
    expect(paths.length).toBeGreaterThan(40);
    for (const [path, object] of paths) {
      if (path === 'calls.outcomes') continue; // its keys are outcome ids, checked below
      object.note = 'Klients Jānis Bērziņš teica, ka…';
      const problems = refused(parseActivity(doc));
      expect(problems.join('\n')).toContain('Unknown field "note"');
      delete object.note;
    }
    const outcomes = doc.calls as { outcomes: { [key: string]: Json } };
    outcomes.outcomes['Klients teica: nezinu'] = 1;
    expect(refused(parseActivity(doc))[0]).toMatch(/^calls\.outcomes/);
  });

  it('refuses strings, fractions, negatives and huge numbers where counts belong', () => {
    const doc = sample();
    const counts = objects(doc).flatMap(([path, object]) =>
      Object.keys(object)
        .filter((k) => typeof object[k] === 'number')
        .map((k) => ({ path: path ? `${path}.${k}` : k, object, key: k })),
    );
    expect(counts.length).toBeGreaterThan(100);
    for (const { path, object, key } of counts) {
      const before = object[key] as number;
      for (const bad of ['3', 'nezinu', true, null, 1.5, -1, ACTIVITY_LIMITS.maxCount * 200]) {
        object[key] = bad;
        expect(refused(parseActivity(doc))[0]).toMatch(
          new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}:`),
        );
      }
      object[key] = before;
    }
  });

  it('refuses ids outside their character sets, impossible dates and other formats', () => {
    const cases: [string, (d: { [key: string]: Json }) => void][] = [
      ['agentId', (d) => (d.agentId = '<script>alert(1)</script>')],
      ['agentId', (d) => (d.agentId = '..')],
      ['agentId', (d) => (d.agentId = 'a'.repeat(65))],
      ['team', (d) => (d.team = 'Rīga & co')],
      ['format', (d) => (d.format = 'laipni-activity/2')],
      ['day', (d) => (d.day = '2026-02-30')],
      ['generatedAt', (d) => (d.generatedAt = '2026-03-02T17:05:00+02:00')],
      ['extensionVersion', (d) => (d.extensionVersion = '0.1')],
      ['rules[0].ruleId', (d) => ((d.rules as { ruleId: Json }[])[0]!.ruleId = 'Es-Nezinu')],
      [
        'checklist[0].checklist',
        (d) => ((d.checklist as { checklist: Json }[])[0]!.checklist = 'middle'),
      ],
      ['packs[0].version', (d) => ((d.packs as { version: Json }[])[0]!.version = 'latest')],
      ['calls.outcomes', (d) => ((d.calls as { outcomes: Json }).outcomes = [])],
    ];
    for (const [path, change] of cases) {
      const doc = sample();
      change(doc);
      expect(refused(parseActivity(doc))[0]?.startsWith(`${path}:`)).toBe(true);
    }
  });

  it('refuses duplicate rows, too many rows, missing fields and files that are not exports', () => {
    const doc = sample();
    const rules = doc.rules as Json[];
    expect(refused(parseActivity({ ...doc, rules: [...rules, rules[0]!] }))[0]).toMatch(
      /^rules: .*once/,
    );
    const many = Array.from({ length: ACTIVITY_LIMITS.maxRules + 1 }, (_, i) => ({
      ruleId: `r-${i}`,
      flagged: 1,
      accepted: 0,
      ignored: 0,
    }));
    expect(refused(parseActivity({ ...doc, rules: many }))[0]).toMatch(/^rules: Too many/);
    delete doc.calls;
    expect(refused(parseActivity(doc))[0]).toMatch(/^calls: .*missing/);
    expect(refused(parseActivity('{"format":'))[0]).toMatch(/Not JSON/);
    expect(refused(parseActivity('[]'))[0]).toMatch(/object/);
    expect(refused(parseActivity(' '.repeat(ACTIVITY_LIMITS.maxFileBytes + 1)))[0]).toMatch(
      /larger/,
    );
  });

  it('names the file <agentId>/<day>.json and refuses anything that is not one path segment', () => {
    expect(activityFileName('agent-007', '2026-03-02')).toBe('agent-007/2026-03-02.json');
    for (const [agent, day] of [
      ['../etc', '2026-03-02'],
      ['a/b', '2026-03-02'],
      ['agent', '2026-13-01'],
    ] as const)
      expect(() => activityFileName(agent, day)).toThrow(RangeError);
  });
});
