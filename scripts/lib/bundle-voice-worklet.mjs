// Bundles the voice coach's AudioWorklet (lib/background/voice/worklet-main.ts) for
// wxt.config.ts, which adds it to the build as `voice-worklet.js`. An AudioWorklet module runs
// in the AudioWorkletGlobalScope: the pure analyser only, no WXT wrapper or polyfill.
import { build } from 'esbuild';
import { join } from 'node:path';

/** @param {string} root the project's root directory */
export async function bundleVoiceWorklet(root) {
  const result = await build({
    entryPoints: [join(root, 'lib/background/voice/worklet-main.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    loader: { '.json': 'json' },
    write: false,
    logLevel: 'warning',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('bundle-voice-worklet: esbuild wrote no file');
  return file.text;
}
