// `npm run simulate:team`: a team of 1,000 agents polling one static pack on a loopback HTTP
// server with ETags, for one hour of simulated time on a fast clock. Each agent runs the
// extension's own conditional download (lib/background/distribution/fetch-pack.ts) and schedule
// (schedule.ts: the refresh period ±10 % jitter), bundled here with esbuild; the server is a
// plain static host that answers If-None-Match with 304 and gzips like a CDN. Half-way through
// the hour the team lead publishes a new version. Prints requests, bytes on the wire and the
// share of 304 answers for several refresh periods. The loop is bounded and stops by itself.
//
// Usage: node scripts/simulate-team.mjs [--agents N] [--rules N]
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { teamPack } from './lib/bench-pack.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const AGENTS = option('agents', 1000);
const RULES = option('rules', 200);
const HOUR_MS = 60 * 60_000;
const PUBLISH_AT_MS = 30 * 60_000;
const PERIODS_MIN = [5, 15, 30, 60];
/** Requests in flight at once: a real team's requests spread over the hour anyway. */
const CONCURRENCY = 64;

/** The extension's fetch and schedule code, bundled from TypeScript once. */
async function loadExtensionCode() {
  const result = await build({
    stdin: {
      contents: `export { fetchPack } from './lib/background/distribution/fetch-pack';
export { nextAfterSuccess, nextAfterFailure } from './lib/background/distribution/schedule';`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** One published version: its body, gzipped body and strong ETag. */
function publish(version) {
  const pack = { ...teamPack(RULES), id: 'team.simulated', version };
  const body = Buffer.from(JSON.stringify(pack, null, 2));
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"`;
  return { version, body, gzip: gzipSync(body), etag };
}

/** A static host: 304 for a matching If-None-Match, gzip when asked, counts bytes it writes. */
async function startHost() {
  const stats = { requests: 0, full: 0, notModified: 0, bytes: 0, fullBytes: 0 };
  const host = { current: publish('1.0.0'), stats };
  const server = createServer((request, response) => {
    const socket = request.socket;
    const before = socket.bytesWritten;
    stats.requests++;
    const { current } = host;
    response.on('finish', () => {
      const written = socket.bytesWritten - before;
      stats.bytes += written;
      if (response.statusCode === 200) stats.fullBytes += written;
    });
    const common = { etag: current.etag, 'cache-control': 'no-cache', vary: 'accept-encoding' };
    if (request.headers['if-none-match'] === current.etag) {
      stats.notModified++;
      response.writeHead(304, common);
      response.end();
      return;
    }
    stats.full++;
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? current.gzip : current.body;
    response.writeHead(200, {
      ...common,
      'content-type': 'application/json',
      'content-length': body.length,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  host.url = `http://127.0.0.1:${server.address().port}/team.json`;
  host.close = () => {
    server.closeAllConnections();
    return new Promise((done) => server.close(done));
  };
  return host;
}

/** A tiny seeded random generator, so every run simulates the same team. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One hour for one refresh period. `warm`: every agent already has version 1.0.0 and its ETag
 * (a normal working day) and its next check falls anywhere in the next period; otherwise every
 * browser starts in the first five minutes with nothing installed (the day the team subscribes).
 */
async function simulate(code, periodMin, warm) {
  const host = await startHost();
  const rand = random(periodMin * 7919 + (warm ? 1 : 2));
  const periodMs = periodMin * 60_000;
  const agents = Array.from({ length: AGENTS }, () => ({
    etag: warm ? host.current.etag : undefined,
    version: warm ? '1.0.0' : undefined,
    next: warm ? rand() * periodMs : rand() * 5 * 60_000,
    failures: 0,
  }));
  const fetchImpl = (url, init) => fetch(url, init);
  let clock = 0;
  let published = false;
  let validations = 0;
  let updatedBy = null;
  const started = performance.now();
  // Event loop over simulated time: take every agent due before the next step, run their
  // requests (real HTTP, bounded concurrency), move the clock. Bounded by the hour.
  const STEP_MS = 10_000;
  for (let t = 0; t <= HOUR_MS; t += STEP_MS) {
    clock = t;
    if (!published && clock >= PUBLISH_AT_MS) {
      host.current = publish('1.1.0');
      published = true;
    }
    const due = agents.filter((a) => a.next <= clock);
    for (let i = 0; i < due.length; i += CONCURRENCY) {
      await Promise.all(
        due.slice(i, i + CONCURRENCY).map(async (agent) => {
          const outcome = await code.fetchPack(
            fetchImpl,
            host.url,
            agent.etag ? { etag: agent.etag } : {},
          );
          if (outcome.kind === 'ok') {
            validations++; // the extension validates every full download
            agent.etag = outcome.etag;
            agent.version = JSON.parse(outcome.body).version;
          }
          if (outcome.kind === 'error') {
            agent.failures++;
            agent.next = code.nextAfterFailure(clock, agent.failures, periodMs, rand);
          } else {
            agent.failures = 0;
            agent.next = code.nextAfterSuccess(clock, periodMs, rand);
          }
        }),
      );
    }
    if (published && updatedBy === null && agents.every((a) => a.version === '1.1.0'))
      updatedBy = clock - PUBLISH_AT_MS;
  }
  const wallMs = performance.now() - started;
  await host.close();
  const { requests, full, notModified, bytes, fullBytes } = host.stats;
  // Every request answered in full, at the measured size of a full answer.
  const noEtagBytes = full === 0 ? 0 : Math.round((requests * fullBytes) / full);
  return {
    periodMin,
    warm,
    requests,
    full,
    notModified,
    validations,
    bytes,
    noEtagBytes,
    updatedBy,
    onNew: agents.filter((a) => a.version === '1.1.0').length,
    wallMs,
  };
}

const kb = (n) =>
  n >= 10 * 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(0)} KB`;
const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
const minutes = (ms) => (ms === null ? 'not all' : `${(ms / 60_000).toFixed(1)} min`);

const code = await loadExtensionCode();
const sample = publish('1.0.0');
console.log(
  `Team simulation: ${AGENTS} agents, one pack of ${RULES} rules (${kb(sample.body.length)} JSON, ${kb(sample.gzip.length)} gzip), 1 h simulated, v1.1.0 published at 30 min; loopback host with ETags (node ${process.version})\n`,
);
const rows = [];
for (const warm of [true, false])
  for (const periodMin of warm ? PERIODS_MIN : [60])
    rows.push(await simulate(code, periodMin, warm));

const header = [
  'start',
  'period',
  'requests',
  '200 (full)',
  '304',
  '304 share',
  'validations',
  'bytes on wire',
  'without ETags',
  'all on v1.1.0 after',
  'wall time',
];
const table = rows.map((r) => [
  r.warm ? 'warm' : 'cold',
  `${r.periodMin} min`,
  String(r.requests),
  String(r.full),
  String(r.notModified),
  pct(r.notModified, r.requests),
  String(r.validations),
  kb(r.bytes),
  kb(r.noEtagBytes),
  `${minutes(r.updatedBy)} (${r.onNew}/${AGENTS})`,
  `${(r.wallMs / 1000).toFixed(1)} s`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table) console.log(line(row));
console.log(
  '\nwarm: every agent already has v1.0.0 and its ETag; cold: browsers start in the first 5 minutes with nothing installed.\n' +
    '"without ETags": the same requests if every answer were the full gzipped pack. Validations = full downloads (a 304 is never parsed).',
);
