// Bundles a script that must run without WXT's wrappers, for wxt.config.ts, which adds it to
// the build as a public file:
// - the bootstrap (lib/content/bootstrap/main.ts → bootstrap.js), the content script of every
//   frame: WXT wraps an unlisted script in a `main()` runner with a logger and error handler,
//   and compiling and running that wrapper cost every frame about 0.1 ms of its load (the
//   page-load budget is 1 ms);
// - the pack-validation worker (lib/background/validation/worker-main.ts → pack-validator.js),
//   a classic worker: only the pure validation, no extension API;
// - the voice coach's AudioWorklet (lib/background/voice/worklet-main.ts → voice-worklet.js),
//   an ES module in the AudioWorkletGlobalScope: the pure analyser only.
import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * @param {string} root the project's root directory
 * @param {string} entry the entry file, relative to root
 * @param {'iife' | 'esm'} format
 */
export async function bundleStandalone(root, entry, format) {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format,
    minify: true,
    target: 'es2022',
    loader: { '.json': 'json' },
    write: false,
    logLevel: 'warning',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`bundle-standalone: esbuild wrote no file for ${entry}`);
  return file.text;
}
