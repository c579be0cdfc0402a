// Builds the Chromium extension with WXT: the production build (`npm run build`,
// .output/chrome-mv3) and the test build the end-to-end suites load (.output/chrome-mv3-test:
// the same code plus the service worker's test hooks and test requests).
import { execFileSync } from 'node:child_process';

export function buildExtension({ production = true, test = true } = {}) {
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'] };
  if (production) execFileSync('npx', ['wxt', 'build'], quiet);
  if (test) execFileSync('npx', ['wxt', 'build', '--mode', 'test'], quiet);
}
