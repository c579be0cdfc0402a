// Runs every bench/*.bench.ts: each is bundled with esbuild into a temporary directory and run
// in its own Node process, one after another, so one benchmark's garbage and JIT state do not
// leak into the next. Usage: npm run bench [-- NAME...] [-- --against REV]
// (e.g. `npm run bench -- engine --against a777836`: the same benchmark of that commit runs
// first, in a temporary worktree, and its rows are printed beside this tree's). With
// `--this-bench`, the baseline runs this tree's benchmark file and inputs (texts, corpus,
// generated rules) on that commit's product code (lib/, scripts-data/), so both sides measure
// the same work and only the code under test differs.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareTables } from './lib/bench-compare.mjs';
import { NODE_BUNDLE, REQUIRE_BANNER, codeFrom } from './lib/esbuild-node.mjs';

const args = process.argv.slice(2);
const againstAt = args.indexOf('--against');
const against = againstAt >= 0 ? args[againstAt + 1] : null;
const thisBench = args.includes('--this-bench');
const only = args.filter((a, i) => !a.startsWith('--') && (againstAt < 0 || i !== againstAt + 1));
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.bench\.ts$/, '')))
  .sort();
if (files.length === 0) {
  console.error(`bench: no bench/*.bench.ts${only.length ? ` named ${only.join(', ')}` : ''}`);
  process.exit(2);
}

// Inside node_modules, so bundles that load @duckdb at run time find it.
mkdirSync(join('node_modules', '.cache'), { recursive: true });
const dir = mkdtempSync(join(resolve('node_modules', '.cache'), 'laipni-bench-'));
let baselineTree = null;
if (against) {
  baselineTree = join(dir, 'baseline');
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', baselineTree, against]);
  symlinkSync(resolve('node_modules'), join(baselineTree, 'node_modules'));
}

async function runBench(root, file, label) {
  const outfile = join(dir, `${label}-${file.replace(/\.ts$/, '.mjs')}`);
  const shared = thisBench && root !== process.cwd();
  await build({
    entryPoints: [join(shared ? process.cwd() : root, 'bench', file)],
    plugins: shared ? [codeFrom(root, { dirs: ['lib', 'scripts-data'] })] : [],
    outfile,
    ...NODE_BUNDLE,
    external: ['@duckdb/*', 'esbuild'],
    banner: REQUIRE_BANNER,
  });
  console.log(`\n=== ${file} — ${label} (node ${process.version}) ===`);
  const result = spawnSync(process.execPath, ['--expose-gc', outfile], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(result.stdout ?? '');
  if (result.status !== 0)
    console.error(`bench: ${file} (${label}) exited with ${result.status ?? result.signal}`);
  return { ok: result.status === 0, output: result.stdout ?? '' };
}

let failed = 0;
try {
  for (const file of files) {
    const base =
      baselineTree && existsSync(join(baselineTree, 'bench', file))
        ? await runBench(baselineTree, file, `baseline ${against}`)
        : null;
    const current = await runBench(process.cwd(), file, 'this tree');
    if (!current.ok) failed++;
    if (base?.ok && current.ok) {
      console.log(`\n--- ${file}: baseline ${against} beside this tree ---`);
      console.log(compareTables(base.output, current.output));
    }
  }
} finally {
  if (baselineTree) execFileSync('git', ['worktree', 'remove', '--force', baselineTree]);
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed > 0 ? 1 : 0);
