// Finds the browsers the end-to-end suites drive: a Chromium that loads unpacked extensions
// (branded Google Chrome ignores --load-extension since version 137, so it is never used) and
// Firefox (Debian's firefox-esr).
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

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

const FIREFOX_HINT =
  "No Firefox found. Install Debian's Firefox ESR (as root: apt-get update && apt-get install -y firefox-esr)\n" +
  'or point FIREFOX_PATH at a Firefox 128 or newer.';

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.\n${FIREFOX_HINT}`);
    return fromEnv;
  }
  for (const path of FIREFOX_CANDIDATES) if (existsSync(path)) return path;
  return which('firefox-esr') ?? which('firefox');
}

/** Finds Firefox; installs Debian's firefox-esr when running as root with apt-get; else explains. */
export function ensureFirefox() {
  const found = findFirefox();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    console.log("Firefox not found: installing Debian's firefox-esr with apt-get…");
    execFileSync(
      'sh',
      [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr',
      ],
      { stdio: 'inherit' },
    );
    const installed = findFirefox();
    if (installed) return installed;
  }
  throw new Error(FIREFOX_HINT);
}
