// An esbuild plugin that compiles Lightning Web Components (LWC OSS, the framework of
// Salesforce Lightning) for the fixture pages: each component's JS and HTML template under a
// `modules/<namespace>/<name>/` folder go through `@lwc/compiler`, and `lwc` is the DOM engine.
// The compiler imports a component's implicit stylesheets (`<name>.css`, `<name>.scoped.css`)
// whether they exist or not; missing ones resolve to an empty module, as LWC's own bundler
// plugins do.
import { access, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, resolve, sep } from 'node:path';
import { transformSync } from '@lwc/compiler';

const require = createRequire(import.meta.url);
const MODULES = `${sep}modules${sep}`;

/** `…/modules/c/caseComment/caseComment.js` → { namespace: 'c', name: 'caseComment' }. */
function componentOf(file) {
  const folder = dirname(file);
  return { namespace: basename(dirname(folder)), name: basename(folder) };
}

const exists = (file) =>
  access(file).then(
    () => true,
    () => false,
  );

export function lwcPlugin() {
  return {
    name: 'lwc',
    setup(build) {
      build.onResolve({ filter: /^lwc$/ }, () => ({ path: require.resolve('@lwc/engine-dom') }));
      build.onResolve({ filter: /\.css(\?scoped=true)?$/ }, async (args) => {
        if (!args.importer.includes(MODULES)) return undefined;
        const path = resolve(args.resolveDir, args.path.replace(/\?scoped=true$/, ''));
        return (await exists(path)) ? { path } : { path, namespace: 'lwc-no-stylesheet' };
      });
      build.onLoad({ filter: /.*/, namespace: 'lwc-no-stylesheet' }, () => ({
        contents: 'export default undefined;',
        loader: 'js',
      }));
      build.onLoad({ filter: /\.(js|html|css)$/ }, async (args) => {
        if (!args.path.includes(MODULES)) return undefined;
        const source = await readFile(args.path, 'utf8');
        const { code } = transformSync(source, args.path, componentOf(args.path));
        return { contents: code, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}
