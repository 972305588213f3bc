// npm run demo: the practice court plus Chromium with the extension, so anyone can walk the
// linking flow without a PACER account. Headed when a display exists; otherwise it walks the
// flow headless and saves a screenshot of every page (1280 × 800, the stores' size), and the
// stores' 440 × 280 promo tile.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
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
  viewport: { width: 1280, height: 800 },
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
    page,
    goto: (url) => page.goto(url),
    waitFor: (fn, arg) => page.waitForFunction(fn, arg, { timeout: 20_000 }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    type: (selector, text) => page.fill(selector, text),
    click: (selector) => page.click(selector),
    clickTarget: () => page.click('[data-link-guide-target]'),
    clickGuide: (name) => page.locator('cmecf-link-guide').getByRole('button', { name, exact: true }).click(),
    errors: [],
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
  // The popup at the size the toolbar shows it, on a plain backdrop filling the stores' 1280 × 800.
  await openedPopup().addStyleTag({
    content:
      ':root{min-height:100vh;background:#dfe6ee !important}body{width:380px;margin:48px auto;background:var(--bg);box-shadow:0 6px 24px rgba(0,0,0,.25);border-radius:8px}',
  });
  await openedPopup().screenshot({ path: join(folder, 'demo-popup.png') });
  const store = resolve(process.env.STORE_DIR ?? join(folder, 'store'));
  mkdirSync(store, { recursive: true });
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(promoTile(readFileSync('assets/icons/icon-128.png').toString('base64')));
  await page.screenshot({ path: join(store, 'promo-tile-440x280.png') });
  console.log(`No display: walked the practice court headless; one screenshot per page is in ${folder}`);
  await context.close();
  await court.close();
}

/** The stores' small promo tile: the icon, the name and what it does, in the card's colours. */
function promoTile(iconBase64) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
html,body{margin:0;width:440px;height:280px;overflow:hidden}
body{display:flex;align-items:center;gap:18px;padding:0 28px;box-sizing:border-box;background:#1f3a5f;color:#fff;font-family:system-ui,'DejaVu Sans',Arial,sans-serif}
img{width:112px;height:112px;flex:none}
h1{margin:0 0 8px;font-size:28px;line-height:1.1}
p{margin:0;font-size:16px;line-height:1.35;color:#dfe6ee}
strong{color:#ffd43b;font-weight:600}
</style></head><body><img alt="" src="data:image/png;base64,${iconBase64}"><div><h1>CM/ECF Link Guide</h1>
<p>Link your old CM/ECF e-filing account to your own PACER account, <strong>court by court</strong>, step by step.</p></div></body></html>`;
}
