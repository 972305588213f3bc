import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/browsers.mjs';
import { EXTENSION_DIR, expect, SCREENSHOTS, test } from './fixtures';

// Functions below run inside the extension's pages, where `chrome` exists.
declare const chrome: typeof browser;

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const IOWA = ['iand', 'iasd', 'ianb', 'iasb'];

/** axe-core's WCAG A/AA violations on the page, evaluated over DevTools (the extension's CSP refuses inline scripts). */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, WCAG);
}

const rows = (page: Page) => page.locator('li[data-court]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-court')!));

/**
 * A browser profile that has never seen the extension: what a new user gets from the store. The
 * extension is a copy, so that a test can give it a new version and start the same profile again.
 */
async function freshBrowser(proxy: string) {
  const profile = mkdtempSync(join(tmpdir(), 'cmecf-fresh-'));
  const extension = mkdtempSync(join(tmpdir(), 'cmecf-extension-'));
  cpSync(EXTENSION_DIR, extension, { recursive: true });
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: chromiumArgs(extension, proxy),
      viewport: { width: 1000, height: 900 },
    });
  return { context: await launch(), launch, extension };
}

test('a fresh install opens the welcome page once: light and dark pass axe, keyboard alone adds a state; an update opens nothing', async ({ court }) => {
  const browser = await freshBrowser(court.proxy);
  let context = browser.context;
  try {
    const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
    const welcome = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome }));
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to CM/ECF Link Guide');
    // How to pin the button (Chrome leaves it in the Extensions menu), and the shortcut Chrome has for the checklist.
    await expect(welcome.locator('[data-pin]')).toContainText('then the pin beside CM/ECF Link Guide');
    await expect(welcome.locator('[data-keys]')).toContainText('Alt+Shift+K opens the checklist');
    await welcome.screenshot({ path: join(SCREENSHOTS, 'welcome-light.png'), fullPage: true });
    expect(await violations(welcome), 'welcome, light').toEqual([]);
    await welcome.emulateMedia({ colorScheme: 'dark' });
    expect(await welcome.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(22, 27, 33)');
    expect(await violations(welcome), 'welcome, dark').toEqual([]);
    await welcome.screenshot({ path: join(SCREENSHOTS, 'welcome-dark.png'), fullPage: true });
    await welcome.emulateMedia({ colorScheme: 'light' });

    // Keyboard only: Tab to "Add a court", type a state, take the first option, reach the first court.
    const box = welcome.getByRole('combobox', { name: 'Add a court' });
    for (let i = 0; i < 6 && !(await box.evaluate((el) => el === document.activeElement)); i++) await welcome.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await welcome.keyboard.type('Iowa');
    await expect(welcome.getByRole('option', { name: /^All courts in Iowa \(4\)/ })).toHaveAttribute('aria-selected', 'true');
    expect(await violations(welcome), 'welcome with results').toEqual([]);
    await welcome.keyboard.press('Enter');
    await expect(welcome.getByRole('status').filter({ hasText: 'Added 4 courts in Iowa.' })).toBeVisible();
    await expect(welcome.getByRole('list', { name: 'Your courts' }).getByRole('listitem')).toHaveCount(4);
    const start = welcome.getByRole('link', { name: /^Open the CM\/ECF login/ });
    for (let i = 0; i < 4 && !(await start.evaluate((el) => el === document.activeElement)); i++) await welcome.keyboard.press('Tab');
    await expect(start).toBeFocused();
    expect(await start.getAttribute('href')).toMatch(new RegExp(`^https://ecf\\.(${IOWA.join('|')})\\.uscourts\\.gov/cgi-bin/login\\.pl$`));
    expect(await violations(welcome), 'welcome with courts').toEqual([]);
    await welcome.screenshot({ path: join(SCREENSHOTS, 'welcome-courts.png'), fullPage: true });

    // An update must not open it again. The same profile starts with a newer version of the
    // extension (Chromium says 'install' again for a folder it loads at start: the marker holds).
    for (const page of context.pages().filter(isWelcome)) await page.close();
    await context.close();
    const manifestPath = join(browser.extension, 'manifest.json');
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), version: '99.0.0' }));
    context = await browser.launch();
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('99.0.0');
    // Give a wrongly opened welcome tab time to show up.
    await new Promise((r) => setTimeout(r, 2000));
    expect(
      context
        .pages()
        .map((p) => p.url())
        .filter((u) => u.includes('welcome')),
    ).toEqual([]);
    expect(await worker.evaluate(() => chrome.storage.local.get(null).then((all) => Object.keys(all).filter((k) => k.startsWith('court:')).length))).toBe(4);
  } finally {
    await context.close();
  }
});

test('"All courts in Iowa (4)" adds iand, iasd, ianb and iasb; again says they are listed', async ({ d }) => {
  const popup = await d.openPopup();
  const box = popup.getByRole('combobox', { name: 'Add a court' });
  await box.fill('iowa');
  await popup.getByRole('option', { name: /^All courts in Iowa \(4\)/ }).click();
  await expect.poll(async () => (await rows(popup)).sort()).toEqual([...IOWA].sort());
  await expect(popup.getByText('Added 4 courts in Iowa.')).toBeVisible();
  await box.fill('Iowa');
  await box.press('Enter');
  await expect(popup.getByText('All 4 courts in Iowa are already on your list.')).toBeVisible();
  expect((await rows(popup)).length).toBe(4);
});

