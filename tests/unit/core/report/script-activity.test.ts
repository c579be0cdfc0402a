import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../../../lib/core/model/call';
import type { Script, ScriptProgress } from '../../../../lib/core/model/script';
import { buildActivity } from '../../../../lib/core/report/build-activity';
import { parseActivity } from '../../../../lib/core/report/activity';
import { BUILTIN_SCRIPTS } from '../../../../lib/core/scripts/builtin';
import { compileScript } from '../../../../lib/core/scripts/compile';
import { applyMove, type ScriptMove } from '../../../../lib/core/scripts/moves';
import { start } from '../../../../lib/core/scripts/navigate';

const outbound = BUILTIN_SCRIPTS.find((s) => s.id === 'outbound-offer') as Script;
const c = compileScript(outbound);
const T0 = Date.parse('2026-03-02T09:00:00Z');

/** A call run through the script's own moves, one second apart, ended a second later. */
function call(id: string, moves: ScriptMove[]): CallRecord {
  let now = T0;
  let p: ScriptProgress = start(c, now);
  for (const move of moves) {
    now += 1000;
    const r = applyMove(c, p, move, now);
    if (!r.ok) throw new Error(`${move.kind}: ${r.error.en}`);
    p = r.progress;
  }
  return {
    id,
    startedAt: T0,
    endedAt: now + 1000,
    tabId: 3,
    site: 'crm.example.lv',
    direction: 'outbound',
    contactKey: 'secret-contact-key',
    customerName: 'Jānis Bērziņš',
    startedByAgent: true,
    repeatOfCallId: null,
    phases: [{ phase: 'opening', at: T0 }],
    ticks: [],
    findings: 0,
    accepted: 0,
    ignored: 0,
    dropped: false,
    outcome: 'completed',
    rulesVersion: null,
    script: p,
  };
}

const toOffer: ScriptMove[] = [
  { kind: 'next' },
  { kind: 'next' },
  { kind: 'answer', answer: 'yes' },
  { kind: 'answer', answer: 'interested' },
  { kind: 'next' },
];

describe("a day's activity file with guided scripts", () => {
  const declined = call('a', [
    ...toOffer,
    { kind: 'capture', field: 'offerPrice', value: 31.5 },
    { kind: 'answer', answer: 'decline' },
    { kind: 'next' },
    { kind: 'finish', outcome: 'refused' },
  ]);
  const leftAtOffer = call('b', [...toOffer, { kind: 'capture', field: 'offerPrice', value: 27 }]);
  const file = buildActivity({
    agentId: 'agent-7',
    day: '2026-03-02',
    generatedAt: T0 + 3_600_000,
    extensionVersion: '1.0.0',
    packs: [],
    ruleStats: [],
    calls: [declined, leftAtOffer],
    checklists: {},
  });
  const row = (step: string) => file.scripts.find((r) => r.stepId === step);

  it('counts each step reached, said and where a call was left without an outcome', () => {
    expect(row('intro')).toMatchObject({
      scriptId: 'outbound-offer',
      reached: 2,
      completed: 2,
      left: 0,
    });
    expect(row('offer')).toMatchObject({ reached: 2, left: 1 });
    expect(file.scripts.reduce((n, r) => n + r.left, 0)).toBe(1);
    expect(row('intro')?.timeMs).toBe(2000);
  });

  it("counts the script's outcome among the calls' outcomes", () => {
    expect(file.calls.outcomes).toEqual({ refused: 1, completed: 1 });
  });

  it('is a valid laipni-activity/1 file with no capture, name, contact key or site in it', () => {
    expect(parseActivity(file).ok).toBe(true);
    const text = JSON.stringify(file);
    for (const secret of ['31.5', 'Jānis', 'Bērziņš', 'secret-contact-key', 'crm.example.lv'])
      expect(text).not.toContain(secret);
  });
});
