import { describe, expect, it } from 'vitest';
import { createVoiceAnalyzer, type VoiceEvent } from '../../../../lib/core/voice';
import { feed, noise, syllables, timeline } from './signals';

type Segment = [start: number, seconds: number, rate?: number];

/** Agent and customer speech (5 syllables/s unless given) on a quiet line, analysed together. */
function call(agent: Segment[], customer: Segment[], seconds = 10, options = {}) {
  const side = (segments: Segment[], seed: number): Float32Array =>
    timeline(seconds, [
      [0, noise(seconds, -65, seed)],
      ...segments.map(([start, len, rate = 5], i): [number, Float32Array] => [
        start,
        syllables(Math.max(1, Math.round(len * rate)), Math.max(1, Math.round(len * rate)) / len, {
          seed: seed * 10 + i,
          f0: seed === 1 ? 120 : 210,
        }),
      ]),
    ]);
  const events: VoiceEvent[] = [];
  const a = createVoiceAnalyzer({ ...options, onEvent: (e) => events.push(e) });
  feed(a, { agent: side(agent, 1), customer: side(customer, 2) });
  return { a, events, summary: a.summary(), snapshot: a.snapshot() };
}

describe('interruptions and back-channels', () => {
  // The customer talks from 1 s to 6 s in every case.
  const customer: Segment[] = [[1, 5]];
  it.each([
    ['a 0.4 s «jā» over the customer', [[3, 0.4, 2.5]], { interruptions: 0, backchannels: 1 }],
    [
      'a 0.55 s «skaidrs» over the customer',
      [[3, 0.55, 3.6]],
      { interruptions: 0, backchannels: 1 },
    ],
    ['0.8 s of words over the customer', [[3, 0.8]], { interruptions: 1, backchannels: 0 }],
    ['1 s of words over the customer', [[3, 1]], { interruptions: 1, backchannels: 0 }],
    ['3 s of overlap is still one interruption', [[3, 3]], { interruptions: 1, backchannels: 0 }],
    [
      'two separate cut-ins are two',
      [
        [2, 1],
        [4.2, 1],
      ],
      { interruptions: 2, backchannels: 0 },
    ],
    ['a reply 0.3 s after the customer stops', [[6.3, 2]], { interruptions: 0, backchannels: 0 }],
    ['a reply right after the customer stops', [[6.05, 2]], { interruptions: 0, backchannels: 0 }],
    ['agent alone, before the customer', [[0, 0.8]], { interruptions: 0, backchannels: 0 }],
  ] as [string, Segment[], { interruptions: number; backchannels: number }][])(
    '%s',
    (_name, agent, expected) => {
      const { summary } = call(agent, customer);
      expect({ interruptions: summary.interruptions, backchannels: summary.backchannels }).toEqual(
        expected,
      );
    },
  );

  it('the customer starting over the agent is not the agent interrupting', () => {
    const { summary } = call([[1, 4]], [[2.5, 2]]);
    expect(summary.interruptions).toBe(0);
  });

  it('an agent start during the customer’s last 0.1 s is a quick turn, not an interruption', () => {
    const { summary, events } = call([[5.9, 2]], [[1, 5]]);
    expect(summary.interruptions).toBe(0);
    expect(summary.turnOverlaps).toBe(1);
    expect(events.map((e) => e.type)).toEqual(['turnOverlap']);
  });

  it('reports the interruption at the agent’s onset, after 0.6 s of it', () => {
    const { events } = call([[3, 1.5]], [[1, 5]]);
    const e = events.find((v) => v.type === 'interruption');
    expect(e).toBeDefined();
    expect(Math.abs((e as VoiceEvent).atMs - 3000)).toBeLessThanOrEqual(50);
    expect((e as VoiceEvent).durationMs).toBeGreaterThan(600);
    expect((e as VoiceEvent).durationMs).toBeLessThan(700);
  });

  it('a fan switching on at the agent’s desk while the customer talks is not an interruption', () => {
    const customer = timeline(8, [
      [0, noise(8, -65, 2)],
      [1, syllables(30, 5, { f0: 210 })],
    ]);
    const agent = timeline(8, [
      [0, noise(8, -70, 1)],
      [3, noise(5, -40, 3)],
    ]);
    const a = createVoiceAnalyzer();
    feed(a, { agent, customer });
    expect(a.summary().interruptions).toBe(0);
    // It is loud for a moment (until the floor catches up), but it has no syllables.
    expect(a.summary().agentSyllables).toBeLessThanOrEqual(1);
  });

  it('the back-channel limit is an option', () => {
    const { summary } = call([[3, 0.8]], [[1, 5]], 10, { backchannelMaxMs: 1000 });
    expect(summary.interruptions).toBe(0);
    expect(summary.backchannels).toBe(1);
  });
});

