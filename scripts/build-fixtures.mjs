// Bundles the end-to-end editor fixture pages offline: each `tests/e2e/fixtures/editors/<name>/main.(ts|tsx|js)`
// becomes `tests/e2e/fixtures/dist/<name>.js` (+ `<name>.css` when it imports styles), and the
// runtimes of TinyMCE and CKEditor 4 (theme, plugins, icons, skins) are copied to `dist/<editor>/`
// so the pages load them self-hosted. A fixture whose sources, dependencies (package-lock.json)
// and build settings have not changed since its last build is skipped, so a second run costs a
// few milliseconds.
//
//   node scripts/build-fixtures.mjs [--force]
//   import { buildFixtures } from './build-fixtures.mjs'; await buildFixtures();
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, version as esbuildVersion } from 'esbuild';
import { lwcPlugin } from './lib/esbuild-lwc.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'tests/e2e/fixtures');
const EDITORS = join(FIXTURES, 'editors');
const DIST = join(FIXTURES, 'dist');
const STAMPS = join(DIST, '.stamps');
const ENTRY_NAMES = ['main.ts', 'main.tsx', 'main.js'];

/** Settings shared by every fixture bundle. */
const COMMON = {
  absWorkingDir: ROOT,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  charset: 'utf8',
  logLevel: 'warning',
  metafile: true,
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  loader: {
    '.svg': 'dataurl',
    '.png': 'dataurl',
    '.gif': 'dataurl',
    '.eot': 'file',
    '.woff': 'file',
    '.woff2': 'file',
    '.ttf': 'file',
  },
  assetNames: 'assets/[name]-[hash]',
};

/** Per-fixture additions. */
const EXTRA = {
  // Draft.js 0.11 needs React 18 (it calls ReactDOM.findDOMNode): every `react`/`react-dom`
  // import in its bundle, Draft's own included, resolves to the npm aliases of React 18.
  draft: {
    alias: { react: 'react18', 'react-dom': 'react-dom18' },
    define: { ...COMMON.define, global: 'globalThis' },
  },
  // Crayons' custom-elements build defines each component itself; the Stencil runtime's lazy
  // loader (a dynamic import of `*.entry.js` chunks, which that build has none of) never runs.
  crayons: { logOverride: { 'empty-glob': 'silent' } },
  // Salesforce Lightning: Lightning Web Components compiled by LWC's own compiler.
  'salesforce-lwc': { plugins: [lwcPlugin()] },
};

/**
 * Editors that load their own files at run time (theme, plugins, icons, skins, languages) are
 * served self-hosted: these parts of their npm packages are copied to `dist/<dir>/`.
 */
const RUNTIMES = [
  {
    pkg: 'tinymce',
    dir: 'tinymce',
    parts: [
      'tinymce.min.js',
      'license.md',
      'themes/silver',
      'models/dom',
      'icons/default',
      'skins/ui/oxide',
      'skins/content/default',
    ],
    // Only what the browser loads: minified scripts and styles (the skins' *.js are for bundlers).
    keep: (file) => /\.min\.(js|css)$|\.md$/.test(file),
  },
  {
    // CKEditor 4 (4.22.1, the last open-source release): the core with its bundled plugins is
    // ckeditor.js; it loads config, styles, the language file, the skin and plugin resources.
    pkg: 'ckeditor4',
    dir: 'ckeditor4',
    parts: [
      'ckeditor.js',
      'config.js',
      'styles.js',
      'contents.css',
      'LICENSE.md',
      'lang',
      'plugins',
      'skins/moono-lisa',
    ],
    keep: () => true,
  },
];

/**
 * Builds the fixtures that are out of date (all of them with `force`).
 * @param {{ force?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ built: string[], upToDate: string[], ms: number }>}
 */
