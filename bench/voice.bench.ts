/**
 * Voice coach benchmark: the analyser (lib/core/voice) on espeak-ng Latvian recordings made by
 * bench/voice/make-audio.mjs (generated on first run into test-results/voice/), fed in 128-sample
 * chunks like an AudioWorklet. Prints syllable rate against the text's syllable count,
 * interruptions against the script, level alarms, CPU, heap and meter lag, each beside its target,
 * and the naive method (fixed-threshold VAD, raw-envelope peaks) in the same run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import {
  createVoiceAnalyzer,
  type VoiceAnalyzer,
  type VoiceAnalyzerOptions,
  type VoiceChannel,
  type VoiceEvent,
} from '../lib/core/voice';
import { median, rng, table } from './measure';
import {
  NAIVE_THRESHOLD_DB,
  naiveChannel,
  naiveInterruptions,
  naiveLevelDb,
  naiveRate,
  naiveTalkMs,
} from './voice/naive';
import { readWav } from './voice/wav';

const DIR = 'test-results/voice';
const MANIFEST_VERSION = 1;
const QUANTUM = 128;

interface Sentence {
  file: string;
  rate: number;
  sentence: number;
  noise: string;
  syllables: number;
  speechStartSec: number;
  speechSec: number;
}
interface Utterance {
  startSec: number;
  endSec: number;
  label: string;
}
interface Dialogue {
  name: string;
  agent: string;
  customer: string;
  agentUtterances: Utterance[];
  customerUtterances: Utterance[];
  durationSec: number;
  noise: string;
  interruptions: { agentOnsetSec: number }[];
  backchannels: { word: string; startSec: number; endSec: number }[];
  turnOverlaps: { agentOnsetSec: number }[];
}
interface LevelFile {
  file: string;
  offsetDb: number;
  clipped: boolean;
  activeLevelDb: number;
  peakDb: number;
  clippedSamples: number;
}
interface Manifest {
  version: number;
  sampleRate: number;
  targetLevelDb: number;
  sentences: Sentence[];
  dialogues: Dialogue[];
  levels: LevelFile[];
}

function loadManifest(): Manifest {
  const path = join(DIR, 'manifest.json');
  const fresh = (): boolean =>
    existsSync(path) &&
    (JSON.parse(readFileSync(path, 'utf8')) as Manifest).version === MANIFEST_VERSION;
  if (!fresh()) {
    console.log('voice: generating test audio (espeak-ng + sox)…');
    const r = spawnSync(process.execPath, ['bench/voice/make-audio.mjs', DIR], {
      stdio: 'inherit',
    });
    if (r.status !== 0 || !fresh()) throw new Error('voice: make-audio failed');
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

const m = loadManifest();
const SR = m.sampleRate;
const audio = new Map<string, Float32Array>();
function load(file: string): Float32Array {
  let x = audio.get(file);
  if (!x) {
    const w = readWav(join(DIR, file));
    if (w.sampleRate !== SR) throw new Error(`${file}: ${w.sampleRate} Hz, expected ${SR}`);
    x = w.samples;
    audio.set(file, x);
  }
  return x;
}

/**
 * Feeds both sides in render quanta, agent first, as one AudioWorklet would; `tick` runs after
 * every quantum with the audio time at its end (s).
 */
function feed(
  a: VoiceAnalyzer,
  agent: Float32Array | null,
  customer: Float32Array | null,
  tick?: (timeSec: number) => void,
  rate = SR,
): void {
  const n = Math.max(agent?.length ?? 0, customer?.length ?? 0);
  for (let at = 0; at < n; at += QUANTUM) {
    if (agent && at < agent.length) a.push('agent', agent.subarray(at, at + QUANTUM));
    if (customer && at < customer.length) a.push('customer', customer.subarray(at, at + QUANTUM));
    tick?.(Math.min(n, at + QUANTUM) / rate);
  }
}

function analyse(
  agent: Float32Array | null,
  customer: Float32Array | null,
  options: VoiceAnalyzerOptions = {},
): { a: VoiceAnalyzer; events: VoiceEvent[] } {
  const events: VoiceEvent[] = [];
  const a = createVoiceAnalyzer({ sampleRate: SR, ...options, onEvent: (e) => events.push(e) });
  feed(a, agent, customer);
  return { a, events };
}

const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
const pass = (ok: boolean): string => (ok ? 'pass' : 'FAIL');
const verdicts: [string, string, string, boolean][] = [];
function verdict(name: string, figure: string, target: string, ok: boolean): void {
  verdicts.push([name, figure, target, ok]);
}

