// Greps the production builds for test-only code (the service worker's test hooks, the test
// requests and the session-storage key that stands in for company policy in test builds; the
// `downloads` permission only optional), and
// checks that the service worker and the scripts in CRM frames do not carry the dictionary.
// Run after `npm run build` and `npm run build:firefox` (npm test does both).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];
const TEST_ONLY = [
  'laipniFrames',
  'laipniToolbar',
  'laipniPolicy',
  'laipniActivity',
  'laipni:test-policy',
  'test:import-pack',
  'test:layering-report',
  'test:purge-now',
  'test:sidebar-read',
  'test:sidebar-run',
];

/**
 * The Latvian dictionary and its expander are for the options page only: the service worker and
 * every script that runs in a CRM frame must not carry them.
 */
const NO_DICTIONARY = ['background.js', 'bootstrap.js', 'content-scripts'];
const DICTIONARY_MARKERS = ['dictionary-lv', 'NEEDAFFIX', 'CIRCUMFIX'];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(js|mjs|html|json)$/.test(name)) yield path;
  }
}

let problems = 0;
for (const build of BUILDS) {
  if (!existsSync(build)) {
    console.error(`check-production-build: ${build} is missing (build it first)`);
    problems++;
    continue;
  }
  let scanned = 0;
  for (const file of files(build)) {
    scanned++;
    const text = readFileSync(file, 'utf8');
    const relative = file.slice(build.length + 1);
    if (NO_DICTIONARY.some((name) => relative === name || relative.startsWith(`${name}/`))) {
      for (const marker of DICTIONARY_MARKERS)
        if (text.includes(marker)) {
          console.error(`check-production-build: ${file} carries the dictionary ("${marker}")`);
          problems++;
        }
    }
    for (const marker of TEST_ONLY) {
      if (text.includes(marker)) {
        console.error(`check-production-build: ${file} contains test-only "${marker}"`);
        problems++;
      }
    }
  }
  // The test build holds `downloads` at install (a test cannot click the permission prompt);
  // a production build only asks for it when the agent switches their own export on.
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  if ((manifest.permissions ?? []).includes('downloads')) {
    console.error(`check-production-build: ${build} asks for "downloads" at install`);
    problems++;
  }
  if (!(manifest.optional_permissions ?? []).includes('downloads')) {
    console.error(`check-production-build: ${build} lacks the optional "downloads" permission`);
    problems++;
  }
  console.log(`check-production-build: ${build}: ${scanned} files, no test-only code found`);
}
process.exit(problems > 0 ? 1 : 0);
