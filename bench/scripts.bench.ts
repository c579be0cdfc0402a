/**
 * Scripts benchmark: validating a pack of 50 scripts × 200 steps (schema, graph and the
 * wording check through the engine; baselines without the wording check and schema only), and
 * stepping through a 200-step script (each move at the end of a 200-visit path; baseline: the
 * same moves looking steps up by a linear search instead of the compiled maps).
 */
import { cpus } from 'node:os';
import call from '../tests/unit/core/engine/corpus/call.json';
import chat from '../tests/unit/core/engine/corpus/chat.json';
import email from '../tests/unit/core/engine/corpus/email.json';
import notes from '../tests/unit/core/engine/corpus/notes.json';
import { createChecker } from '../lib/core/engine';
import type { Phase } from '../lib/core/model/pack';
import type { Script, ScriptProgress, ScriptStep } from '../lib/core/model/script';
import { compileScript } from '../lib/core/scripts/compile';
import { matchSteps } from '../lib/core/scripts/match';
import { missingRequired } from '../lib/core/scripts/missing';
import { answer, back, forward, start } from '../lib/core/scripts/navigate';
import { fillNote } from '../lib/core/scripts/note';
import { openObjection, returnFromObjection } from '../lib/core/scripts/objections';
import { capture, markSaid } from '../lib/core/scripts/record';
import { checkScripts, validateScripts } from '../lib/core/scripts/validate';
import { rng, table, timeMs } from './measure';

const random = rng(20260510);
const checker = createChecker();
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

// Agent sentences the built-in pack passes in a call's body: the generated pack is valid, as
// a published one is, so the wording check does all its work and refuses nothing.
type Sample = { text: string; expect: string[] };
const pool = ([...call, ...chat, ...notes, ...email] as Sample[])
  .map((s) => s.text)
  .filter((t) => t.length < 160 && !/[А-я]|rakstīja:|wrote:|\n/u.test(t))
  .filter((t) => checker.check(t, { phase: 'body', channel: 'call' }).length === 0);
const openers = ['{greeting}! Mans vārds ir {agentName} {agentSurname}, {company}.'];
const closers = ['Paldies par sarunu, {customerNameVocative}! Jauku dienu!', 'Paldies! Visu labu!'];

function phaseAt(i: number, n: number): Phase {
  return i < n / 10 ? 'opening' : i >= n - n / 10 ? 'closing' : 'body';
}

const used = new Set<string>();

/**
 * A new text that the built-in pack passes in the body (slots as the validator fills them),
 * so every say text is distinct and the generated pack is valid. Pairs of sentences run out
 * (the pool is small), so after a few tries a third sentence is added.
 */
function cleanUnique(make: () => string): string {
  for (let tries = 0; ; tries++) {
    const text = tries < 20 ? make() : `${make()} ${pick(pool)}`;
    if (used.has(text)) continue;
    const filled = text.replace(/\{field\d+\}/g, '12345');
    if (checker.check(filled, { phase: 'body', channel: 'call' }).length > 0) continue;
    used.add(text);
    return text;
  }
}

function sayFor(phase: Phase, i: number): string[] {
  if (phase === 'opening') return [pick(openers)];
  if (phase === 'closing') return [pick(closers)];
  const field = `{field${i - (i % 10)}}`;
  return [
    cleanUnique(() => `${pick(pool)} ${pick(pool)}`),
    cleanUnique(() => `${pick(pool)} ${field} ${pick(pool)}`),
  ];
}

/** A script like a long real one: two answers per step forward, a loop back now and then,
 * a field every tenth step, required steps, objection cards and three outcomes. */
function bigScript(id: string, n: number): Script {
  const steps: ScriptStep[] = [];
  for (let i = 0; i < n; i++) {
    const phase = phaseAt(i, n);
    const step: ScriptStep = {
      id: `s${i}`,
      title: { lv: `Solis ${i}`, en: `Step ${i}` },
      phase,
      say: sayFor(phase, i),
      detect: { phrases: [`frāze ${i}`, `otrā frāze ${i}`] },
    };
    if (i % 5 === 0) step.required = true;
    if (i === 1) step.compliance = true;
    if (i % 10 === 0)
      step.captures = [{ id: `field${i}`, kind: 'text', label: { lv: `Lauks ${i}` } }];
    if (i < n - 1) {
      const answers = [{ id: 'a', label: { lv: 'Jā' }, next: `s${i + 1}` }];
      if (i + 2 < n) answers.push({ id: 'b', label: { lv: 'Nē' }, next: `s${i + 2}` });
      if (i % 20 === 19) answers.push({ id: 'c', label: { lv: 'Vēlreiz' }, next: `s${i - 3}` });
      step.answers = answers;
    } else step.outcomes = ['done', 'callback', 'refused'];
    steps.push(step);
  }
  return {
    id,
    name: { lv: `Skripts ${id}`, en: `Script ${id}` },
    appliesTo: { direction: 'any', channels: ['call'] },
    start: 's0',
    steps,
    objections: [
      { id: 'expensive', label: { lv: 'Dārgi' }, say: ['Saprotu, cena ir svarīga.'] },
      { id: 'no-time', label: { lv: 'Nav laika' }, say: ['Saprotu.'], returnTo: `s${n - 1}` },
    ],
    outcomes: [
      { id: 'done', label: { lv: 'Pabeigts' } },
      { id: 'callback', label: { lv: 'Atzvans' }, requires: ['field10'] },
      { id: 'refused', label: { lv: 'Atteica' } },
    ],
    note: 'Iznākums: {outcome}. Lauks: {field10}. Gaita: {path}. Iebildumi: {objections}.',
  };
}

