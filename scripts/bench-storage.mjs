// `npm run bench:storage`: the data-layer benchmark (pack import, effective-rule-set recompute,
// last calls of a contact) against real IndexedDB in Chromium, in an extension page
//, printed beside the fake-indexeddb medians of `npm run bench -- data`.
//
// How: builds the extension (`--no-build` reuses .output/chrome-mv3), copies it to a temp dir,
// adds bench-storage.html + bench-storage.js (bench/storage/page.ts bundled with esbuild; an
// extension page may only load its own scripts), loads that copy in Chromium, opens
// chrome-extension://<id>/bench-storage.html and waits for `window.benchResult`. The page uses
// its own `laipni-bench-*` databases. Then runs the Node data bench and parses its table.
// Raw figures go to bench-results/storage.json. A missed target is a ✗, not a failure.
// The statistics view at 500,000 rows, this tree's way beside the old full scan, runs last in the
// page (bench/storage/stats-view.ts); `--stats-only` runs only it and skips the Node bench,
// `--stats-only --stats-layout=year` with the rows spread over 400 days.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from './lib/build-extension.mjs';
import { ensureChromium } from './lib/find-browser.mjs';
import { EXTENSION_DIR, launchWithExtension } from './lib/launch.mjs';

// The statistics part writes 500,000 rows and times the old full scan: minutes on a loaded machine.
const PAGE_TIMEOUT_MS = 900_000;
const STATS_ONLY = process.argv.includes('--stats-only');
// `--stats-layout=year`: the 500,000 rows spread over 400 days instead of 100 (stats-view.ts).
const STATS_YEAR = process.argv.includes('--stats-layout=year');

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Laipni storage benchmark</title>
  </head>
  <body>
    <p>Laipni storage benchmark: <span id="status">loading</span></p>
    <script type="module" src="./bench-storage.js"></script>
  </body>
</html>
`;

/** Row keys of the page result, matched to the Node bench's table by the start of the name. */
const NODE_ROW_PREFIX = {
  import: 'import a 10,000-rule pack',
  'recompute-typical': 'recompute: built-in (',
  'recompute-large': 'recompute: built-in + 10,000',
  'first-compute': 'first compute after installing',
  'last-calls': 'last 5 calls of a contact',
};

function machine() {
  const chromiumPath = ensureChromium();
  let chromiumVersion = 'unknown';
  try {
    chromiumVersion = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // keep "unknown"
  }
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown CPU',
    chromium: chromiumVersion,
    node: process.version,
  };
}

const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(', ');

async function runChromium() {
  const dir = await mkdtemp(join(tmpdir(), 'laipni-bench-storage-'));
  try {
    const extensionDir = join(dir, 'chrome-mv3');
    await cp(EXTENSION_DIR, extensionDir, { recursive: true });
    await writeFile(join(extensionDir, 'bench-storage.html'), HTML);
    await build({
      entryPoints: ['bench/storage/page.ts'],
      outfile: join(extensionDir, 'bench-storage.js'),
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'chrome120',
      loader: { '.json': 'json' },
      jsx: 'automatic',
      jsxImportSource: 'preact',
      logLevel: 'warning',
    });
    const browser = await launchWithExtension({ extensionDir });
    try {
      const page = await browser.context.newPage();
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
      await page.goto(
        `chrome-extension://${browser.extensionId}/bench-storage.html${STATS_ONLY ? (STATS_YEAR ? '#stats-year' : '#stats') : ''}`,
      );
      await page.waitForFunction(() => window.benchResult !== undefined, null, {
        timeout: PAGE_TIMEOUT_MS,
        polling: 500,
      });
      return await page.evaluate(() => window.benchResult);
    } finally {
      await browser.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs `node scripts/bench.mjs data` and reads its Markdown table: name → median ms. */
function runNodeBench() {
  const out = execFileSync(process.execPath, ['scripts/bench.mjs', 'data'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const rows = [];
  for (const line of out.split('\n')) {
    const m = /^\| (.+?) \| ([\d.]+) ms \|/.exec(line);
    if (m) rows.push({ name: m[1], ms: Number(m[2]) });
  }
  return { out, rows };
}

const fmt = (v) =>
  v === null || v === undefined ? 'n/a' : `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`;

function targetCell(chromiumMs, nodeMs, target, hasNode) {
  if (target === null) return '—';
  const mark = (v) => (v === null || v === undefined ? '?' : v <= target ? '✓' : '✗');
  const fake = hasNode ? `, fake ${mark(nodeMs)}` : '';
  return `≤ ${target} ms: Chromium ${mark(chromiumMs)}${fake}`;
}

const started = Date.now();
if (!process.argv.includes('--no-build')) {
  console.log('Building the extension (npx wxt build)…');
  buildExtension();
}
const info = machine();
const loadBefore = load();
console.log('Running the benchmark in Chromium (extension page, real IndexedDB)…');
const chromium = await runChromium();
if (!chromium?.ok) {
  console.error(`bench:storage: the page failed:\n${chromium?.error ?? 'no result'}`);
  process.exit(1);
}
const loadAfterChromium = load();
console.log(`Chromium part took ${(chromium.totalMs / 1000).toFixed(1)} s in the page.`);
if (chromium.statsFillMs !== undefined)
  console.log(`Statistics rows written in ${(chromium.statsFillMs / 1000).toFixed(1)} s.`);
let node = { out: '', rows: [] };
if (!STATS_ONLY) {
  console.log('Running the fake-indexeddb data bench (node scripts/bench.mjs data)…');
  node = runNodeBench();
}
const loadAfter = load();

const rows = chromium.rows.map((r) => {
  const prefix = NODE_ROW_PREFIX[r.key];
  const nodeRow = prefix ? node.rows.find((n) => n.name.startsWith(prefix)) : undefined;
  return { ...r, nodeMs: nodeRow?.ms ?? null, hasNode: prefix !== undefined };
});

const machineLine =
  `${info.nproc} cores (nproc), ${info.cpu}; ${info.chromium}; Node ${info.node}; ` +
  `load average (1, 5, 15 min) ${loadBefore} before, ${loadAfterChromium} after Chromium, ${loadAfter} at the end`;
console.log(`\nMachine: ${machineLine}`);
console.log(`User agent: ${chromium.userAgent}\n`);
const table = [
  '| operation | Chromium IndexedDB median | fake-indexeddb median | target |',
  '|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${fmt(r.medianMs)} | ${fmt(r.nodeMs)} | ${targetCell(r.medianMs, r.nodeMs, r.targetMs, r.hasNode)} |`,
  ),
].join('\n');
console.log(table);

await mkdir('bench-results', { recursive: true });
await writeFile(
  'bench-results/storage.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { ...info, loadBefore, loadAfterChromium, loadAfter },
      chromium,
      node: node.rows,
      table,
    },
    null,
    2,
  ),
);
console.log(
  `\nRaw figures: bench-results/storage.json (whole run ${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
