// Finds a Chromium that loads unpacked extensions.
// Branded Google Chrome ignores --load-extension since version 137, so it is never used.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

const INSTALL_HINT =
  "No Chromium found. Install Debian's Chromium (as root: apt-get update && apt-get install -y chromium)\n" +
  'or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary. Branded Google Chrome cannot\n' +
  'load unpacked extensions from the command line (since version 137) and is not used.';

function which(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.\n${INSTALL_HINT}`);
    return fromEnv;
  }
  for (const path of CANDIDATES) if (existsSync(path)) return path;
  return which('chromium') ?? which('chromium-browser');
}

/** Finds Chromium; installs Debian's package when running as root with apt-get; else explains. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    console.log("Chromium not found: installing Debian's chromium with apt-get…");
    execFileSync(
      'sh',
      [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      ],
      {
        stdio: 'inherit',
      },
    );
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(INSTALL_HINT);
}