describe('talk share, overlap, monologue, tempo', () => {
  it('talk share is agent speech over all speech', () => {
    const { summary } = call([[0.5, 3]], [[4, 6]], 11);
    expect(Math.abs(summary.talkShare - 1 / 3)).toBeLessThan(0.02);
    expect(Math.abs(summary.agentTalkMs - 3000)).toBeLessThan(80);
    expect(Math.abs(summary.customerTalkMs - 6000)).toBeLessThan(80);
    expect(summary.overlapMs).toBe(0);
  });

  it('overlap counts the time both speak', () => {
    const { summary } = call([[3, 2]], [[1, 5]]);
    expect(Math.abs(summary.overlapMs - 2000)).toBeLessThan(500);
    expect(summary.overlapMs).toBeGreaterThan(1900);
  });

  it('a long agent turn is a monologue; back-channels do not end it, a customer turn does', () => {
    const options = { monologueMs: 5000 };
    // Agent talks 0.5–9 s with short pauses; the customer only says «jā» at 4 s.
    const agent: Segment[] = [
      [0.5, 3],
      [3.8, 2.5],
      [6.6, 2.4],
    ];
    const { summary, snapshot, events } = call(agent, [[4.2, 0.4, 2.5]], 10, options);
    expect(summary.monologues).toBe(1);
    expect(snapshot.alarms.monologue).toBe(true);
    expect(events.filter((e) => e.type === 'monologue')).toHaveLength(1);
    expect(summary.longestTurnMs).toBeGreaterThan(8000);

    // A 1.5 s customer turn in the middle splits it into two turns of ~4 s: no monologue.
    const split = call(agent, [[3.55, 1.5]], 10, options);
    expect(split.summary.monologues).toBe(0);
    expect(split.snapshot.alarms.monologue).toBe(false);
  });

  it.each([
    ['agent at 7/s, customer at 3.5/s', true, 7, 3.5],
    ['agent at 5/s, customer at 4.5/s', false, 5, 4.5],
    ['agent slower than the customer', false, 3.5, 6],
  ])('tempo hint: %s → %s', (_n, expected, agentRate, customerRate) => {
    const { snapshot, summary } = call([[0.5, 4, agentRate]], [[5, 4, customerRate]], 10);
    expect(snapshot.alarms.tooFast).toBe(expected);
    expect(summary.tooFastMs > 0).toBe(expected);
  });

  it('no tempo hint without a customer rate', () => {
    const a = createVoiceAnalyzer();
    feed(a, { agent: timeline(6, [[0.5, syllables(35, 7)]]) });
    expect(a.snapshot().alarms.tooFast).toBe(false);
    expect(a.snapshot().customerRate).toBe(0);
  });
});

describe('channel alignment', () => {
  it('works with the agent alone (no customer side)', () => {
    const a = createVoiceAnalyzer({ customerSide: false, monologueMs: 3000 });
    const seen: number[] = [];
    feed(
      a,
      { agent: timeline(5, [[0.5, syllables(20, 5)]]) },
      {
        tick: (t) => {
          if (a.snapshot().alarms.monologue) seen.push(t);
        },
      },
    );
    // Without a customer side nothing waits: the monologue alarm is on time.
    expect(Math.abs((seen[0] as number) - 3.5)).toBeLessThan(0.1);
    const s = a.summary();
    expect(s.durationMs).toBe(5000);
    expect(s.talkShare).toBe(1);
  });

  it('waits for an expected customer side, up to maxChannelLagMs, and summary() finalises', () => {
    const a = createVoiceAnalyzer();
    feed(a, { agent: timeline(5, [[0.5, syllables(20, 5)]]) });
    expect(a.snapshot().elapsedMs).toBe(5000 - 2000);
    expect(a.summary().durationMs).toBe(5000);
  });

  it('a stalled customer side is taken as silent after maxChannelLagMs', () => {
    const a = createVoiceAnalyzer();
    const agent = timeline(6, [[0.5, syllables(20, 5)]]);
    a.push('agent', agent.subarray(0, 1600));
    a.push('customer', new Float32Array(1600));
    // …and nothing more from the customer.
    feed(a, { agent: agent.subarray(1600) });
    expect(a.snapshot().elapsedMs).toBe(6000 - 2000);
  });

  it('sides whose first samples arrive within maxChannelLagMs started together', () => {
    const agent = timeline(6, [[3, syllables(5, 5)]]);
    const customer = timeline(6, [[1, syllables(20, 5, { f0: 210 })]]);
    const a = createVoiceAnalyzer();
    // The agent's first 1.5 s arrive before anything from the customer.
    feed(a, { agent: agent.subarray(0, 24000) });
    feed(a, { agent: agent.subarray(24000), customer });
    expect(a.summary().interruptions).toBe(1);
  });

  it('a customer side that joins late starts at the present', () => {
    const events: string[] = [];
    const b = createVoiceAnalyzer({ onEvent: (e) => events.push(e.type) });
    // Customer audio only from 3 s on (the conversation went on without it); the agent cuts in
    // at 4 s, 1 s into the customer's audio.
    const agent = timeline(7, [[4, syllables(5, 5)]]);
    const customer = timeline(4, [[0, syllables(15, 5, { f0: 210 })]]);
    feed(b, { agent: agent.subarray(0, 3 * 16000) });
    feed(b, { agent: agent.subarray(3 * 16000), customer });
    expect(b.summary().interruptions).toBe(1);
    expect(events).toEqual(['interruption']);
  });
});
