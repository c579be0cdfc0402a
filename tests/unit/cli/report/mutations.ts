import { generateActivity } from '../../../fixtures/activity';

/**
 * Activity files changed in one random way each, for the tests that hold the report's loader
 * and its quick check to `parseActivity`'s verdict.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every value in a document with a setter, so a mutation can land anywhere. */
function slots(
  value: Json,
  set: (v: Json) => void,
  out: { value: Json; set: (v: Json) => void }[],
) {
  out.push({ value, set });
  if (Array.isArray(value)) value.forEach((v, i) => slots(v, (n) => (value[i] = n), out));
  else if (value !== null && typeof value === 'object')
    for (const k of Object.keys(value)) slots(value[k] as Json, (n) => (value[k] = n), out);
  return out;
}

const REPLACEMENTS: Json[] = [
  '3',
  3,
  -1,
  1.5,
  1e12,
  true,
  false,
  null,
  {},
  [],
  '',
  '<script>',
  'Rīga',
  '123',
  'nan',
  'laipni-activity/1',
  '2026-02-30',
  [{ ruleId: 'x', flagged: 1, accepted: 0, ignored: 0 }],
];

/** A valid export changed in one random way, as JSON text (some changes are still valid). */
export function mutate(random: () => number, seed: number): string {
  const doc = JSON.parse(
    JSON.stringify(
      generateActivity({ agentId: `m-${seed}`, team: 'north', day: '2026-03-02', random }),
    ),
  ) as { [key: string]: Json };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const all = slots(doc, () => undefined, []);
  const objects = all.filter(
    (s) => s.value !== null && typeof s.value === 'object' && !Array.isArray(s.value),
  );
  const kind = Math.floor(random() * 8);
  if (kind === 0) {
    const target = pick(objects).value as { [key: string]: Json };
    target[pick(['note', 'text', 'form', 'flagged2'])] = pick(REPLACEMENTS);
  } else if (kind === 1) {
    const target = pick(objects).value as { [key: string]: Json };
    const keys = Object.keys(target);
    if (keys.length > 0) delete target[pick(keys)];
  } else if (kind === 2 || kind === 3) {
    pick(all.slice(1)).set(pick(REPLACEMENTS));
  } else if (kind === 4) {
    const lists = all.filter((s) => Array.isArray(s.value) && s.value.length > 0);
    const list = pick(lists).value as Json[];
    list.push(JSON.parse(JSON.stringify(list[0])) as Json);
  } else if (kind === 5) {
    // A string where a number belongs and a bare number where a string belongs, together:
    // the quote count stays the same, so only the value check can catch it.
    const rules = doc.rules as { [key: string]: Json }[];
    if (rules[0]) {
      rules[0].flagged = String(rules[0].flagged);
      doc.agentId = 4711;
    }
  } else if (kind === 6) {
    return pick([
      (t: string) => t.replace('}', ',}'),
      (t: string) => t.replace(/:(\d+)/, ':NaN'),
      (t: string) => t.replace(/:(\d+)/, ':true'),
      (t: string) => t.slice(0, Math.floor(t.length / 2)),
      (t: string) => `\ufeff${t}`,
      (t: string) => t.replace('"ruleId"', '"rule\\u0049d"'),
      (t: string) => t.replace('"agentId":"m', '"agentId":"\\u006d'),
      (t: string) => JSON.stringify(JSON.parse(t), null, '\t'),
      // Keys the validator's walk skips: the quick check must leave these to it.
      (t: string) => t.replace('"calls":{', '"calls":{"__proto__":1,'),
      (t: string) => t.replace('"outcomes":{', '"outcomes":{"constructor":2,'),
      (t: string) => t.replace('"rules":[{', '"rules":[{"prototype":"x",'),
    ])(JSON.stringify(doc));
  }
  return JSON.stringify(doc, null, kind === 7 ? 2 : undefined);
}