console.log(
  `machine: ${cpus().length} CPU(s), ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`,
);
console.log(
  `audio: ${m.sentences.length} rate files, ${m.dialogues.length} dialogues, ${m.levels.length} level files (${DIR}), ${SR} Hz, fed in ${QUANTUM}-sample quanta\n`,
);

// --- 1. Syllable rate ------------------------------------------------------------------------
{
  const RATE_TOLERANCE = 0.15;
  type Row = { truth: number; measured: number; naive: number };
  const results = new Map<string, Row>();
  for (const s of m.sentences) {
    const x = load(s.file);
    const { a } = analyse(x, null);
    results.set(s.file, {
      truth: s.syllables / s.speechSec,
      measured: a.summary().agentRate,
      naive: naiveRate(naiveChannel(x, SR)),
    });
  }
  const rates = [...new Set(m.sentences.map((s) => s.rate))].sort((x, y) => x - y);
  const clean = m.sentences.filter((s) => s.noise === 'none');
  console.log('syllable rate per file, clean (syllables/s: truth → measured, error; naive)');
  const perFile: string[][] = [];
  for (const n of [...new Set(clean.map((s) => s.sentence))]) {
    const row: string[] = [String(n)];
    for (const r of rates) {
      const s = clean.find((c) => c.sentence === n && c.rate === r);
      const res = s && results.get(s.file);
      if (!s || !res) continue;
      row.push(
        `${res.truth.toFixed(2)} → ${res.measured.toFixed(2)} (${pct(res.measured / res.truth - 1)})`,
        res.naive.toFixed(1),
      );
    }
    perFile.push(row);
  }
  console.log(
    table(['sentence', ...rates.flatMap((r) => [`espeak -s ${r}`, 'naive'])], perFile) + '\n',
  );

  console.log('syllable rate per espeak rate (mean over 10 sentences; target: within ±15 %)');
  const rows: (string | number)[][] = [];
  for (const noisy of [false, true]) {
    for (const r of rates) {
      const files = m.sentences.filter((s) => s.rate === r && (s.noise !== 'none') === noisy);
      const res = files.map((s) => results.get(s.file) as Row);
      const mean = (f: (x: Row) => number): number =>
        res.reduce((t, x) => t + f(x), 0) / res.length;
      const truth = mean((x) => x.truth);
      const measured = mean((x) => x.measured);
      const naive = mean((x) => x.naive);
      const within = res.filter((x) => Math.abs(x.measured / x.truth - 1) <= RATE_TOLERANCE).length;
      const worst = Math.max(...res.map((x) => Math.abs(x.measured / x.truth - 1)));
      const err = measured / truth - 1;
      const ok = Math.abs(err) <= RATE_TOLERANCE;
      rows.push([
        `-s ${r}`,
        noisy ? (files[0]?.noise ?? '') : 'clean',
        truth.toFixed(2),
        measured.toFixed(2),
        pct(err),
        `${within}/${res.length}`,
        `±${(worst * 100).toFixed(0)} %`,
        naive.toFixed(2),
        pct(naive / truth - 1),
        pass(ok),
      ]);
      verdict(
        `rate -s ${r} ${noisy ? 'noisy' : 'clean'}`,
        `${pct(err)} (${within}/${res.length} files ≤ 15 %)`,
        '±15 %',
        ok,
      );
    }
  }
  console.log(
    table(
      [
        'espeak',
        'noise',
        'truth',
        'measured',
        'error',
        'files ≤ ±15 %',
        'worst file',
        'naive',
        'naive error',
        'target',
      ],
      rows,
    ) + '\n',
  );
}

