// The firm's policy through Firefox's real policy machinery: Firefox ESR reads policies.json from
// its installation's distribution folder at start (Debian: /usr/lib/firefox-esr/distribution; a
// system-wide /etc/firefox/policies/policies.json would take precedence, so the test stops if one
// exists). Fresh installs under a valid policy list the starting court and warn a listed shared
// username within 5 s; the file this test writes is removed whatever happens.
import assert from 'node:assert/strict';
import { accessSync, constants, existsSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { firefoxPath } from '../e2e/browsers.mjs';
import { startPracticeCourt } from '../practice-court/server.mjs';
import { clearExtensionStorage, driver, launchFirefox } from './driver.mjs';

const RUNS = 10;
const WITHIN_MS = 5000;
const EXTENSION_ID = 'cmecf-link-guide@cmecf-link-guide.org';

/** Where this Firefox reads its policies.json, when it can be written here; else why not. */
function policyFile() {
  const binary = firefoxPath();
  if (!binary) return { skip: 'no Firefox' };
  if (existsSync('/etc/firefox/policies/policies.json')) return { skip: 'a system-wide /etc/firefox/policies/policies.json is in force' };
  const file = join(dirname(realpathSync(binary)), 'distribution', 'policies.json');
  if (existsSync(file)) return { skip: `${file} exists already (not ours to replace)` };
  try {
    accessSync(dirname(file), constants.W_OK);
    return { file };
  } catch {
    return { skip: `needs to write ${file} (as root, like CI)` };
  }
}

const where = policyFile();

test('policy: fresh installs under a firm policy in Firefox ESR: starting court listed and shared username warned within 5 s, every time', {
  skip: where.skip,
  timeout: RUNS * 40_000,
}, async () => {
  if (!where.file) throw new Error('no policies.json to write');
  const policy = { sharedUsernames: ['firmpacer', 'x'.repeat(81)], firmNames: ['Lee & Associates'], startingCourts: ['iasb'] };
  writeFileSync(where.file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [EXTENSION_ID]: policy } } } }));
  const court = await startPracticeCourt();
  const timings = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      court.reset();
      const firefox = await launchFirefox(court);
      const installed = Date.now();
      try {
        const d = await driver(firefox.browser, court);
        await d.openPopup();
        await d.popup.waitFor(async () => Boolean((await window.browser.storage.local.get('court:iasb'))['court:iasb']));
        // When the background put the court on the checklist, from the moment the install was done.
        const listed =
          (await d.popup.evaluate(async () => /** @type {{ added: number }} */ ((await window.browser.storage.local.get('court:iasb'))['court:iasb']).added)) -
          installed;
        assert.equal(
          await d.popup.evaluate(async () => /** @type {string[]} */ ((await window.browser.storage.managed.get('sharedUsernames')).sharedUsernames).length),
          2,
          'the whole list arrived',
        );
        await d.goto('http://ecf.iasb.uscourts.gov/cgi-bin/login.pl');
        await d.page.bringToFront();
        await d.type('[id="loginForm:loginName"]', 'FirmPacer');
        const typed = Date.now();
        await d.press('[id="loginForm:password"]', 'Tab');
        await d.waitFor(() => /shared-account/.test(document.querySelector('cmecf-link-guide')?.getAttribute('data-warning') ?? ''));
        timings.push({ listed, warned: Date.now() - typed });
        await clearExtensionStorage(d);
      } finally {
        await firefox.browser.close();
      }
    }
  } finally {
    rmSync(where.file, { force: true });
    await court.close();
  }
  console.log(
    `# policy (Firefox): ${RUNS} fresh installs; court listed ${timings.map((t) => t.listed).join(', ')} ms after the install returned; shared username warned ${timings.map((t) => t.warned).join(', ')} ms after it was typed`,
  );
  for (const t of timings) assert.ok(t.listed <= WITHIN_MS && t.warned <= WITHIN_MS, JSON.stringify(t));
});
