// npm run demo: the practice court plus Chromium with the extension, so anyone can walk the
// linking flow without a PACER account. Headed when a display exists; otherwise it walks the
// flow headless and saves a screenshot of every page.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath, CHROMIUM_ENV } from '../e2e/browsers.mjs';
import { addCourtInPopup, walkFlow } from '../e2e/walk.mjs';
import { startPracticeCourt } from './server.mjs';

const extension = resolve('.output/chrome-mv3');
if (!existsSync(join(extension, 'manifest.json'))) {
  console.error('Build the extension first: npm run build');
  process.exit(1);
}
const executablePath = chromiumPath();
if (!executablePath) {
  console.error(`Chromium not found: install Debian's chromium or set ${CHROMIUM_ENV}.`);
  process.exit(1);
}
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const court = await startPracticeCourt();
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cmecf-demo-')), {
  executablePath,
  headless: !headed,
  args: chromiumArgs(extension, court.proxy),
  viewport: { width: 1100, height: 800 },
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());

if (headed) {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.goto('http://www.iasb.uscourts.gov/');
  console.log('Practice court ready: add "iasb" or "iasd" in the toolbar popup, then follow the guide.');
  console.log('Any PACER username and password work; the CM/ECF password "wrong" is refused. Close the browser to stop.');
  context.on('close', () => court.close().then(() => process.exit(0)));
} else {
  const folder = resolve(process.env.SCREENSHOT_DIR ?? 'demo-screenshots');
  mkdirSync(folder, { recursive: true });
  /** @type {import('@playwright/test').Page | undefined} */
  let popup;
  /** The popup's page, once `openPopup` has opened it. */
  const openedPopup = () => {
    if (!popup) throw new Error('the popup is not open: d.openPopup() first');
    return popup;
  };
  const d = {
    name: 'demo',
    goto: (url) => page.goto(url),
    waitFor: (fn, arg) => page.waitForFunction(fn, arg, { timeout: 20_000 }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    type: (selector, text) => page.fill(selector, text),
    click: (selector) => page.click(selector),
    clickTarget: () => page.click('[data-link-guide-target]'),
    shot: (name) => page.screenshot({ path: join(folder, `${name}.png`) }),
    requestCount: async () => court.requests.length,
    async openPopup() {
      popup ??= await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      return popup;
    },
    popup: {
      type: (s, t) => openedPopup().fill(s, t),
      press: (s, k) => openedPopup().press(s, k),
      waitFor: (fn, arg) => openedPopup().waitForFunction(fn, arg),
      evaluate: (fn, arg) => openedPopup().evaluate(fn, arg),
    },
  };
  court.reset({ layout: 'nextgen', names: 'differ' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await page.bringToFront();
  await walkFlow(d, 'iasb', { layout: 'nextgen', warnings: ['name-mismatch'] });
  await openedPopup().screenshot({ path: join(folder, 'demo-popup.png') });
  console.log(`No display: walked the practice court headless; one screenshot per page is in ${folder}`);
  await context.close();
  await court.close();
}