// --- 2. Interruptions and talk share -------------------------------------------------------
{
  const MATCH_S = 0.5;
  const near = (t: number, list: number[]): boolean => list.some((u) => Math.abs(u - t) <= MATCH_S);
  /** Time covered by the union of the utterances, s. */
  const covered = (utts: Utterance[]): number => {
    const sorted = [...utts].sort((p, q) => p.startSec - q.startSec);
    let total = 0;
    let end = -Infinity;
    for (const u of sorted) {
      if (u.endSec <= end) continue;
      total += u.endSec - Math.max(u.startSec, end);
      end = u.endSec;
    }
    return total;
  };
  interface Scores {
    found: number;
    truth: number;
    politeFalse: number;
    politeMinutes: number;
    bcAsInterruption: number;
    bcTotal: number;
    shareErr: number[];
  }
  const empty = (): Scores => ({
    found: 0,
    truth: 0,
    politeFalse: 0,
    politeMinutes: 0,
    bcAsInterruption: 0,
    bcTotal: 0,
    shareErr: [],
  });
  /** Every dialogue through both methods after `transform`; `row` gets the per-file figures. */
  function evaluate(
    transform: (x: Float32Array) => Float32Array,
    row?: (d: Dialogue, f: Record<string, string>) => void,
  ): { ours: Scores; naive: Scores } {
    const ours = empty();
    const naive = empty();
    for (const d of m.dialogues) {
      const agent = transform(load(d.agent));
      const customer = transform(load(d.customer));
      const truth = d.interruptions.map((i) => i.agentOnsetSec);
      const bcStarts = d.backchannels.map((b) => b.startSec);
      const agentTalk = covered(d.agentUtterances);
      const shareTruth = agentTalk / (agentTalk + covered(d.customerUtterances));
      const { a, events } = analyse(agent, customer);
      const s = a.summary();
      const na = naiveChannel(agent, SR);
      const nc = naiveChannel(customer, SR);
      const results: [Scores, number[], number][] = [
        [
          ours,
          events.filter((e) => e.type === 'interruption').map((e) => e.atMs / 1000),
          s.talkShare,
        ],
        [
          naive,
          naiveInterruptions(na, nc),
          naiveTalkMs(na) / (naiveTalkMs(na) + naiveTalkMs(nc) || 1),
        ],
      ];
      const figures: string[][] = [];
      for (const [sc, det, share] of results) {
        const hits = truth.filter((t) => near(t, det)).length;
        const falseAlarms = det.filter((t) => !near(t, truth)).length;
        const bcHits = det.filter((t) => near(t, bcStarts)).length;
        sc.found += hits;
        sc.truth += truth.length;
        sc.bcAsInterruption += bcHits;
        sc.bcTotal += bcStarts.length;
        sc.shareErr.push(share - shareTruth);
        if (truth.length === 0) {
          sc.politeFalse += falseAlarms;
          sc.politeMinutes += d.durationSec / 60;
        }
        figures.push([
          `${hits}/${truth.length}`,
          String(falseAlarms),
          String(bcHits),
          `${(share * 100).toFixed(0)} %`,
        ]);
      }
      const [o, n] = figures as [string[], string[]];
      row?.(d, {
        found: o[0] as string,
        false: o[1] as string,
        bc: o[2] as string,
        share: `${(shareTruth * 100).toFixed(0)} % → ${o[3]}`,
        backchannels: `${s.backchannels} (${bcStarts.length} scripted)`,
        quick: `${s.turnOverlaps} (${d.turnOverlaps.length} scripted)`,
        naiveFound: n[0] as string,
        naiveFalse: n[1] as string,
        naiveBc: n[2] as string,
        naiveShare: n[3] as string,
      });
    }
    return { ours, naive };
  }

  const rows: string[][] = [];
  const { ours } = evaluate(
    (x) => x,
    (d, f) =>
      rows.push([
        d.name,
        d.noise,
        d.durationSec.toFixed(0),
        f.found as string,
        f.false as string,
        f.backchannels as string,
        f.bc as string,
        f.quick as string,
        f.share as string,
        f.naiveFound as string,
        f.naiveFalse as string,
        f.naiveBc as string,
        f.naiveShare as string,
      ]),
  );
  console.log(
    `interruptions and talk share (detected onset within ±${MATCH_S} s of the script; naive: fixed ${NAIVE_THRESHOLD_DB} dBFS VAD)`,
  );
  console.log(
    table(
      [
        'dialogue',
        'noise',
        's',
        'found',
        'false',
        'back-channels',
        'bc → interruption',
        'quick turns',
        'agent share truth → measured',
        'naive found',
        'naive false',
        'naive bc → int.',
        'naive share',
      ],
      rows,
    ) + '\n',
  );
  const perMin = ours.politeFalse / ours.politeMinutes;
  verdict('interruptions found', `${ours.found}/${ours.truth}`, '≥ 18/20', ours.found >= 18);
  verdict(
    'false alarms, no-interruption dialogue',
    `${perMin.toFixed(2)}/min over ${ours.politeMinutes.toFixed(1)} min`,
    '≤ 1/min',
    perMin <= 1,
  );
  verdict(
    'back-channels counted as interruptions',
    `${ours.bcAsInterruption} of ${ours.bcTotal}`,
    '0',
    ours.bcAsInterruption === 0,
  );

  // The same calls through harder microphones, made in memory: a quiet headset, a loud room, and
  // a fan that switches on mid-call. Only the adaptive noise floor copes with all three.
  const random = rng(7);
  const noiseOf = (n: number, db: number, from = 0): Float32Array => {
    const g = Math.sqrt(3 * 10 ** (db / 10)); // uniform noise in ±g has mean square g²/3
    const out = new Float32Array(n);
    for (let i = from; i < n; i++) out[i] = (random() * 2 - 1) * g;
    return out;
  };
  const conditions: [string, (x: Float32Array) => Float32Array][] = [
    ['as generated', (x) => x],
    ['quiet headset (−14 dB)', (x) => x.map((v) => v * 10 ** (-14 / 20))],
    [
      'loud room (noise −40 dBFS, SNR ≈ 15 dB)',
      (x) => {
        const n = noiseOf(x.length, -40);
        return x.map((v, i) => v + (n[i] as number));
      },
    ],
    [
      'fan: noise −60 → −42 dBFS at 20 s',
      (x) => {
        const quiet = noiseOf(x.length, -60);
        const fan = noiseOf(x.length, -42, 20 * SR);
        return x.map((v, i) => v + (quiet[i] as number) + (fan[i] as number));
      },
    ],
  ];
  const robust: string[][] = [];
  for (const [name, transform] of conditions) {
    const r = evaluate(transform);
    for (const [method, sc] of [
      ['analyser', r.ours],
      ['naive', r.naive],
    ] as const) {
      const mae =
        sc.shareErr.reduce((t, e) => t + Math.abs(e), 0) / Math.max(1, sc.shareErr.length);
      robust.push([
        name,
        method,
        `${sc.found}/${sc.truth}`,
        (sc.politeFalse / sc.politeMinutes).toFixed(2),
        `${sc.bcAsInterruption}/${sc.bcTotal}`,
        `${(mae * 100).toFixed(1)} pp`,
      ]);
    }
  }
  console.log('robustness: the same dialogues through harder microphones (made in memory)');
  console.log(
    table(
      [
        'condition',
        'method',
        'interruptions found',
        'false / min (no-interruption)',
        'bc → interruption',
        'talk share error (mean abs)',
      ],
      robust,
    ) + '\n',
  );
}

