// What the project's Node bundles share (the command line and its report worker, benchmarks,
// evaluations), and the plugin that builds one against another commit's code.
import { join, relative, resolve, sep } from 'node:path';

/**
 * esbuild options for a bundle that runs in Node 20+ as an ES module.
 * @type {import('esbuild').BuildOptions}
 */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  loader: { '.json': 'json' },
  logLevel: 'warning',
};

/** For bundles with CommonJS dependencies (DuckDB's loader): a `require` of their own. */
export const REQUIRE_BANNER = {
  js: "import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);",
};

/**
 * Resolves this tree's `dirs` (e.g. lib/) to the same files in `baseline`, a worktree of another
 * commit: a bundle of this tree's benchmark or evaluation then runs that commit's code. Only
 * imports from `importersUnder` (default: anywhere in this tree) are moved; the baseline's own
 * imports stay inside it.
 * @param {string} baseline
 * @param {{ dirs: string[], importersUnder?: string }} options
 */
export function codeFrom(baseline, { dirs, importersUnder }) {
  const here = resolve('.');
  const moved = dirs.map((d) => join(here, d) + sep);
  const importers = importersUnder ? join(here, importersUnder) + sep : here + sep;
  return {
    name: 'code-from-baseline',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        const path = resolve(args.resolveDir, args.path);
        const fromHere = args.importer.startsWith(importers) && !args.importer.startsWith(baseline);
        if (!fromHere || !moved.some((m) => path.startsWith(m))) return undefined;
        return b.resolve(args.path, {
          resolveDir: join(baseline, relative(here, args.resolveDir)),
          kind: args.kind,
        });
      });
    },
  };
}
