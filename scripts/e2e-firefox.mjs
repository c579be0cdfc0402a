// `npm run test:e2e:firefox`: builds the Firefox test build once (.output/firefox-mv2-test: the
// same code plus the background page's test hooks), makes sure a Firefox is there, then runs the
// Firefox end-to-end suites (one browser per suite file, files one after another).
// LAIPNI_SKIP_BUILD=1 reuses the build already in .output/firefox-mv2-test.
import { execFileSync, spawnSync } from 'node:child_process';
import { ensureFirefox } from './lib/find-browser.mjs';

try {
  process.env.FIREFOX_PATH = ensureFirefox();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
console.log(`Firefox: ${process.env.FIREFOX_PATH}`);
if (process.env.LAIPNI_SKIP_BUILD !== '1') {
  console.log('Building the Firefox extension…');
  execFileSync('npx', ['wxt', 'build', '--mode', 'test', '-b', 'firefox'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'vitest.e2e-firefox.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
