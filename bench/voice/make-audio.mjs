#!/usr/bin/env node
// Generates the voice benchmark's test audio with espeak-ng (Latvian voice) and sox, plus a
// manifest of ground truth: test-results/voice/manifest.json (gitignored; never committed).
//
//   node bench/voice/make-audio.mjs [outDir]
//
// espeak-ng speaks, sox resamples to 16 kHz mono, synthesises noise and encodes 16-bit WAV
// (clipping whatever exceeds full scale, which is how the clipped level file is made). Timing,
// gains and mixing are done here on float samples so every level and time in the manifest is
// exact. Deterministic: a seeded PRNG and `sox -R` give the same files on every run.
//
// (a) rate/: 10 call sentences × 3 espeak rates (-s 120, 170, 230), clean and with pink noise;
//     truth = syllables from the text / speech span measured on the generated audio.
// (b) dialog-*: two-speaker calls, agent and customer on separate files (the analyser gets the
//     channels separately): 4 files with 5 scripted interruptions each (20), 2 files (> 3 min)
//     of turn-taking without interruptions but with agent back-channels («jā», «mhm», «labi»,
//     «skaidrs», «ahā», ≤ 0.6 s) over the customer and a few quick turn overlaps.
// (c) level-*: the same speech at the target level (−26 dBFS active speech), ±6 dB, ±12 dB and
//     a clipped one.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MANIFEST_VERSION = 1;
const OUT = process.argv[2] ?? 'test-results/voice';
const SR = 16000;
const FRAME = SR / 100; // 10 ms
const TARGET_DB = -26;

