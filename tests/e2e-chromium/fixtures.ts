import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, test as base } from '@playwright/test';
import { chromiumArgs, chromiumPath, STEP_SHOTS } from '../e2e/browsers.mjs';
import { startPracticeCourt } from '../practice-court/server.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const SCREENSHOTS = resolve('tests/e2e-output');

type Court = Awaited<ReturnType<typeof startPracticeCourt>>;

interface Worker {
  court: Court;
  context: BrowserContext;
  extensionId: string;
  /** A new browser with the extension freshly loaded (Chromium does not load it back after runtime.reload()). */
  restart: () => Promise<void>;
}

/**
 * Opens one of the extension's pages in `page`. Right after an install or a reload Chromium may
 * refuse navigations to the extension's pages with ERR_BLOCKED_BY_CLIENT until the extension is
 * enabled again (seconds on a busy 2-core machine): try again until it answers, for up to 15 s.
 */
export async function openExtensionPage(page: Page, extensionId: string, path: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const refused = await page.goto(`chrome-extension://${extensionId}/${path}`).then(
      () => false,
      (e: Error) => (Date.now() < deadline && /ERR_BLOCKED_BY_CLIENT/.test(e.message) ? true : Promise.reject(e)),
    );
    if (!refused) return;
    await page.waitForTimeout(250);
  }
}

/** A driver with the same verbs as the Firefox one (tests/e2e-firefox/driver.mjs). */
export function driver(page: Page, w: Worker) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  let popup: Page | undefined;
  // Uncaught errors and unhandled rejections of the extension's own scripts in the court page (the
  // practice court's own page scripts are not ours to judge here).
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) errors.push(m.text());
  });
  return {
    name: 'chromium',
    page,
    errors,
    goto: (url: string) => page.goto(url),
    waitFor: (fn: (arg: any) => unknown, arg?: unknown) => page.waitForFunction(fn, arg, { timeout: 20_000 }),
    evaluate: <R>(fn: (arg: any) => R, arg?: unknown) => page.evaluate(fn, arg),
    type: (selector: string, text: string) => page.fill(selector, text),
    click: (selector: string) => page.click(selector),
    clickTarget: () => page.click('[data-link-guide-target]'),
    /** A real click (trusted input) on the hint card's button of that exact name. */
    clickGuide: (name: string) => page.locator('cmecf-link-guide').getByRole('button', { name, exact: true }).click(),
    /** A real click on the guard's own notice's button of that exact name. */
    clickNotice: (name: string) => page.locator('cmecf-link-guard').getByRole('button', { name, exact: true }).click(),
    press: (selector: string, key: string) => page.press(selector, key),
    newTab: async () => driver(await w.context.newPage(), w),
    /** Set once the extension was reloaded: the next test needs a new browser. */
    reloaded: false,
    /** Reloads the extension, as an update does; its pages close, court tabs stay open. */
    async reloadExtension() {
      this.reloaded = true;
      const opened = popup ?? (await this.openPopup());
      await opened.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.reload()).catch(() => {});
      popup = undefined;
      await page.waitForTimeout(1000);
    },
    shot: async (name: string) => {
      if (STEP_SHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    },
    requestCount: async () => w.court.requests.length,
    popupPage: () => popup!,
    async openPopup() {
      if (popup?.isClosed()) popup = undefined;
      popup ??= await w.context.newPage();
      await openExtensionPage(popup, w.extensionId, 'popup.html');
      return popup;
    },
    popup: {
      type: (selector: string, text: string) => popup!.fill(selector, text),
      press: (selector: string, key: string) => popup!.press(selector, key),
      waitFor: (fn: (arg: any) => unknown, arg?: unknown) => popup!.waitForFunction(fn, arg, { timeout: 15_000 }),
      evaluate: <R>(fn: (arg: any) => R, arg?: unknown) => popup!.evaluate(fn, arg),
    },
  };
}

export const test = base.extend<{ d: ReturnType<typeof driver>; court: Court; extensionId: string }, { worker: Worker }>({
  worker: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a worker fixture's dependencies from this pattern; it has none.
    async ({}, use) => {
      const executablePath = chromiumPath();
      if (!executablePath) throw new Error('Chromium not found: set CHROMIUM_PATH (npm test installs Debian chromium when it can).');
      const court = await startPracticeCourt();
      const worker = { court } as Worker;
      worker.restart = async () => {
        await worker.context?.close();
        worker.context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cmecf-e2e-')), {
          executablePath,
          headless: true,
          args: chromiumArgs(EXTENSION_DIR, court.proxy),
          viewport: { width: 1100, height: 800 },
        });
        const serviceWorker = worker.context.serviceWorkers()[0] ?? (await worker.context.waitForEvent('serviceworker'));
        worker.extensionId = new URL(serviceWorker.url()).host;
      };
      await worker.restart();
      await use(worker);
      await worker.context.close();
      await court.close();
    },
    { scope: 'worker' },
  ],
  court: async ({ worker }, use) => use(worker.court),
  extensionId: async ({ worker }, use) => use(worker.extensionId),
  d: async ({ worker }, use) => {
    // Every test starts from nothing: a fresh practice-court session, no cookies, empty storage.
    worker.court.reset();
    await worker.context.clearCookies();
    const page = await worker.context.newPage();
    const d = driver(page, worker);
    const popup = await d.openPopup();
    await popup.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.clear());
    await use(d);
    if (d.reloaded) await worker.restart();
    else for (const p of worker.context.pages()) await p.close();
  },
});

/**
 * From now on: every message the background receives and everything the court page or the
 * background logs. The reader adds every storage area; the trust tests search all of it for secrets.
 */
export async function recordEverything(d: ReturnType<typeof driver>) {
  type Seen = { seen: string[] };
  const worker = d.page.context().serviceWorkers()[0]!;
  await worker.evaluate(() => {
    (self as unknown as Seen).seen = [];
    (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.onMessage.addListener(
      (m: unknown) => void (self as unknown as Seen).seen.push(JSON.stringify(m)),
    );
  });
  const logs: string[] = [];
  d.page.on('console', (m) => logs.push(m.text()));
  worker.on('console', (m) => logs.push(m.text()));
  return async () => {
    const popup = await d.openPopup();
    const areas = await popup.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: typeof browser }).chrome;
      const read = async (area: { get: (keys: null) => Promise<unknown> }) => JSON.stringify(await area.get(null).catch((e: Error) => ({ error: e.message })));
      return { local: await read(storage.local), sync: await read(storage.sync), session: await read(storage.session), managed: await read(storage.managed) };
    });
    const messages = await worker.evaluate(() => (self as unknown as Seen).seen);
    return { areas, messages, everything: [...Object.values(areas), ...messages, ...logs].join('\n') };
  };
}

export { expect } from '@playwright/test';
