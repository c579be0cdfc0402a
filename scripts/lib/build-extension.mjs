// Builds the Chromium extension with WXT (the same build `npm run build` makes).
import { execFileSync } from 'node:child_process';

export function buildExtension() {
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