const SCRIPTS = 50;
const STEPS = 200;
const pack = Array.from({ length: SCRIPTS }, (_, k) => bigScript(`script-${k}`, STEPS));
const texts = pack.reduce((n, s) => n + s.steps.reduce((m, st) => m + st.say.length, 0) + 2, 0);

console.log(
  `machine: ${cpus().length} CPU(s), ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`,
);
console.log(
  `pack: ${SCRIPTS} scripts × ${STEPS} steps, ${texts} say texts (${used.size} distinct, built from ${pool.length} corpus sentences), ${(JSON.stringify(pack).length / 1e6).toFixed(1)} MB of JSON`,
);
const full = checkScripts(pack, { checker });
console.log(
  `result with the wording check: ${full.errors.length} errors, ${full.warnings.length} warnings\n`,
);

// Each run gets new script objects, so the compiled-script cache (keyed by the object) does
// not carry over between samples; the engine is compiled once, as the validator receives it.
const fresh = (): Script[] => pack.map((script) => ({ ...script }));
const validationRows: [string, number, number | null][] = [
  [
    'schema + graph + wording (validateScripts)',
    timeMs(() => validateScripts(fresh(), { checker }), { samples: 7, warmup: 2 }),
    1000,
  ],
  [
    'graph + wording (checkScripts)',
    timeMs(() => checkScripts(fresh(), { checker }), { samples: 7, warmup: 2 }),
    1000,
  ],
  [
    'baseline: schema + graph, no wording',
    timeMs(() => validateScripts(fresh()), { samples: 7, warmup: 2 }),
    null,
  ],
  ['baseline: graph only', timeMs(() => checkScripts(fresh()), { samples: 7, warmup: 2 }), null],
];
console.log('validation of the whole pack (median ms per run)');
console.log(
  table(
    ['what', 'ms', 'target ms'],
    validationRows.map(([what, ms, target]) => [what, ms, target === null ? '–' : String(target)]),
  ),
);

// Stepping: a 200-step script, the call at the end of a 200-visit path.
const script = pack[0] as Script;
const c = compileScript(script);
const t0 = Date.UTC(2026, 4, 10, 9);
let deep = start(c, t0);
for (let i = 0; i < STEPS - 1; i++) deep = answer(c, deep, 'a', t0 + i);
deep = back(c, deep, t0 + 500);
const ahead = deep;

/** The same answer move with linear searches, as an uncompiled implementation would do. */
function naiveAnswer(s: Script, p: ScriptProgress, answerId: string, now: number): ScriptProgress {
  const step = s.steps.find((st) => st.id === p.current);
  const target = step?.answers?.find((a) => a.id === answerId)?.next;
  if (!target || !s.steps.some((st) => st.id === target)) return p;
  const last = p.path.at(-1);
  const path = last
    ? [...p.path.slice(0, -1), { ...last, leftAt: now, leftBy: 'answer' as const }]
    : [];
  return {
    ...p,
    current: target,
    path: [...path, { step: target, enteredAt: now, leftAt: null, leftBy: null }],
  };
}

const typed = 'Labdien! Mans vārds ir Anna. Šī ir frāze 150 un vēl otrā frāze 42.';
const ops: [string, () => unknown][] = [
  ['compile (first use of a script)', () => compileScript({ ...script })],
  ['start', () => start(c, t0)],
  ['answer (path of 200 visits)', () => answer(c, ahead, 'a', t0 + 900)],
  ['back', () => back(c, ahead, t0 + 900)],
  ['forward', () => forward(c, ahead, t0 + 900)],
  [
    'open + return objection',
    () => returnFromObjection(c, openObjection(c, ahead, 'expensive', t0), t0),
  ],
  ['capture a field', () => capture(c, ahead, 'field10', 'LV-1', t0)],
  ['markSaid', () => markSaid(c, ahead, 's7', 'ticked', t0)],
  ['missingRequired', () => missingRequired(c, ahead)],
  ['fillNote', () => fillNote(c, ahead, { agentName: 'Anna' })],
  ['matchSteps (400 phrases)', () => matchSteps(c, typed)],
  ['baseline: answer by linear search', () => naiveAnswer(script, ahead, 'a', t0 + 900)],
];
const walk = () => {
  let p = start(c, t0);
  for (let i = 0; i < STEPS - 1; i++) p = answer(c, p, 'a', t0 + i);
  return missingRequired(c, p).length + fillNote(c, p).text.length;
};
console.log('\nstepping a 200-step script (median ms per operation)');
const stepRows = ops.map(([name, fn]): [string, number] => [
  name,
  timeMs(fn, { samples: 200, batch: name.startsWith('compile') ? 1 : 20 }),
]);
const walkMs = timeMs(walk, { samples: 40, warmup: 5 });
console.log(
  table(
    ['operation', 'ms', 'target ms'],
    [
      ...stepRows.map(([name, ms]) => [name, ms, name.startsWith('baseline') ? '–' : '16']),
      ['whole walk: start, 199 answers, missing, note', walkMs, '–'],
    ],
  ),
);

const worstStep = Math.max(
  ...stepRows.filter(([n]) => !n.startsWith('baseline')).map(([, ms]) => ms),
);
const targets: [string, number, number][] = [
  ['validate 50 × 200 steps with wording ≤ 1,000 ms', validationRows[0]?.[1] ?? Infinity, 1000],
  ['slowest stepping operation ≤ 16 ms', worstStep, 16],
];
console.log('\ntargets');
console.log(
  table(
    ['target', 'measured ms', 'met'],
    targets.map(([n, v, limit]) => [n, v, v <= limit ? 'yes' : 'NO']),
  ),
);