// --- 3. Level alarms -------------------------------------------------------------------------
{
  const rows: (string | number)[][] = [];
  const target = createVoiceAnalyzer().options.levelTargetDb;
  for (const l of m.levels) {
    const x = load(l.file);
    const { a } = analyse(x, null);
    const s = a.summary();
    const talk = s.agentTalkMs || 1;
    const share = (ms: number): number => ms / talk;
    const quiet = share(s.tooQuietMs);
    const loud = share(s.tooLoudMs);
    const clip = s.clippingMs / (s.durationMs || 1);
    // Expected: nothing within ±10 dB; the matching alarm beyond; clipping where the file clips.
    const wantQuiet = l.offsetDb < -10;
    const wantLoud = l.offsetDb > 10;
    const fileClips = l.clippedSamples > 100;
    const ok =
      (wantQuiet ? quiet >= 0.5 : quiet === 0) &&
      (wantLoud ? loud >= 0.5 : loud === 0) &&
      (l.clipped ? clip > 0.3 : fileClips || s.clippingMs === 0);
    const expected = [
      wantQuiet && 'too quiet',
      wantLoud && 'too loud',
      (l.clipped || fileClips) && 'clipping',
    ]
      .filter(Boolean)
      .join(' + ');
    rows.push([
      l.file,
      `${l.offsetDb >= 0 ? '+' : ''}${l.offsetDb} dB`,
      l.activeLevelDb.toFixed(1),
      s.agentLevelDb.toFixed(1),
      naiveLevelDb(x).toFixed(1),
      `${l.peakDb.toFixed(1)} / ${l.clippedSamples}`,
      `${(quiet * 100).toFixed(0)} %`,
      `${(loud * 100).toFixed(0)} %`,
      `${(clip * 100).toFixed(0)} % (${s.clipEvents} ev.)`,
      expected || 'none',
      pass(ok),
    ]);
    verdict(`level ${l.file}`, expected || 'no alarm', 'alarms only beyond ±10 dB / clipping', ok);
  }
  console.log(
    `level alarms (target ${target} dBFS ± 10 dB; alarm time as share of speech; naive = RMS of the whole file)`,
  );
  console.log(
    table(
      [
        'file',
        'offset',
        'truth dBFS',
        'measured',
        'naive',
        'peak dBFS / clipped samples',
        'too quiet',
        'too loud',
        'clipping',
        'expected',
        'result',
      ],
      rows,
    ) + '\n',
  );
}

