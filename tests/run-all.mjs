// npm test: build, typecheck (TypeScript and the JavaScript files), format and lint, unused code, unit tests, then E2E in real Chromium and real Firefox ESR.
// Installs the Debian browsers when they are missing and apt-get is usable; otherwise stops
// with a message naming the variables that point at a browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ENV, chromiumPath, FIREFOX_ENV, firefoxPath } from './e2e/browsers.mjs';

function ensureBrowsers() {
  for (const variable of [CHROMIUM_ENV, FIREFOX_ENV]) {
    const path = process.env[variable];
    if (path && !existsSync(path)) {
      console.error(`npm test: ${variable}=${path} does not exist. Point it at the browser's executable, or unset it to use Debian's chromium / firefox-esr.`);
      process.exit(1);
    }
  }
  const missing = /** @type {string[]} */ ([!chromiumPath() && 'chromium', !firefoxPath() && 'firefox-esr'].filter(Boolean));
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

// Each runner reports twice: tersely on the terminal (dots), and machine-readably to a file this
// script reads its counts from.
const reports = mkdtempSync(join(tmpdir(), 'npm-test-'));
/** @typedef {{ passed?: number, failed?: number, flaky?: number }} Counts */
/** How to read each runner's JSON report: vitest's, Playwright's, and tests/node-test-counts.mjs'. */
const COUNTS = {
  vitest: (json) => ({ passed: json.numPassedTests, failed: json.numFailedTests }),
  playwright: (json) => ({ passed: json.stats.expected + json.stats.flaky, failed: json.stats.unexpected, flaky: json.stats.flaky }),
  nodeTest: (json) => json,
};

/**
 * Runs one step. `live`: its output streams as it runs (a step running alone); otherwise it is printed
 * whole when the step ends, so steps side by side do not interleave, and for a `quiet` one (the
 * build) only if it fails. `report` names the runner's machine-readable report and how to read it.
 * @param {string} label
 * @param {string} cmd
 * @param {string[]} args
 * @param {object} [options]
 * @param {boolean} [options.quiet] print its output only if it fails
 * @param {boolean} [options.live] stream its output as it runs
 * @param {Record<string, string>} [options.env] variables added to the environment
 * @param {{ file: string, read: (json: unknown) => Counts }} [options.report] the runner's JSON report, and how to read its counts
 * @returns {Promise<{ label: string, seconds: number, ok: boolean, passed: number, failed: number, flaky: number }>}
 */
function run(label, cmd, args, { quiet = false, live = false, env = {}, report } = {}) {
  const started = Date.now();
  if (live) console.log(`\n=== ${label}`);
  return new Promise((resolve) => {
    const output = live ? 'inherit' : 'pipe';
    const child = spawn(cmd, args, { stdio: ['ignore', output, output], env: { ...process.env, ...env } });
    let held = '';
    // Not live: both are pipes.
    if (!live)
      for (const stream of /** @type {import('node:stream').Readable[]} */ ([child.stdout, child.stderr])) stream.on('data', (chunk) => (held += chunk));
    child.on('close', (exitCode) => {
      let code = exitCode;
      const seconds = Math.round((Date.now() - started) / 1000);
      if (!live) console.log(`\n=== ${label}, ${seconds} s`);
      if (!quiet || code !== 0) process.stdout.write(held);
      // No report, or a cut-off one (the runner could not start, or died): the step fails and counts as one failure.
      let counts = null;
      try {
        if (report) counts = report.read(JSON.parse(readFileSync(report.file, 'utf8')));
      } catch {
        code ||= 1;
      }
      resolve({ label, seconds, ok: code === 0, passed: counts?.passed ?? 0, failed: counts?.failed ?? 0, flaky: counts?.flaky ?? 0 });
    });
  });
}

/** node --test with dots on the terminal and counts in a file (tests/node-test-counts.mjs). */
function nodeTest(label, name, args, { live = false } = {}) {
  const file = join(reports, `${name}.json`);
  const reporters = [
    '--test-reporter=dot',
    '--test-reporter-destination=stdout',
    '--test-reporter=./tests/node-test-counts.mjs',
    `--test-reporter-destination=${file}`,
  ];
  return run(label, 'node', ['--test', ...reporters, ...args], { live, report: { file, read: COUNTS.nodeTest } });
}

ensureBrowsers();
const started = Date.now();
const results = [];
// The E2E tests load the built extension: build it from the sources under test.
results.push(await run('build', 'npm', ['run', 'build'], { quiet: true }));
if (results[0].ok) {
  // The checks that only compute run side by side; then each browser's E2E run alone. The two E2E
  // runs side by side took 8 to 9 minutes instead of 10 here, but on two cores pages then took over
  // 20 s to show the guide now and then, and tests failed on timeouts: a slower green beats that.
  const unit = join(reports, 'vitest.json');
  const chromium = join(reports, 'playwright.json');
  results.push(
    ...(await Promise.all([
      run('typecheck (TypeScript, and the JavaScript tests, bench and scripts)', 'npm', ['run', '--silent', 'typecheck'], { quiet: true }),
      run('format and lint (Biome)', 'npx', ['biome', 'ci', '.'], { quiet: true }),
      run('unused files, exports and dependencies (knip)', 'npx', ['knip'], { quiet: true }),
      run('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${unit}`], {
        report: { file: unit, read: COUNTS.vitest },
      }),
      nodeTest('build checks: manifests, bundles, web-ext lint, store zips', 'build', ['tests/build/']),
    ])),
  );
  results.push(
    await run('E2E in Chromium (@playwright/test)', 'npx', ['playwright', 'test', '--reporter=dot,json'], {
      live: true,
      env: { PLAYWRIGHT_JSON_OUTPUT_NAME: chromium },
      report: { file: chromium, read: COUNTS.playwright },
    }),
  );
  results.push(
    await nodeTest('E2E in Firefox ESR (puppeteer-core, WebDriver BiDi)', 'firefox', ['--test-concurrency=1', 'tests/e2e-firefox/'], { live: true }),
  );
}
rmSync(reports, { recursive: true, force: true });
console.log('\n=== summary');
for (const r of results) {
  const flaky = r.flaky ? `; ${r.flaky} passed only on a retry, named above` : '';
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.label}${r.passed || r.failed ? ` (${r.passed} passed, ${r.failed} failed${flaky})` : ''}, ${r.seconds} s`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0) + results.filter((r) => !r.ok && !r.failed).length;
console.log(`tests: ${passed} passed, ${failed} failed, in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
