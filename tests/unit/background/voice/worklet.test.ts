import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  FromWorklet,
  WorkletOptions,
} from '../../../../lib/background/voice/worklet-protocol';
import { voiceMetricsSchema, voiceSummarySchema } from '../../../../lib/core/voice/schemas';

/**
 * The AudioWorklet module (lib/background/voice/worklet-main.ts) in a stand-in of the
 * AudioWorkletGlobalScope: the globals it reads are set here, the processor it registers is
 * driven with 128-sample quanta as Chromium's audio thread does, and what it posts is checked.
 */

interface Processor {
  process(inputs: Float32Array[][]): boolean;
}
type ProcessorCtor = new (options: { processorOptions?: WorkletOptions }) => Processor;

const scope = globalThis as unknown as Record<string, unknown>;
let Registered: ProcessorCtor;
const posted: FromWorklet[] = [];
let onMessage: ((event: { data: unknown }) => void) | null = null;

beforeAll(async () => {
  scope.sampleRate = 16000;
  scope.currentTime = 0;
  scope.AudioWorkletProcessor = class {
    readonly port = {
      postMessage: (message: FromWorklet) => posted.push(message),
      set onmessage(handler: (event: { data: unknown }) => void) {
        onMessage = handler;
      },
    };
  };
  scope.registerProcessor = (_name: string, ctor: ProcessorCtor) => {
    Registered = ctor;
  };
  await import('../../../../lib/background/voice/worklet-main');
});

/** A 200 Hz tone switching on and off every 300 ms: voiced stretches with syllable-like bursts. */
function quantum(index: number): Float32Array {
  const out = new Float32Array(128);
  for (let i = 0; i < 128; i++) {
    const n = index * 128 + i;
    const on = Math.floor(n / 4800) % 2 === 0;
    out[i] = on ? 0.2 * Math.sin((2 * Math.PI * 200 * n) / 16000) : 0;
  }
  return out;
}

describe('the voice worklet', () => {
  it('posts only numbers, at least every 250 ms of audio, and its summary when told to stop', () => {
    posted.length = 0;
    const processor = new Registered({ processorOptions: { customerSide: true } });
    const quanta = 16000 / 128; // 1 s per 125 quanta
    for (let q = 0; q < 4 * quanta; q++) {
      scope.currentTime = (q * 128) / 16000;
      expect(processor.process([[quantum(q)], [new Float32Array(128)]])).toBe(true);
    }
    const metrics = posted.filter((m) => m.type === 'metrics');
    expect(metrics.length).toBeGreaterThanOrEqual(15); // 4 s at one per 250 ms (the first at 0)
    for (const message of metrics) {
      expect(Object.keys(message)).toEqual(['type', 'metrics']);
      expect(v.safeParse(voiceMetricsSchema, message.metrics).success).toBe(true);
    }
    const last = metrics.at(-1);
    expect(last?.type === 'metrics' && last.metrics.elapsedMs).toBeGreaterThan(3000);

    onMessage?.({ data: { type: 'stop' } });
    const summary = posted.at(-1);
    expect(summary?.type).toBe('summary');
    if (summary?.type === 'summary') {
      expect(v.safeParse(voiceSummarySchema, summary.summary).success).toBe(true);
      expect(summary.summary.agentTalkMs).toBeGreaterThan(1000);
      expect(summary.summary.customerTalkMs).toBe(0);
    }
    // Stopped: the audio thread may drop the node, and nothing more is posted.
    const count = posted.length;
    expect(processor.process([[quantum(0)], [quantum(0)]])).toBe(false);
    onMessage?.({ data: { type: 'stop' } });
    expect(posted.length).toBe(count);
  });

  it('ignores messages that are not a stop', () => {
    posted.length = 0;
    new Registered({ processorOptions: { customerSide: false } });
    onMessage?.({ data: { type: 'start' } });
    onMessage?.({ data: new Float32Array(4) });
    expect(posted).toEqual([]);
  });
});
