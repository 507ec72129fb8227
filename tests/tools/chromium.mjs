/**
 * Finds the system Chromium the browser tests and benchmarks drive, and installs Debian's
 * package when none is found (CI is a fresh Debian machine where we are root). We never
 * download a browser build of our own.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium executable to use, or null when there is none. `CHROMIUM_PATH` wins. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Returns a Chromium path, installing Debian's `chromium` with apt-get if needed. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      'No Chromium found. Install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH to its executable.',
    );
  }
  console.log('No Chromium found: installing Debian\'s chromium package with apt-get ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) throw new Error('apt-get installed chromium, but no executable was found at ' + CANDIDATES.join(', '));
  return installed;
}