export async function buildFixtures({ force = false, log = (line) => console.log(line) } = {}) {
  const started = performance.now();
  await mkdir(STAMPS, { recursive: true });
  const lockHash = await fileHash(join(ROOT, 'package-lock.json'));
  const scriptTime = (await stat(fileURLToPath(import.meta.url))).mtimeMs;
  const fixtures = await findFixtures();
  const built = [];
  const upToDate = [];

  await Promise.all(
    fixtures.map(async ({ name, entry }) => {
      const options = {
        ...COMMON,
        ...EXTRA[name],
        entryPoints: [entry],
        outfile: join(DIST, `${name}.js`),
      };
      const key = hash(
        JSON.stringify({ esbuildVersion, lockHash, options: relativePaths(options) }),
      );
      if (!force && (await isUpToDate(name, key, scriptTime))) {
        upToDate.push(name);
        return;
      }
      const result = await build(options);
      // Own files only: not dependencies, nor a plugin's virtual modules (`namespace:path`).
      const inputs = Object.keys(result.metafile.inputs).filter(
        (input) => !input.includes('node_modules/') && !/^[\w-]+:/.test(input),
      );
      await writeFile(stampPath(name), JSON.stringify({ key, inputs }, null, 1));
      built.push(name);
    }),
  );

  for (const runtime of RUNTIMES) {
    if (await copyRuntime(runtime, force)) built.push(`${runtime.dir} runtime`);
    else upToDate.push(`${runtime.dir} runtime`);
  }

  const ms = Math.round(performance.now() - started);
  log(
    `fixtures: built ${built.length ? built.sort().join(', ') : 'nothing'}; ` +
      `${upToDate.length} up to date; ${ms} ms`,
  );
  return { built, upToDate, ms };
}

async function findFixtures() {
  const fixtures = [];
  for (const dirent of await readdir(EDITORS, { withFileTypes: true })) {
    if (!dirent.isDirectory()) continue;
    const names = await readdir(join(EDITORS, dirent.name));
    const entry = ENTRY_NAMES.find((file) => names.includes(file));
    if (entry) fixtures.push({ name: dirent.name, entry: join(EDITORS, dirent.name, entry) });
  }
  return fixtures;
}

const stampPath = (name) => join(STAMPS, `${name}.json`);

/**
 * Up to date when the last build had the same settings and dependency lock, and neither this
 * script nor any of the fixture's own source files (the bundle's inputs outside node_modules,
 * from esbuild's metafile) changed after it.
 */
async function isUpToDate(name, key, scriptTime) {
  try {
    const stamp = JSON.parse(await readFile(stampPath(name), 'utf8'));
    if (stamp.key !== key) return false;
    const builtAt = (await stat(join(DIST, `${name}.js`))).mtimeMs;
    if (scriptTime > builtAt) return false;
    for (const input of stamp.inputs) {
      if ((await stat(join(ROOT, input))).mtimeMs > builtAt) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** Copies an editor's runtime into dist/<dir> unless the same version is already there. */
async function copyRuntime({ pkg, dir, parts, keep }, force) {
  const require = createRequire(import.meta.url);
  const source = dirname(require.resolve(`${pkg}/package.json`));
  const { version } = JSON.parse(await readFile(join(source, 'package.json'), 'utf8'));
  const target = join(DIST, dir);
  const marker = join(target, '.version');
  if (!force && (await readFile(marker, 'utf8').catch(() => '')) === version) return false;
  await rm(target, { recursive: true, force: true });
  for (const part of parts) {
    await cp(join(source, part), join(target, part), {
      recursive: true,
      filter: async (file) => (await stat(file)).isDirectory() || keep(file),
    });
  }
  await writeFile(marker, version);
  return true;
}

function relativePaths(options) {
  return {
    ...options,
    absWorkingDir: '.',
    entryPoints: options.entryPoints.map((entry) => relative(ROOT, entry)),
    outfile: relative(ROOT, options.outfile),
  };
}

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const fileHash = async (file) => hash(await readFile(file));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildFixtures({ force: process.argv.includes('--force') }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
