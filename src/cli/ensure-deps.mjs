/**
 * Runs before `npm start` and `npm test`: installs the npm packages when node_modules is
 * missing or older than package-lock.json, so both commands work on a fresh clone.
 * Uses only Node's own modules, since nothing else may be installed yet.
 */
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const lock = 'package-lock.json';
const installedLock = 'node_modules/.package-lock.json';

function needsInstall() {
  if (!existsSync(installedLock)) return 'node_modules is missing';
  if (statSync(lock).mtimeMs > statSync(installedLock).mtimeMs + 1000) return 'package-lock.json changed';
  return null;
}

const reason = needsInstall();
if (reason) {
  const fresh = !existsSync('node_modules');
  const command = fresh ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund';
  console.log(`Installing packages (${reason}): ${command}`);
  execSync(command, { stdio: 'inherit' });
}