test('"Link next" opens a listed court’s CM/ECF login.pl', async ({ d }) => {
  const popup = await d.openPopup();
  await popup.getByRole('combobox', { name: 'Add a court' }).fill('Iowa');
  await popup.keyboard.press('Enter');
  await expect.poll(() => rows(popup)).toHaveLength(4);
  const link = popup.getByRole('link', { name: /^Link next/ });
  const href = await link.getAttribute('href');
  expect(href).toMatch(new RegExp(`^https://ecf\\.(${IOWA.join('|')})\\.uscourts\\.gov/cgi-bin/login\\.pl$`));
  // The practice court refuses HTTPS tunnels (and a refused tunnel can reset under a later test):
  // answer the court's HTTPS login here, before any proxy.
  const context = popup.context();
  await context.route('https://*.uscourts.gov/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>CM/ECF login</title>' }));
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(href);
  await context.unroute('https://*.uscourts.gov/**');
});

test('the printable checklist downloads a CSV with a header and one row per court; 25 courts pass axe', async ({ d }) => {
  const popup = await d.openPopup();
  // Twenty-five courts across states and statuses, as a firm's attorney might have them.
  await popup.evaluate(() => {
    const ids = [
      'iand',
      'iasd',
      'ianb',
      'iasb',
      'mnd',
      'mnb',
      'ned',
      'neb',
      'nvd',
      'nvb',
      'ilnd',
      'ilnb',
      'ilcd',
      'ilcb',
      'ilsd',
      'ilsb',
      'mowd',
      'mowb',
      'moed',
      'moeb',
      'ksd',
      'ksb',
      'cod',
      'cob',
      'dcd',
    ];
    const statuses = ['verified', 'verified', 'verified', 'verified', 'linked', 'linked', 'linked', 'in-progress', 'in-progress', 'in-progress'];
    const day = Date.UTC(2026, 2, 2);
    return chrome.storage.local.set(
      Object.fromEntries(
        ids.map((id, i) => {
          const status = statuses[i] ?? 'todo';
          const done = status === 'linked' || status === 'verified';
          return [
            `court:${id}`,
            {
              id,
              status,
              added: day + i,
              updated: day + i * 3_600_000,
              ...(done && { linked: day + i * 3_600_000 }),
              ...(status === 'verified' && { verified: day + i * 3_600_000 }),
              ...(status === 'in-progress' && { lastStep: 'pacer-login' }),
            },
          ];
        }),
      ),
    );
  });
  await expect(popup.getByText('21 of 25 courts still to do')).toBeVisible();
  await expect(popup.getByRole('progressbar', { name: '4 of 25 done' })).toBeVisible();
  // The toolbar badge counts the same courts, and its title says so in the headline's words.
  await expect
    .poll(() => popup.evaluate(async () => [await chrome.action.getBadgeText({}), await chrome.action.getTitle({})]))
    .toEqual(['21', 'CM/ECF Link Guide: 21 of 25 courts still to do']);
  await expect(popup.getByRole('heading', { level: 2 })).toHaveText(['In progress (3)', 'To do (15)', 'Linked (3)', 'Verified (4)', 'Before you start']);
  await expect(popup.getByRole('searchbox', { name: 'Filter your courts' })).toBeVisible();
  expect(await violations(popup), 'popup with 25 courts').toEqual([]);
  await popup.emulateMedia({ colorScheme: 'dark' });
  expect(await violations(popup), 'popup with 25 courts, dark').toEqual([]);
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.screenshot({ path: join(SCREENSHOTS, 'popup-25-courts.png') });

  const [sheet] = await Promise.all([popup.context().waitForEvent('page'), popup.getByRole('link', { name: 'Print or export the checklist' }).click()]);
  await expect(sheet.locator('tr[data-court]')).toHaveCount(25);
  expect(await violations(sheet), 'printable checklist').toEqual([]);
  await sheet.emulateMedia({ colorScheme: 'dark' });
  expect(await violations(sheet), 'printable checklist, dark').toEqual([]);
  const [download] = await Promise.all([sheet.waitForEvent('download'), sheet.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^cmecf-link-guide-checklist-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync((await download.path())!, 'utf8').split('\r\n');
  expect(lines.pop()).toBe('');
  expect(lines[0]).toBe('court id,court name,status,added,linked,verified,notification transaction id,notification time');
  expect(
    lines
      .slice(1)
      .map((l) => l.split(',')[0])
      .sort(),
  ).toEqual((await rows(popup)).sort());
  expect(lines.length).toBe(26);
  // The print stylesheet hides the buttons.
  await sheet.emulateMedia({ media: 'print' });
  await expect(sheet.getByRole('button', { name: 'Print' })).toBeHidden();
});
