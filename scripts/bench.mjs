// Runs every bench/*.bench.ts: each is bundled with esbuild into a temporary directory and run
// in its own Node process, one after another, so one benchmark's garbage and JIT state do not
// leak into the next. Usage: npm run bench [-- NAME...] (e.g. `npm run bench -- engine`).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.bench\.ts$/, '')))
  .sort();
if (files.length === 0) {
  console.error(`bench: no bench/*.bench.ts${only.length ? ` named ${only.join(', ')}` : ''}`);
  process.exit(2);
}
// Inside the project, so a bundle's run-time imports (DuckDB, a native module esbuild leaves
// out) resolve from its node_modules.
mkdirSync(join('node_modules', '.cache'), { recursive: true });
const dir = mkdtempSync(join(process.cwd(), 'node_modules', '.cache', 'laipni-bench-'));
let failed = 0;
try {
  for (const file of files) {
    const outfile = join(dir, file.replace(/\.ts$/, '.mjs'));
    await build({
      entryPoints: [join('bench', file)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      loader: { '.json': 'json' },
      external: ['@duckdb/*'],
      logLevel: 'warning',
      banner: {
        js: "import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);",
      },
    });
    console.log(`\n=== ${file} (node ${process.version}) ===`);
    const result = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
    if (result.status !== 0) {
      failed++;
      console.error(`bench: ${file} exited with ${result.status ?? result.signal}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed > 0 ? 1 : 0);
