// npm test: build, typecheck, unit tests, then E2E in real Chromium and real Firefox ESR.
// Installs the Debian browsers when they are missing and apt-get is usable; otherwise stops
// with a message naming the variables that point at a browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_ENV, chromiumPath, FIREFOX_ENV, firefoxPath } from './e2e/browsers.mjs';

function ensureBrowsers() {
  for (const variable of [CHROMIUM_ENV, FIREFOX_ENV]) {
    const path = process.env[variable];
    if (path && !existsSync(path)) {
      console.error(`npm test: ${variable}=${path} does not exist. Point it at the browser's executable, or unset it to use Debian's chromium / firefox-esr.`);
      process.exit(1);
    }
  }
  const missing = [!chromiumPath() && 'chromium', !firefoxPath() && 'firefox-esr'].filter(Boolean);
  if (missing.length === 0) return;
  if (existsSync('/usr/bin/apt-get') && process.getuid?.() === 0) {
    console.log(`Installing Debian packages: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const ok =
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status === 0 &&
      spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env }).status === 0;
    if (ok && chromiumPath() && firefoxPath()) return;
  }
  console.error(
    `npm test needs real browsers: ${missing.join(' and ')} not found.\n` +
      `Install the Debian packages as root (apt-get install chromium firefox-esr), or set ${CHROMIUM_ENV} to a Chromium ` +
      `executable and ${FIREFOX_ENV} to a Firefox ESR (140 or newer) executable.`,
  );
  process.exit(1);
}

/** Runs a command, streaming its output, and reads its pass/fail counts from its summary. */
function run(label, cmd, args, count) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        out += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    const plain = () => out.replace(/\x1b\[[0-9;]*m/g, '');
    child.on('close', (code) => resolve({ label, ok: code === 0, ...(count ? count(plain()) : { passed: 0, failed: 0 }) }));
  });
}

const num = (text, re) => Number(re.exec(text)?.[1] ?? 0);
const vitestCounts = (o) => ({ passed: num(o, /Tests\s+(?:\d+ failed \| )?(\d+) passed/), failed: num(o, /Tests\s+(\d+) failed/) });
const playwrightCounts = (o) => ({ passed: num(o, /^\s*(\d+) passed/m), failed: num(o, /^\s*(\d+) failed/m) });
const nodeTestCounts = (o) => ({ passed: num(o, /^# pass (\d+)/m), failed: num(o, /^# fail (\d+)/m) });

ensureBrowsers();
const results = [];
// The E2E tests load the built extension: build it from the sources under test.
results.push(await run('build', 'npm', ['run', 'build']));
if (results[0].ok) {
  results.push(await run('typecheck', 'npx', ['tsc', '--noEmit']));
  results.push(await run('unit tests (vitest)', 'npx', ['vitest', 'run'], vitestCounts));
  results.push(await run('build checks: manifests, bundles, web-ext lint, store zips', 'node', ['--test', 'tests/build/'], nodeTestCounts));
  results.push(await run('E2E in Chromium (@playwright/test)', 'npx', ['playwright', 'test'], playwrightCounts));
  results.push(await run('E2E in Firefox ESR (puppeteer-core, WebDriver BiDi)', 'node', ['--test', '--test-concurrency=1', 'tests/e2e-firefox/'], nodeTestCounts));
}
console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.label}${r.passed || r.failed ? ` (${r.passed} passed, ${r.failed} failed)` : ''}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0) + results.filter((r) => !r.ok && !r.failed).length;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
