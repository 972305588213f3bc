// Firefox ESR E2E: the welcome page a new install opens, and adding a whole state.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { clearExtensionStorage, driver, firefoxForFile } from './driver.mjs';

const IOWA = ['ianb', 'iand', 'iasb', 'iasd'];

// No tab per test: the first test must find the tab the extension opened itself on install.
const file = firefoxForFile();
let d;
afterEach(async () => d?.close());

/**
 * The tab the extension opened itself on install (no test opened it). Over BiDi such a tab reports
 * about:blank as its URL, so ask the document where it is.
 */
async function welcomeTab(browser) {
  const where = (page) => page.evaluate(() => location.href).catch(() => '');
  for (let i = 0; i < 100; i++) {
    for (const page of await browser.pages()) if ((await where(page)).endsWith('/welcome.html')) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no welcome page opened on install');
}

const waitIn = (page, fn, arg) => page.waitForFunction(fn, { timeout: 15_000, polling: 100 }, arg);

test('installing opens the welcome page; a state added there lands on the checklist', async () => {
  // First, before anything else touches the browser: the install itself opened it.
  const welcome = await welcomeTab(file.firefox.browser);
  await waitIn(welcome, () => document.querySelector('#court-search'));
  const headings = await welcome.evaluate(() => [...document.querySelectorAll('h1, h2')].map((h) => h.textContent));
  assert.deepEqual(headings, [
    'Welcome to CM/ECF Link Guide',
    'Before you start',
    'Add the courts where you e-file',
    'Keep the checklist in reach',
    'Start with your first court',
  ]);
  // Firefox puts the button on the toolbar (default_area); the shortcut shown is the one Firefox has.
  await waitIn(welcome, () => /Alt\+Shift\+K opens the checklist/.test(document.querySelector('[data-keys]')?.textContent ?? ''));
  assert.match(await welcome.evaluate(() => document.querySelector('[data-pin]')?.textContent ?? ''), /on the toolbar/);
  const links = await welcome.evaluate(() => [.../** @type {NodeListOf<HTMLAnchorElement>} */ (document.querySelectorAll('.prereqs a'))].map((a) => a.href));
  assert.deepEqual(links, ['https://pacer.uscourts.gov/', 'https://pacer.psc.uscourts.gov/']);

  // Real key events (element handles do not cross into the extension's realm: focus by script).
  await welcome.evaluate(() => /** @type {HTMLInputElement} */ (document.querySelector('#court-search')).focus());
  await welcome.keyboard.type('Iowa');
  await waitIn(welcome, () => document.querySelector('[role=option][aria-selected=true] .result-title')?.textContent === 'All courts in Iowa (4)');
  await welcome.keyboard.press('Enter');
  await waitIn(welcome, () => document.querySelector('[role=status].added')?.textContent === 'Added 4 courts in Iowa.');
  await waitIn(welcome, () => /** @type {HTMLAnchorElement | null} */ (document.querySelector('a.link-next'))?.href.endsWith('/cgi-bin/login.pl'));
  const stored = await welcome.evaluate(async () =>
    Object.keys(await window.browser.storage.local.get(null))
      .filter((k) => k.startsWith('court:'))
      .sort(),
  );
  assert.deepEqual(
    stored,
    IOWA.map((id) => `court:${id}`),
  );
  await welcome.screenshot({ path: 'tests/e2e-output/firefox-welcome.png' });
  await welcome.close();
});

test('the popup adds all courts in Iowa in one step and skips those already listed', async () => {
  file.court.reset();
  d = await driver(file.firefox.browser, file.court);
  await clearExtensionStorage(d);
  await d.openPopup();
  await d.popup.type('#court-search', 'iasd');
  await d.popup.press('#court-search', 'Enter');
  await d.popup.waitFor(() => document.querySelectorAll('li[data-court]').length === 1);
  await d.popup.type('#court-search', 'Iowa');
  await d.popup.waitFor(() => document.querySelector('[role=option] .result-title')?.textContent === 'All courts in Iowa (4)');
  await d.popup.press('#court-search', 'Enter');
  await d.popup.waitFor(() => document.querySelectorAll('li[data-court]').length === 4);
  const rows = await d.popup.evaluate(() =>
    [.../** @type {NodeListOf<HTMLLIElement>} */ (document.querySelectorAll('li[data-court]'))].map((li) => `${li.dataset.court}:${li.dataset.status}`).sort(),
  );
  assert.deepEqual(
    rows,
    IOWA.map((id) => `${id}:todo`),
  );
  const said = await d.popup.evaluate(() => document.querySelector('[role=status].added')?.textContent);
  assert.equal(said, 'Added 3 of 4 courts in Iowa; IASD was already on your list.');
});
