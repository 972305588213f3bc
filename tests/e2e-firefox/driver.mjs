// Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built extension installed.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, afterEach, before, beforeEach } from 'node:test';
import puppeteer from 'puppeteer-core';
import { FIREFOX_EXTENSION_UUID, firefoxPath, firefoxPrefs, STEP_SHOTS } from '../e2e/browsers.mjs';
import { startPracticeCourt } from '../practice-court/server.mjs';

const EXTENSION_DIR = resolve('.output/firefox-mv2');
const SCREENSHOTS = resolve('tests/e2e-output');
const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

export async function launchFirefox(court) {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('Firefox not found: set FIREFOX_PATH (npm test installs Debian firefox-esr when it can).');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    enableExtensions: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages (the popup) only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(court.proxy, FIREFOX_EXTENSION_UUID),
    defaultViewport: { width: 1100, height: 800 },
  });
  const id = await browser.installExtension(EXTENSION_DIR);
  return { browser, id, version: await browser.version() };
}

/**
 * Over BiDi, Firefox navigates to moz-extension:// pages but never reports their load to
 * Puppeteer, so start the navigation and wait on the document itself.
 */
async function openExtensionPage(page, url) {
  page.goto(url, { timeout: 60_000 }).catch(() => {});
  for (let i = 0; i < 100; i++) {
    const ready = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`could not open ${url}`);
}

/**
 * A click by position, once the element is what a click there would hit, as Playwright checks
 * before each click: Puppeteer clicks at once, and under load Firefox may still be placing the hint
 * card beside the target (two fresh runs lost a click on the redaction dialog's Continue and on the
 * confirm page's Submit so). A card that stays over the target fails here, naming what is on top.
 */
async function clickWhenHit(page, selector) {
  const element = await page.waitForSelector(selector, { timeout: 20_000 });
  await element.scrollIntoView();
  await page
    .waitForFunction(
      (sel) => {
        const target = document.querySelector(sel);
        if (!target) return false;
        const box = target.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return Boolean(hit) && (hit === target || target.contains(hit));
      },
      { timeout: 10_000, polling: 'raf' },
      selector,
    )
    .catch(async (error) => {
      const onTop = await page.evaluate((sel) => {
        const box = document.querySelector(sel)?.getBoundingClientRect();
        const hit = box && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit ? `${hit.localName}${hit.id ? `#${hit.id}` : ''}` : 'nothing';
      }, selector);
      throw new Error(`${selector} is covered by ${onTop}`, { cause: error });
    });
  await element.click();
}

const focusIn = (page, selector) => page.evaluate((sel) => document.querySelector(sel).focus(), selector);

/** Focuses the button of that exact name in the shadow root of `host` (our card or notice) and presses Enter, as the user would. */
async function pressButtonIn(page, host, name) {
  await page.bringToFront();
  const found = await page.evaluate(
    ({ host, label }) => {
      const button = Array.from(document.querySelector(host)?.shadowRoot?.querySelectorAll('button') ?? []).find((b) => b.textContent === label);
      button?.focus();
      return Boolean(button);
    },
    { host, label: name },
  );
  if (!found) throw new Error(`no button named ${name} in ${host}`);
  await page.keyboard.press('Enter');
}

