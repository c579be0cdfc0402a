// `npm run test:e2e`: builds the extension once, makes sure a Chromium is there, then runs the
// end-to-end suites (one browser per suite file, files one after another).
import { spawnSync } from 'node:child_process';
import { buildExtension } from './lib/build-extension.mjs';
import { ensureChromium } from './lib/find-browser.mjs';

try {
  process.env.CHROMIUM_PATH = ensureChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
console.log(`Chromium: ${process.env.CHROMIUM_PATH}`);
console.log('Building the extension…');
buildExtension();
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