// ---------------------------------------------------------------------------------------------
// Syllables. Latvian spelling is close to phonemic: every vowel letter (a e i o u ā ē ī ū) is a
// syllable nucleus, except that the diphthongs ai, au, ei, ie, ui, oi (and o, itself [uo] in
// native words) are one nucleus. Reading left to right, a vowel followed by its diphthong
// partner consumes both letters, so "pieteikums" = pie·tei·kums (3) and "neērtībām" =
// ne·ēr·tī·bām (4). Latvian has no syllabic consonants in these sentences, and the sentences
// avoid digits, abbreviations and prefix+vowel junctions (ne|iz-) where a letter pair is two
// syllables, so the count is the spoken count.
const VOWELS = new Set('aeiouāēīū');
const DIPHTHONGS = new Set(['ai', 'au', 'ei', 'ie', 'ui', 'oi']);
function syllables(text) {
  const s = text.toLocaleLowerCase('lv');
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (!VOWELS.has(s[i])) continue;
    n++;
    if (DIPHTHONGS.has(s.slice(i, i + 2))) i++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
const SENTENCES = [
  'Labdien! Mans vārds ir Anna Ozola, uzņēmums Zaļā Enerģija. Kā varu Jums palīdzēt?',
  'Lūdzu, nosauciet savu klienta numuru vai personas kodu.',
  'Paldies, es redzu, ka Jūsu rēķins tika apmaksāts pagājušajā nedēļā.',
  'Diemžēl šobrīd mūsu sistēmā ir tehniski traucējumi.',
  'Es varu Jums nosūtīt jaunu līgumu uz elektronisko pastu.',
  'Vai Jums būtu ērti, ja speciālists piezvanītu rīt no rīta?',
  'Saprotu Jūsu neapmierinātību, un atvainojos par sagādātajām neērtībām.',
  'Jūsu pieteikums ir reģistrēts, un atbildi saņemsiet trīs darba dienu laikā.',
  'Vai ir vēl kaut kas, ar ko es varu Jums šodien palīdzēt?',
  'Paldies par zvanu, lai Jums jauka diena!',
];
const RATES = [120, 170, 230];

const AGENT_LINES = [
  'Labdien! Zaļā Enerģija, runā Anna. Kā varu palīdzēt?',
  'Sapratu. Lūdzu, pasakiet savu klienta numuru.',
  'Paldies. Es redzu Jūsu līgumu un pēdējo rēķinu.',
  'Rēķinā ir iekļauta arī maksa par sadales tīklu.',
  'Es varu pārbaudīt skaitītāja rādījumus par iepriekšējo mēnesi.',
  'Vai Jūs varētu nosaukt rādījumu, kas šobrīd redzams skaitītājā?',
  'Labi, es to pierakstīšu un nosūtīšu kolēģiem pārbaudei.',
  'Atbildi Jūs saņemsiet trīs darba dienu laikā uz epastu.',
  'Vai ir vēl kāds jautājums, ar ko varu palīdzēt?',
  'Jā, protams, maksājumu var sadalīt trīs daļās bez papildu maksas.',
  'Es nosūtīšu Jums vienošanos, kuru varēs parakstīt internetbankā.',
  'Paldies par zvanu, jauku dienu!',
];
const CUSTOMER_LINES = [
  'Labdien, man ir jautājums par pēdējo rēķinu, jo summa ir daudz lielāka nekā parasti, un es nesaprotu, kāpēc tā.',
  'Mans klienta numurs ir divi seši pieci astoņi nulle trīs, un līgums ir uz mana vīra vārda.',
  'Es katru mēnesi maksāju apmēram trīsdesmit eiro, bet šoreiz rēķinā ir gandrīz simts eiro, un neviens man neko nav paskaidrojis.',
  'Skaitītājs ir pagrabā, un es vakar vakarā to nofotografēju, tur bija rakstīts kaut kas ap divpadsmit tūkstošiem.',
  'Es jau zvanīju pagājušajā nedēļā, un man teica, ka kāds atzvanīs, bet neviens tā arī neatzvanīja.',
  'Vai es varu samaksāt pa daļām, jo šomēnes man ir ļoti daudz citu izdevumu un bērniem sākas skola?',
  'Labi, bet es gribētu, lai kāds man paskaidro, kā tieši tiek aprēķināta maksa par sadali un kāpēc tā mainās.',
  'Nē, paldies, tas būtu viss, es gaidīšu Jūsu vēstuli.',
  'Jā, tas būtu ļoti labi, jo es strādāju līdz sešiem un pa dienu nevaru atbildēt uz zvaniem.',
  'Tad lūdzu nosūtiet man to vienošanos, es to izlasīšu vakarā un parakstīšu.',
];
const INTERRUPT_LINES = [
  'Atvainojiet, vai drīkstu Jūs pārtraukt?',
  'Jā, jā, es saprotu, bet man vajag numuru.',
  'Uzgaidiet, es to tūlīt pārbaudīšu.',
  'Bet tas tā nevar būt, pārbaudīsim vēlreiz.',
  'Es Jums paskaidrošu, kāpēc tā ir.',
  'Lūdzu, pasakiet tikai pēdējos ciparus.',
  'Mirklīti, es redzu šo rēķinu sistēmā.',
];
// espeak spells "mhm" as letters; the phoneme string [[m@m]] is a short hummed «mhm».
const BACKCHANNELS = [
  ['jā', 'jā'],
  ['mhm', '[[m@m]]'],
  ['labi', 'labi'],
  ['skaidrs', 'skaidrs'],
  ['ahā', 'ahā'],
];
const CUSTOMER_BACKCHANNELS = [
  ['jā', 'jā'],
  ['labi', 'labi'],
];
const AGENT_VOICE = { voice: 'lv', pitch: 35 };
const CUSTOMER_VOICE = { voice: 'lv+f2', pitch: 70 };

// ---------------------------------------------------------------------------------------------
let tmp = '';

function run(cmd, args, input) {
  return execFileSync(cmd, args, {
    input,
    maxBuffer: 1 << 30,
    stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
}

function toFloat(buf) {
  const copy = new Uint8Array(buf.length);
  copy.set(buf);
  return new Float32Array(copy.buffer);
}

const speechCache = new Map();
/** espeak-ng → 16 kHz mono float samples. */
function speak(text, { voice, pitch, rate }) {
  const key = `${voice}|${pitch}|${rate}|${text}`;
  const hit = speechCache.get(key);
  if (hit) return hit;
  const wav = join(tmp, 'espeak.wav');
  run('espeak-ng', ['-v', voice, '-p', String(pitch), '-s', String(rate), '-w', wav, text]);
  const out = toFloat(run('sox', ['-V1', wav, '-r', String(SR), '-c', '1', '-t', 'f32', '-']));
  speechCache.set(key, out);
  return out;
}

/** sox's pink or white noise, `seconds` long, scaled to `db` dBFS mean square. */
function noise(kind, seconds, db) {
  const raw = toFloat(
    run('sox', [
      '-V1',
      '-R',
      '-n',
      '-r',
      String(SR),
      '-c',
      '1',
      '-t',
      'f32',
      '-',
      'synth',
      seconds.toFixed(3),
      `${kind}noise`,
    ]),
  );
  return scale(raw, db - activeLevelDb(raw, Infinity));
}

/** Writes 16-bit WAV through sox (which clips at full scale). */
function writeWav(path, samples) {
  run(
    'sox',
    [
      '-V1',
      '-D',
      '-t',
      'f32',
      '-r',
      String(SR),
      '-c',
      '1',
      '-',
      '-b',
      '16',
      '-e',
      'signed-integer',
      path,
    ],
    Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength),
  );
}

function framePowers(x) {
  const n = Math.floor(x.length / FRAME);
  const p = new Float64Array(n);
  for (let f = 0; f < n; f++) {
    let s = 0;
    for (let i = f * FRAME; i < (f + 1) * FRAME; i++) s += x[i] * x[i];
    p[f] = s / FRAME;
  }
  return p;
}

/** First and last 10 ms frame within 40 dB of the loudest one: the non-silent span, samples. */
function span(x) {
  const p = framePowers(x);
  const max = Math.max(...p);
  const floor = max * 1e-4;
  let a = 0;
  while (a < p.length && p[a] < floor) a++;
  let b = p.length - 1;
  while (b > a && p[b] < floor) b--;
  return { start: a * FRAME, end: (b + 1) * FRAME };
}

/** Mean power of the frames within `rangeDb` of the loudest (active speech level), dBFS. */
function activeLevelDb(x, rangeDb = 50) {
  const p = framePowers(x);
  const max = Math.max(...p);
  const floor = rangeDb === Infinity ? -1 : max * Math.pow(10, -rangeDb / 10);
  let s = 0;
  let n = 0;
  for (const v of p)
    if (v > floor) {
      s += v;
      n++;
    }
  return 10 * Math.log10(s / n);
}

function scale(x, db) {
  const g = Math.pow(10, db / 20);
  const y = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) y[i] = x[i] * g;
  return y;
}

/** Adds `src` into `dst` from sample `at` on. */
function mixInto(dst, src, at) {
  for (let i = 0; i < src.length && at + i < dst.length; i++)
    if (at + i >= 0) dst[at + i] += src[i];
}

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sec = (samples) => Math.round((samples / SR) * 1000) / 1000;

// ---------------------------------------------------------------------------------------------
// (a) Syllable rate.
function makeRateFiles() {
  mkdirSync(join(OUT, 'rate'), { recursive: true });
  const files = [];
  const lead = Math.round(0.6 * SR);
  for (const rate of RATES) {
    SENTENCES.forEach((text, i) => {
      const raw = speak(text, { ...AGENT_VOICE, rate });
      const { start, end } = span(raw);
      const speech = scale(raw.subarray(start, end), TARGET_DB - activeLevelDb(raw));
      for (const noisy of [false, true]) {
        const x = new Float32Array(speech.length + 2 * lead);
        x.set(speech, lead);
        if (noisy) mixInto(x, noise('pink', x.length / SR + 0.01, -52), 0);
        const file = `rate/s${rate}-${String(i + 1).padStart(2, '0')}${noisy ? '-noise' : ''}.wav`;
        writeWav(join(OUT, file), x);
        files.push({
          file,
          rate,
          sentence: i + 1,
          noise: noisy ? 'pink −52 dBFS' : 'none',
          text,
          syllables: syllables(text),
          speechStartSec: sec(lead),
          speechEndSec: sec(lead + speech.length),
          speechSec: sec(speech.length),
        });
      }
    });
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// (b) Dialogues. Utterances are placed by their speech span, so the times in the manifest are
// when speech is audible, not when espeak's file starts.
class Track {
  constructor(seconds) {
    this.x = new Float32Array(Math.round(seconds * SR));
    this.utterances = [];
  }
  /** Puts `speech` (already trimmed to its span) so that it starts at `t` s; returns its end, s. */
  put(speech, t, label) {
    const at = Math.round(t * SR);
    mixInto(this.x, speech, at);
    const end = at + speech.length;
    this.utterances.push({ startSec: sec(at), endSec: sec(end), label });
    return end / SR;
  }
}

/** An utterance trimmed to its speech span at a level around the target (±3 dB, like a real call). */
function utterance(text, voice, rate, random, levelDb = TARGET_DB) {
  const raw = speak(text, { ...voice, rate });
  const { start, end } = span(raw);
  const gain = levelDb + (random() * 6 - 3) - activeLevelDb(raw);
  return scale(raw.subarray(start, end), gain);
}

/**
 * Is `x` speaking over [a, b) seconds: within 35 dB of its loudest frame, with no quiet run
 * longer than 80 ms (a stop closure is still mid-word; a pause at a comma is not)?
 */
function activeOver(x, a, b) {
  const p = framePowers(x);
  const floor = Math.max(...p) * Math.pow(10, -3.5);
  let quiet = 0;
  for (let f = Math.floor((a * SR) / FRAME); f < Math.ceil((b * SR) / FRAME); f++) {
    quiet = p[f] > floor ? 0 : quiet + 1;
    if (quiet > 8 || f >= p.length) return false;
  }
  return true;
}

/** A moment in `x` (seconds from its start), near `fraction` of it, where it speaks over [t − before, t + after). */
function activeMoment(x, fraction, before, after) {
  const dur = x.length / SR;
  for (let k = 0; k < 200; k++) {
    const t = fraction * dur + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 0.02;
    if (t - before > 0.3 && t + after < dur - 0.3 && activeOver(x, t - before, t + after)) return t;
  }
  throw new Error('no active moment found');
}

function fadeOut(x, at, ms = 30) {
  const n = Math.round((ms / 1000) * SR);
  const y = x.slice(0, Math.min(x.length, at + n));
  for (let i = 0; i < n && at + i < y.length; i++) y[at + i] *= 1 - i / n;
  return y;
}

/**
 * One dialogue. `plan` is a list of steps:
 *   ['A' | 'C', lineIndex, gapSec]            a turn after a gap (negative: overlaps the last turn's end)
 *   ['I', customerLine, agentLine, fraction, stopAfterSec | null]   the agent interrupts the customer
 *   ['B', customerLine, [fractions...]]       agent back-channels over a customer turn
 *   ['CB', agentLine, [fractions...]]         customer back-channels over an agent turn
 */
function makeDialogue(name, plan, seconds, noiseSpec, seed) {
  const random = rng(seed);
  const agent = new Track(seconds);
  const customer = new Track(seconds);
  const truth = { interruptions: [], backchannels: [], turnOverlaps: [] };
  const agentRate = () => 160 + Math.round(random() * 30);
  const customerRate = () => 150 + Math.round(random() * 30);
  let t = 1.5;
  for (const step of plan) {
    const kind = step[0];
    if (kind === 'A' || kind === 'C') {
      const [, line, gap] = step;
      const start = t + gap;
      if (kind === 'A') {
        const x = utterance(AGENT_LINES[line], AGENT_VOICE, agentRate(), random);
        if (gap < 0)
          truth.turnOverlaps.push({ agentOnsetSec: sec(Math.round(start * SR)), overlapSec: -gap });
        t = agent.put(x, start, `A${line}`);
      } else {
        const x = utterance(CUSTOMER_LINES[line], CUSTOMER_VOICE, customerRate(), random, -24);
        t = customer.put(x, start, `C${line}`);
      }
    } else if (kind === 'I') {
      const [, cLine, aLine, fraction, stopAfter] = step;
      const start = t + 0.5 + random() * 0.5;
      let c = utterance(CUSTOMER_LINES[cLine], CUSTOMER_VOICE, customerRate(), random, -24);
      // The agent cuts in where the customer is audibly mid-word for the next 0.4 s at least.
      const cut = activeMoment(c, fraction, 0.1, 0.4);
      const a = utterance(INTERRUPT_LINES[aLine], AGENT_VOICE, agentRate() + 15, random);
      if (a.length / SR < 0.8) throw new Error(`interruption line ${aLine} is shorter than 0.8 s`);
      // An interrupted customer often gives up after a moment; sometimes they talk on.
      if (stopAfter !== null) c = fadeOut(c, Math.round((cut + stopAfter) * SR));
      const cEnd = customer.put(c, start, `C${cLine}`);
      const onset = start + cut;
      const aEnd = agent.put(a, onset, `I${aLine}`);
      truth.interruptions.push({
        agentOnsetSec: sec(Math.round(onset * SR)),
        agentEndSec: sec(Math.round(aEnd * SR)),
        customerStartSec: sec(Math.round(start * SR)),
        customerEndSec: sec(Math.round(cEnd * SR)),
      });
      t = Math.max(cEnd, aEnd);
    } else if (kind === 'B' || kind === 'CB') {
      const [, line, fractions] = step;
      const start = t + 0.4 + random() * 0.8;
      const main =
        kind === 'B'
          ? utterance(CUSTOMER_LINES[line], CUSTOMER_VOICE, customerRate(), random, -24)
          : utterance(AGENT_LINES[line], AGENT_VOICE, agentRate(), random);
      const words = kind === 'B' ? BACKCHANNELS : CUSTOMER_BACKCHANNELS;
      const end = (kind === 'B' ? customer : agent).put(main, start, `${kind}${line}`);
      for (const fraction of fractions) {
        const [word, say] = words[Math.floor(random() * words.length)];
        // Back-channels are quick; speed them up until the spoken part is ≤ 0.55 s.
        let bc;
        for (let rate = 190; ; rate += 20) {
          bc = utterance(say, kind === 'B' ? AGENT_VOICE : CUSTOMER_VOICE, rate, random);
          if (bc.length / SR <= 0.55) break;
        }
        // Over the other side's speech: it is active from before the back-channel to after it.
        const at = activeMoment(main, fraction, 0.15, bc.length / SR + 0.25);
        const bcEnd = (kind === 'B' ? agent : customer).put(bc, start + at, word);
        if (kind === 'B')
          truth.backchannels.push({
            word,
            startSec: sec(Math.round((start + at) * SR)),
            endSec: sec(Math.round(bcEnd * SR)),
          });
      }
      t = end;
    }
  }
  const duration = Math.min(seconds, t + 1.5);
  const out = {};
  for (const [side, track] of [
    ['agent', agent],
    ['customer', customer],
  ]) {
    let x = track.x.subarray(0, Math.round(duration * SR));
    if (noiseSpec) {
      x = x.slice();
      mixInto(
        x,
        noise(noiseSpec.kind, duration + 0.01, noiseSpec.db + (side === 'customer' ? 2 : 0)),
        0,
      );
    }
    const file = `dialog-${name}-${side}.wav`;
    writeWav(join(OUT, file), x);
    out[side] = file;
    out[`${side}Utterances`] = track.utterances;
  }
  return {
    name,
    ...out,
    durationSec: sec(Math.round(duration * SR)),
    noise: noiseSpec ? `${noiseSpec.kind} ${noiseSpec.db} dBFS` : 'none',
    ...truth,
  };
}

/** Plans with 5 interruptions each among ordinary turns. */
function interruptionPlan(seed) {
  const random = rng(seed);
  const pick = (n) => Math.floor(random() * n);
  const plan = [['A', 0, 0]];
  for (let k = 0; k < 5; k++) {
    plan.push(['C', pick(CUSTOMER_LINES.length), 0.4 + random() * 0.6]);
    plan.push(['A', 1 + pick(AGENT_LINES.length - 1), 0.3 + random() * 0.7]);
    // Half the customers stop 0.5–1 s after being cut off; the rest talk on over the agent.
    const stop = k % 2 === 0 ? 0.5 + random() * 0.5 : null;
    plan.push([
      'I',
      pick(CUSTOMER_LINES.length),
      pick(INTERRUPT_LINES.length),
      0.3 + random() * 0.4,
      stop,
    ]);
  }
  plan.push(['A', AGENT_LINES.length - 1, 0.5]);
  return plan;
}

/** Polite turn-taking: gaps of 0.25–1.5 s, agent back-channels, a few quick overlapping turn starts. */
function politePlan(seed, turns) {
  const random = rng(seed);
  const pick = (n) => Math.floor(random() * n);
  const plan = [['A', 0, 0]];
  for (let k = 0; k < turns; k++) {
    const fractions = k % 3 === 2 ? [0.5] : [0.3, 0.7];
    plan.push(['B', pick(CUSTOMER_LINES.length), fractions]);
    // Every fourth agent turn starts 0.1 s before the customer's last sound (a quick turn, not an interruption).
    const gap = k % 4 === 3 ? -0.1 : 0.25 + random() * 1.25;
    if (k % 5 === 4) plan.push(['CB', 1 + pick(AGENT_LINES.length - 1), [0.5]]);
    else plan.push(['A', 1 + pick(AGENT_LINES.length - 1), gap]);
  }
  return plan;
}

// ---------------------------------------------------------------------------------------------
// (c) Levels: the same ~25 s of agent speech at offsets from the target; mic self-noise stays put.
function makeLevelFiles() {
  const parts = [];
  const gap = new Float32Array(Math.round(0.6 * SR));
  parts.push(new Float32Array(SR));
  for (const text of SENTENCES.slice(0, 6)) {
    const raw = speak(text, { ...AGENT_VOICE, rate: 170 });
    const { start, end } = span(raw);
    parts.push(raw.subarray(start, end), gap);
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const base = new Float32Array(total);
  let at = 0;
  for (const p of parts) {
    base.set(p, at);
    at += p.length;
  }
  const speech = scale(base, TARGET_DB - activeLevelDb(base));
  const hiss = noise('pink', total / SR + 0.01, -62);
  const variants = [
    ['target', 0, false],
    ['minus6', -6, false],
    ['plus6', 6, false],
    ['minus12', -12, false],
    ['plus12', 12, false],
    ['clipped', 16, true],
  ];
  return variants.map(([label, offsetDb, clipped]) => {
    const x = scale(speech, offsetDb);
    mixInto(x, hiss, 0);
    let peak = 0;
    let over = 0;
    for (const v of x) {
      peak = Math.max(peak, Math.abs(v));
      if (Math.abs(v) >= 1) over++;
    }
    const file = `level-${label}.wav`;
    writeWav(join(OUT, file), x);
    return {
      file,
      offsetDb,
      clipped,
      activeLevelDb: Math.round((TARGET_DB + offsetDb) * 10) / 10,
      peakDb: Math.round(20 * Math.log10(peak) * 10) / 10,
      clippedSamples: over,
    };
  });
}

// ---------------------------------------------------------------------------------------------
function main() {
  for (const tool of ['espeak-ng', 'sox'])
    try {
      run(tool, ['--version']);
    } catch {
      console.error(`make-audio: ${tool} is required (apt-get install ${tool})`);
      process.exit(2);
    }
  mkdirSync(OUT, { recursive: true });
  tmp = mkdtempSync(join(tmpdir(), 'laipni-voice-'));
  try {
    const t0 = Date.now();
    const sentences = makeRateFiles();
    const dialogues = [
      makeDialogue('int1', interruptionPlan(11), 120, null, 101),
      makeDialogue('int2', interruptionPlan(12), 120, { kind: 'pink', db: -54 }, 102),
      makeDialogue('int3', interruptionPlan(13), 120, { kind: 'white', db: -56 }, 103),
      makeDialogue('int4', interruptionPlan(14), 120, { kind: 'pink', db: -50 }, 104),
      makeDialogue('polite1', politePlan(21, 8), 150, null, 201),
      makeDialogue('polite2', politePlan(22, 8), 150, { kind: 'pink', db: -52 }, 202),
    ];
    const levels = makeLevelFiles();
    const manifest = {
      version: MANIFEST_VERSION,
      sampleRate: SR,
      targetLevelDb: TARGET_DB,
      sentences,
      dialogues,
      levels,
    };
    writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
    const ints = dialogues.reduce((n, d) => n + d.interruptions.length, 0);
    const bcs = dialogues.reduce((n, d) => n + d.backchannels.length, 0);
    const polite = dialogues
      .filter((d) => d.interruptions.length === 0)
      .reduce((n, d) => n + d.durationSec, 0);
    console.log(
      `make-audio: ${sentences.length} rate files, ${dialogues.length} dialogues (${ints} interruptions, ` +
        `${bcs} back-channels, ${polite.toFixed(0)} s without interruptions), ${levels.length} level files ` +
        `in ${OUT} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
