// npm test: typecheck, unit tests, then E2E in real Chromium and real Firefox ESR.
// Installs the Debian browsers when they are missing and apt-get is usable; otherwise stops
// with a message naming the variables that point at a browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_ENV, chromiumPath, FIREFOX_ENV, firefoxPath } from './e2e/browsers.mjs';

const run = (label, cmd, args) => {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  return result.status === 0;
};

function ensureBrowsers() {
  const missing = [!chromiumPath() && 'chromium', !firefoxPath() && 'firefox-esr'].filter(Boolean);
  if (missing.length === 0) return;
  const root = process.getuid?.() === 0;
  const aptGet = existsSync('/usr/bin/apt-get');
  if (aptGet && root) {
    console.log(`Installing Debian packages: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const ok = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status === 0 &&
      spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env }).status === 0;
    if (ok && chromiumPath() && firefoxPath()) return;
  }
  console.error(
    `npm test needs real browsers: missing ${missing.join(' and ')}.\n` +
      `Install the Debian packages (apt-get install chromium firefox-esr, as root) or point ${CHROMIUM_ENV} at a Chromium ` +
      `and ${FIREFOX_ENV} at a Firefox ESR (140 or newer) executable.`,
  );
  process.exit(1);
}

ensureBrowsers();
// The E2E tests load the built extension: build it from the sources under test.
if (!run('build', 'npm', ['run', 'build'])) process.exit(1);
const results = [
  ['typecheck', run('typecheck', 'npx', ['tsc', '--noEmit'])],
  ['unit', run('unit tests (vitest)', 'npx', ['vitest', 'run'])],
  ['chromium', run('E2E in Chromium (@playwright/test)', 'npx', ['playwright', 'test'])],
  ['firefox', run('E2E in Firefox ESR (puppeteer-core, WebDriver BiDi)', 'node', ['--test', '--test-concurrency=1', 'tests/e2e-firefox/'])],
];
const failed = results.filter(([, ok]) => !ok).map(([name]) => name);
console.log(`\nnpm test: ${results.length - failed.length} of ${results.length} suites passed${failed.length ? `; failed: ${failed.join(', ')}` : ''}`);
process.exit(failed.length ? 1 : 0);