// --- 4. Cost: CPU and heap -------------------------------------------------------------------
{
  const gc = (globalThis as { gc?: () => void }).gc;
  const pairs = m.dialogues.map((d) => [load(d.agent), load(d.customer)] as const);
  const seconds = m.dialogues.reduce((t, d) => t + d.durationSec, 0);
  // The sidebar asks ten times a second (more than the 2/s it needs).
  const run = (): VoiceAnalyzer[] =>
    pairs.map(([agent, customer]) => {
      const a = createVoiceAnalyzer({ sampleRate: SR });
      let next = 0.1;
      feed(a, agent, customer, (t) => {
        if (t >= next) {
          a.snapshot();
          next += 0.1;
        }
      });
      return a;
    });
  run(); // warm-up: JIT
  const cpuPct: number[] = [];
  for (let k = 0; k < 3; k++) {
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    cpuPct.push(((c.user + c.system) / 1e6 / seconds) * 100);
  }
  const cpu = Math.min(...cpuPct);
  // A default AudioContext runs at 48 kHz: the same first call, upsampled ×3 (linear).
  const up = (x: Float32Array): Float32Array => {
    const y = new Float32Array(x.length * 3);
    for (let i = 0; i < y.length; i++) {
      const k = Math.floor(i / 3);
      const f = (i % 3) / 3;
      y[i] = (x[k] as number) * (1 - f) + (x[k + 1] ?? 0) * f;
    }
    return y;
  };
  const [firstAgent, firstCustomer] = pairs[0] as readonly [Float32Array, Float32Array];
  const agent48 = up(firstAgent);
  const customer48 = up(firstCustomer);
  const run48 = (): number => {
    const a = createVoiceAnalyzer({ sampleRate: 3 * SR });
    const c0 = process.cpuUsage();
    let next = 0.1;
    feed(
      a,
      agent48,
      customer48,
      (t) => {
        if (t >= next) {
          a.snapshot();
          next += 0.1;
        }
      },
      3 * SR,
    );
    const c = process.cpuUsage(c0);
    return ((c.user + c.system) / 1e6 / (firstAgent.length / SR)) * 100;
  };
  run48();
  const cpu48 = Math.min(run48(), run48(), run48());
  // Retained size: 100 analysers that have each heard 2 s of a call, kept alive across a GC.
  const heap = (): number => {
    gc?.();
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  const [sampleAgent, sampleCustomer] = pairs[0] as readonly [Float32Array, Float32Array];
  const h0 = heap();
  const kept: VoiceAnalyzer[] = [];
  for (let k = 0; k < 100; k++) {
    const a = createVoiceAnalyzer({ sampleRate: SR });
    feed(a, sampleAgent.subarray(0, 2 * SR), sampleCustomer.subarray(0, 2 * SR));
    kept.push(a);
  }
  const retained = (heap() - h0) / kept.length;
  // Growth over a long call: all six dialogues (~10 min) through one analyser, sampled each second.
  const h1 = heap();
  let peak = h1;
  const long = createVoiceAnalyzer({ sampleRate: SR });
  for (const [agent, customer] of pairs)
    feed(long, agent, customer, (t) => {
      if (t % 1 < QUANTUM / SR) peak = Math.max(peak, process.memoryUsage().heapUsed);
    });
  const after = (heap() - h1) / 2 ** 20;
  const peakMb = (peak - h1) / 2 ** 20;
  console.log(
    `cost: ${seconds.toFixed(0)} s of two-channel ${SR / 1000} kHz dialogue, 128-sample quanta, snapshot 10×/s`,
  );
  console.log(
    table(
      ['measure', 'figure', 'target', 'result'],
      [
        [
          'CPU, % of one core (best of 3)',
          `${cpu.toFixed(3)} % (runs: ${cpuPct.map((p) => p.toFixed(3)).join(', ')})`,
          '≤ 3 %',
          pass(cpu <= 3),
        ],
        [
          'CPU at 48 kHz (default AudioContext), first call',
          `${cpu48.toFixed(3)} %`,
          '≤ 3 %',
          pass(cpu48 <= 3),
        ],
        [
          'heap retained per analyser (mean of 100)',
          `${(retained / 1024).toFixed(1)} KB`,
          '≤ 15 MB',
          pass(retained <= 15 * 2 ** 20),
        ],
        [
          'heap growth over a 10-min call: peak (incl. garbage) / after GC',
          `${peakMb.toFixed(2)} MB / ${after.toFixed(2)} MB`,
          '≤ 15 MB',
          pass(peakMb <= 15),
        ],
      ],
    ) + '\n',
  );
  verdict('CPU, 2 channels at 16 kHz', `${cpu.toFixed(3)} % of one core`, '≤ 3 %', cpu <= 3);
  verdict(
    'heap',
    `${(retained / 1024).toFixed(1)} KB per analyser, ${peakMb.toFixed(2)} MB peak growth`,
    '≤ 15 MB',
    peakMb <= 15 && retained <= 15 * 2 ** 20,
  );
  if (kept.length < 0 || !long) console.log(kept);
}

// --- 5. Meter lag ----------------------------------------------------------------------------
{
  const lags: number[] = [];
  const naiveLags: number[] = [];
  let misses = 0;
  let onsets = 0;
  for (const d of m.dialogues) {
    const agent = load(d.agent);
    const customer = load(d.customer);
    const sides: [VoiceChannel, Utterance[], Float32Array][] = [
      ['agent', d.agentUtterances, agent],
      ['customer', d.customerUtterances, customer],
    ];
    // Onsets after at least 1 s of silence on that side, so "speaking" was off before.
    const due = sides.map(([side, utts, x]) => {
      const sorted = [...utts].sort((p, q) => p.startSec - q.startSec);
      const starts = sorted
        .filter(
          (u, i) =>
            i === 0 || u.startSec - Math.max(...sorted.slice(0, i).map((v) => v.endSec)) >= 1,
        )
        .map((u) => u.startSec);
      const naive = naiveChannel(x, SR);
      for (const t of starts) {
        let f = Math.floor(t * 100);
        while (f < naive.voiced.length && !naive.voiced[f] && f < t * 100 + 100) f++;
        naiveLags.push(Math.max(0, (f + 1) / 100 - t) * 1000);
      }
      return { side, starts, next: 0 };
    });
    const a = createVoiceAnalyzer({ sampleRate: SR });
    feed(a, agent, customer, (time) => {
      const snap = a.snapshot();
      for (const q of due) {
        const t = q.starts[q.next];
        if (t === undefined || time < t) continue;
        const speaking = q.side === 'agent' ? snap.agentSpeaking : snap.customerSpeaking;
        if (speaking) {
          lags.push((time - t) * 1000);
          q.next++;
        } else if (time - t > 1) {
          misses++;
          q.next++;
        }
      }
    });
    onsets += due.reduce((n, q) => n + q.starts.length, 0);
  }
  const sorted = [...lags].sort((p, q) => p - q);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  console.log('meter lag: speech onset (from the script) → snapshot() reports speaking');
  console.log(
    table(
      ['method', 'onsets', 'median ms', 'p95 ms', 'max ms', 'missed (> 1 s)', 'target', 'result'],
      [
        [
          'analyser',
          String(onsets),
          median(lags).toFixed(0),
          p95.toFixed(0),
          max.toFixed(0),
          String(misses),
          '≤ 500 ms',
          pass(max <= 500 && misses === 0),
        ],
        [
          'naive (frame-exact, no quantum)',
          String(naiveLags.length),
          median(naiveLags).toFixed(0),
          ([...naiveLags].sort((p, q) => p - q)[Math.floor(naiveLags.length * 0.95)] ?? 0).toFixed(
            0,
          ),
          Math.max(...naiveLags).toFixed(0),
          String(naiveLags.filter((l) => l >= 1000).length),
          '',
          '',
        ],
      ],
    ) + '\n',
  );
  verdict(
    'meter lag (onset → speaking)',
    `median ${median(lags).toFixed(0)} ms, max ${max.toFixed(0)} ms, ${misses} missed`,
    '≤ 500 ms',
    max <= 500 && misses === 0,
  );
}

console.log('targets');
console.log(
  table(
    ['measure', 'figure', 'target', 'result'],
    verdicts.map(([n, f, t, ok]) => [n, f, t, pass(ok)]),
  ),
);
const failed = verdicts.filter((v) => !v[3]).length;
console.log(failed ? `\n${failed} target(s) missed` : `\nall ${verdicts.length} targets met`);
