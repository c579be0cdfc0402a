// Bundles the pack-validation worker (lib/background/validation/worker-main.ts) for
// wxt.config.ts, which adds it to the build as `pack-validator.js`. A plain classic-worker
// script: only the pure validation, no WXT wrapper or browser polyfill (a worker has no
// extension API).
import { build } from 'esbuild';
import { join } from 'node:path';

/** @param {string} root the project's root directory */
export async function bundleValidator(root) {
  const result = await build({
    entryPoints: [join(root, 'lib/background/validation/worker-main.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    loader: { '.json': 'json' },
    write: false,
    logLevel: 'warning',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('bundle-validator: esbuild wrote no file');
  return file.text;
}
