// Runs the Latvian evaluations: eval/<name>.eval.ts, bundled with esbuild and run in Node from the
// repository root. Usage: npm run eval [-- NAME...] [--against REV] [-- options for the eval]
// (npm run eval:realtext, npm run eval:agent). With --against REV the same evaluation also runs
// with the engine and built-in pack of REV (a temporary worktree; the data and the judgments stay
// this tree's), and every table row is printed as "REV → this tree".
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NODE_BUNDLE, codeFrom } from './lib/esbuild-node.mjs';
import { markdownTableRows } from './lib/bench-compare.mjs';

const args = process.argv.slice(2);
const againstAt = args.indexOf('--against');
const against = againstAt >= 0 ? args[againstAt + 1] : null;
const names = new Set(
  readdirSync('eval')
    .filter((f) => f.endsWith('.eval.ts'))
    .map((f) => f.slice(0, -8)),
);
const only = args.filter((a, i) => names.has(a) && (againstAt < 0 || i !== againstAt + 1));
const passThrough = args.filter(
  (a, i) => !names.has(a) && a !== '--against' && i !== againstAt + 1,
);
const files = [...names].filter((n) => only.length === 0 || only.includes(n)).sort();

mkdirSync(join('node_modules', '.cache'), { recursive: true });
const dir = mkdtempSync(join(resolve('node_modules', '.cache'), 'laipni-eval-'));
let baselineTree = null;
if (against) {
  baselineTree = join(dir, 'baseline');
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', baselineTree, against]);
  symlinkSync(resolve('node_modules'), join(baselineTree, 'node_modules'));
}

async function run(name, tree, label) {
  const outfile = join(dir, `${label.replace(/\W+/g, '-')}-${name}.mjs`);
  await build({
    entryPoints: [join('eval', `${name}.eval.ts`)],
    outfile,
    ...NODE_BUNDLE,
    // Only the evaluation's own imports of lib/ go to the baseline's engine.
    plugins: tree ? [codeFrom(tree, { dirs: ['lib'], importersUnder: 'eval' })] : [],
  });
  const result = spawnSync(process.execPath, [outfile, ...passThrough], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) console.error(`eval: ${name} (${label}) exited with ${result.status}`);
  return { ok: result.status === 0, output: result.stdout ?? '' };
}

/** Table rows keyed by their heading and first cell. */
function rows(output) {
  return new Map(
    markdownTableRows(output).map((row) => [`${row.heading}\u0000${row.cells[0]}`, row]),
  );
}

function sideBySide(before, after) {
  const old = rows(before);
  const out = [];
  let heading = null;
  const keys = new Set([...rows(after).keys(), ...old.keys()]);
  const now = rows(after);
  for (const key of keys) {
    const row = now.get(key) ?? old.get(key);
    if (row.heading !== heading) {
      heading = row.heading;
      out.push(
        `\n${heading}`,
        `| ${row.header.join(' | ')} |`,
        `|${row.header.map(() => '---').join('|')}|`,
      );
    }
    const a = now.get(key)?.cells ?? [];
    const b = old.get(key)?.cells ?? [];
    const cells = row.header.map((_, i) => {
      if (i === 0) return row.cells[0];
      const was = b[i] ?? '–';
      const is = a[i] ?? '–';
      return was === is ? is : `${was} → ${is}`;
    });
    out.push(`| ${cells.join(' | ')} |`);
  }
  return out.join('\n');
}

let failed = 0;
try {
  for (const name of files) {
    const current = await run(name, null, 'this tree');
    if (!current.ok) failed++;
    if (!baselineTree) {
      process.stdout.write(current.output);
      continue;
    }
    const base = await run(name, baselineTree, `baseline ${against}`);
    if (!base.ok) failed++;
    console.log(`=== ${name}: ${against} → this tree ===`);
    const summary = (o) =>
      o.split('\n').filter((l) => !l.startsWith('|') && /\d/.test(l) && !/^\s+F[PN] /.test(l));
    console.log(`--- ${against}:\n${summary(base.output).join('\n')}`);
    console.log(`--- this tree:\n${summary(current.output).join('\n')}`);
    console.log(sideBySide(base.output, current.output));
    console.log(`\n--- this tree, in full:\n${current.output}`);
  }
} finally {
  if (baselineTree) execFileSync('git', ['worktree', 'remove', '--force', baselineTree]);
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed > 0 ? 1 : 0);