/** The same verbs as the Chromium driver (tests/e2e-chromium/fixtures.ts). */
export async function driver(browser, court) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const page = await browser.newPage();
  let popup;
  const waitOn = (p) => (fn, arg) => p.waitForFunction(fn, { timeout: 20_000, polling: 100 }, arg);
  // Errors of the extension's own scripts in the court page (not the practice court's own scripts).
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && (m.location()?.url ?? '').startsWith('moz-extension://')) errors.push(m.text());
  });
  return {
    name: 'firefox',
    page,
    errors,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    waitFor: waitOn(page),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    async type(selector, text) {
      await page.$eval(selector, (el) => (el.value = ''));
      await page.type(selector, text);
    },
    click: (selector) => clickWhenHit(page, selector),
    clickTarget: () => clickWhenHit(page, '[data-link-guide-target]'),
    /**
     * The user's own press (trusted key over BiDi) of the hint card's button of that exact name:
     * element handles inside the card's shadow root are not clickable over BiDi, and the card may
     * move under a click by position while it redraws, so focus it and press Enter.
     */
    clickGuide: (name) => pressButtonIn(page, 'cmecf-link-guide', name),
    /** The same, on the guard's own notice. */
    clickNotice: (name) => pressButtonIn(page, 'cmecf-link-guard', name),
    async press(selector, key) {
      await page.bringToFront();
      await focusIn(page, selector);
      await page.keyboard.press(key);
    },
    newTab: () => driver(browser, court),
    /** Reloads the extension, as an update does; its pages close, court tabs stay open. */
    async reloadExtension() {
      await this.openPopup();
      await popup.evaluate(() => window.browser.runtime.reload()).catch(() => {});
      popup = undefined;
      await new Promise((r) => setTimeout(r, 1500));
    },
    shot: async (name) => {
      if (STEP_SHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    },
    requestCount: async () => court.requests.length,
    async openPopup() {
      // The popup page updates itself live, so one open tab serves the whole test.
      if (popup?.isClosed()) popup = undefined;
      if (!popup) {
        popup = await browser.newPage();
        await openExtensionPage(popup, `${EXTENSION_ORIGIN}/popup.html`);
      }
      await popup.waitForFunction(() => document.querySelector('#court-search'), { timeout: 10_000 });
      return popup;
    },
    // Element handles do not cross into the extension's realm (Xray wrappers): focus by script,
    // then type with real key events.
    popup: {
      type: (selector, text) => focusIn(popup, selector).then(() => popup.keyboard.type(text)),
      press: (selector, key) => focusIn(popup, selector).then(() => popup.keyboard.press(key)),
      waitFor: (fn, arg) => waitOn(popup)(fn, arg),
      evaluate: (fn, arg) => popup.evaluate(fn, arg),
    },
    /**
     * Closes every tab but a fresh blank one. Firefox does not close a window's last tab (the call
     * resolves and the tab stays), so a test that closed them all left its court page running into
     * the next test, where its guide answered that test's storage changes.
     */
    async close() {
      const spare = await browser.newPage();
      for (const p of await browser.pages()) if (p !== spare) await p.close().catch(() => {});
      for (const p of [page, popup]) if (p && (await p.evaluate(() => true).catch(() => false))) throw new Error(`a tab did not close: ${p.url()}`);
    },
  };
}

/** Empties the extension's storage (the session's facts too) from its own page, so every test starts from nothing. */
export async function clearExtensionStorage(d) {
  await d.openPopup();
  await d.popup.evaluate(async () => {
    await window.browser.storage.local.clear();
    await window.browser.storage.session.clear();
    return true;
  });
}

/** One practice court and one Firefox with the extension installed, for a whole test file: `{ court, firefox }` once it runs. */
export function firefoxForFile() {
  const file = {};
  before(async () => {
    file.court = await startPracticeCourt();
    file.firefox = await launchFirefox(file.court);
    console.log(`# browser: ${file.firefox.version}, extension ${file.firefox.id}`);
  });
  after(async () => {
    await file.firefox?.browser.close();
    await file.court?.close();
  });
  return file;
}

/**
 * The hooks of a Firefox test file: one practice court and one Firefox for the file; for each test
 * a fresh practice-court session, a new tab and empty extension storage, handed to `use`.
 */
export function firefoxSuite(use) {
  const file = firefoxForFile();
  let d;
  beforeEach(async () => {
    file.court.reset();
    d = await driver(file.firefox.browser, file.court);
    await clearExtensionStorage(d);
    use({ court: file.court, d });
  });
  afterEach(async () => d?.close());
}
