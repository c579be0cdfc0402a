// Bundles the bootstrap (lib/content/bootstrap/main.ts) for wxt.config.ts, which adds it to the
// build as `bootstrap.js` and declares it as the content script of every frame.
//
// Not a WXT entrypoint: WXT wraps an unlisted script in a `main()` runner with a logger and
// error handler, and compiling and running that wrapper cost every frame about 0.1 ms of its
// load (the page-load budget is 1 ms). Here the file is only the bootstrap's own code.
import { build } from 'esbuild';
import { join } from 'node:path';

/** @param {string} root the project's root directory */
export async function bundleBootstrap(root) {
  const result = await build({
    entryPoints: [join(root, 'lib/content/bootstrap/main.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('bundle-bootstrap: esbuild wrote no file');
  return file.text;
}
