// Bundles the command line (cli/index.ts) into plain JavaScript so `npx laipni` works right
// after `npm install`, on any Node without a TypeScript loader. Runs at postinstall.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { NODE_BUNDLE, REQUIRE_BANNER } from './lib/esbuild-node.mjs';

const entry = 'cli/index.ts';
if (!existsSync(entry)) {
  console.log(`build-cli: ${entry} not found, nothing to build`);
  process.exit(0);
}
// The command line, and the worker that checks activity files for `laipni report`.
await build({
  entryPoints: { laipni: entry, 'report-worker': 'cli/report/check-worker.ts' },
  outdir: 'dist-cli',
  outExtension: { '.js': '.mjs' },
  ...NODE_BUNDLE,
  // DuckDB is a native module (prebuilt binaries in @duckdb/node-bindings-*): loaded at run
  // time from node_modules, never bundled.
  external: ['@duckdb/*'],
  banner: REQUIRE_BANNER,
});
