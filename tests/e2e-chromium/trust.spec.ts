import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/browsers.mjs';
import { addCourtInPopup, expectStep, walkFlow } from '../e2e/walk.mjs';
import { EXTENSION_DIR, expect, recordEverything, test } from './fixtures';

const SENTINELS = { pacerPassword: 'Sentinel-PACER-pw-7f3a', cmecfPassword: 'Sentinel-CMECF-pw-91c2', clientCode: 'Sentinel-client-55d0' };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('secrets typed into court forms appear nowhere: storage, messages, console, network', async ({ d, court, extensionId }) => {
  const context = d.page.context();
  const recorded = await recordEverything(d);
  const extensionRequests: string[] = [];
  context.on('request', (r) => {
    const from = r.serviceWorker()?.url() ?? r.frame()?.url() ?? '';
    if (from.startsWith('chrome-extension://') && !r.url().startsWith('chrome-extension://')) extensionRequests.push(r.url());
  });
  // Requests made from inside the court page (the content script runs there): DevTools names the
  // script that started each one; none may be the extension's.
  const cdp = await context.newCDPSession(d.page);
  await cdp.send('Network.enable');
  let pageRequests = 0;
  cdp.on('Network.requestWillBeSent', (event) => {
    pageRequests++;
    const frames = [event.initiator.url ?? '', ...(event.initiator.stack?.callFrames ?? []).map((f) => f.url)];
    // A navigation the user asked for ("Refresh now") is the user's, not a request of the extension's own.
    if (event.type === 'Document' || event.request.url.startsWith('chrome-extension://')) return;
    if (frames.some((u) => u.startsWith('chrome-extension://'))) extensionRequests.push(event.request.url);
  });

  court.reset({ names: 'differ', account: 'firm' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await d.page.bringToFront();
  await walkFlow(d, 'iasb', { warnings: ['shared-account', 'name-mismatch'], typed: SENTINELS });

  const { areas, messages, everything } = await recorded();
  expect(messages.length).toBeGreaterThan(10);
  expect(areas.local).toContain('"court:iasb"');
  for (const secret of Object.values(SENTINELS)) expect(everything).not.toContain(secret);
  expect(extensionRequests).toEqual([]);
  expect(pageRequests, 'the page-side request log saw the walk').toBeGreaterThan(10);
  // The practice court did receive them: the walk really typed and sent the sentinels.
  expect(court.requests.some((r) => r.body?.includes(SENTINELS.cmecfPassword))).toBe(true);
  expect(extensionId).toBeTruthy();
});

test('"Link anyway" sends exactly what the court’s form sends without the extension', async ({ d, court }) => {
  court.reset({ names: 'differ' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await d.page.bringToFront();
  await walkFlow(d, 'iasb', { warnings: ['name-mismatch'] });
  const withExtension = court.requests
    .filter((r) => r.method === 'POST' && r.url.endsWith('/cgi-bin/LinkAccount.pl'))
    .map((r) => r.body?.replace(/token=t\d+/, 'token=T'));

  // The same walk by hand in a browser without the extension.
  court.reset({ names: 'differ' });
  const bare = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cmecf-bare-')), {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs(EXTENSION_DIR, court.proxy).filter((a) => !a.includes('extension')),
  });
  const page = await bare.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('http://ecf.iasb.uscourts.gov/cgi-bin/login.pl');
  await page.fill('[id="loginForm:loginName"]', 'tattorney');
  await page.fill('[id="loginForm:password"]', 'practice-password');
  await page.click('[id="loginForm:fbtnLogin"]');
  await page.check('[id="regmsg:chkRedact"]');
  await page.click('[id="regmsg:bpmConfirm"]');
  await page.waitForURL('http://ecf.iasb.uscourts.gov/cgi-bin/login.pl');
  await page.goto('http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl');
  await page.fill('#cmecf_login', 'tattorney03');
  await page.fill('#cmecf_password', 'old-cmecf-password');
  await page.click('input[type=submit]');
  await page.click('input[type=submit]');
  await page.waitForURL(/linked=1/);
  await bare.close();
  const without = court.requests
    .filter((r) => r.method === 'POST' && r.url.endsWith('/cgi-bin/LinkAccount.pl'))
    .map((r) => r.body?.replace(/token=t\d+/, 'token=T'));
  expect(withExtension).toEqual(without);
  expect(errors).toEqual([]);
});

test('the court’s own pages show the same console errors with and without the extension', async ({ d, court }) => {
  const fixtures = [
    'pacercourts__ecf.iasb__ecf.html',
    'pacercourts__ecf.almb__ecf.html',
    'jscr__dockets__district__njd_509180.html',
    'jscr__docket_history_reports__casb_463475.html',
  ];
  const urls = [
    'http://ecf.iasb.uscourts.gov/',
    'http://ecf.almb.uscourts.gov/',
    'http://ecf.njd.uscourts.gov/cgi-bin/DktRpt.pl?1',
    'http://ecf.casb.uscourts.gov/cgi-bin/HistDocQry.pl?1',
  ];
  for (const [i, f] of fixtures.entries()) court.servePage(urls[i], readFileSync(`tests/fixtures/real/${f}`), 'text/html; charset=iso-8859-1');
  const bare = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cmecf-bare-')), {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs(EXTENSION_DIR, court.proxy).filter((a) => !a.includes('extension')),
  });
  for (const url of urls) {
    const errorsOf = async (page: import('@playwright/test').Page) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(url);
      await page.waitForTimeout(300);
      return errors.sort();
    };
    expect(await errorsOf(d.page), url).toEqual(await errorsOf(await bare.newPage()));
  }
  await bare.close();
});

test('axe-core: no WCAG 2.2 A/AA violations in the popup, the options page and every guide step', async ({ d, court, extensionId }) => {
  let rules = 0;
  const audit = async (page: import('@playwright/test').Page, include?: string) => {
    // Evaluated over DevTools: the extension's CSP (rightly) refuses inline scripts.
    await page.evaluate(AXE);
    const result = await page.evaluate(
      async ({ include, tags }) => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                c: unknown,
                o: unknown,
              ) => Promise<{ violations: { id: string; nodes: unknown[] }[]; passes: unknown[]; incomplete: unknown[]; inapplicable: unknown[] }>;
            };
          }
        ).axe;
        const r = await axe.run(include ? { include: [[include]] } : document, { runOnly: { type: 'tag', values: tags } });
        const passed = (r.passes as { id: string }[]).map((p) => p.id);
        return {
          violations: r.violations.map((v) => `${v.id} (${v.nodes.length})`),
          passed,
          rules: r.passes.length + r.violations.length + r.incomplete.length + r.inapplicable.length,
        };
      },
      { include, tags: WCAG },
    );
    rules = Math.max(rules, result.rules);
    // The guide lives in a shadow root: make sure axe really looked inside it (the card has buttons).
    if (include) expect(result.passed, 'axe reached the hint card').toContain('button-name');
    return result.violations;
  };
  const popup = await d.openPopup();
  await popup.fill('input[type=search]', 'iowa');
  expect(await audit(popup), 'popup with results').toEqual([]);
  await popup.press('input[type=search]', 'Enter');
  await popup.waitForSelector('li[data-court]');
  expect(await audit(popup), 'popup with a court').toEqual([]);
  const options = await d.page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForSelector('#individual');
  expect(await audit(options), 'options').toEqual([]);
  await options.close();

  // Every guide step of a walk with warnings: audit the guide (it lives in the court's page).
  court.reset({ layout: 'nextgen', names: 'differ', account: 'firm' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  const steps: string[] = [];
  const auditing = {
    ...d,
    shot: async (name: string) => {
      steps.push(name);
      expect(await audit(d.page, 'cmecf-link-guide'), name).toEqual([]);
    },
  };
  await d.page.bringToFront();
  await walkFlow(auditing, 'iasb', { layout: 'nextgen', warnings: ['shared-account', 'name-mismatch'], wrongPasswordFirst: true });
  expect(steps.length).toBeGreaterThanOrEqual(13);
  console.log(`axe-core: ${rules} rules checked per page; ${steps.length} guide states audited`);
});

test('keyboard only: add a court in the popup, reach the hint with Alt+Shift+L (and a Mac’s Option+Shift+L) and dismiss it', async ({ d, court }) => {
  court.reset();
  const popup = await d.openPopup();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('combobox', { name: 'Add a court' })).toBeFocused();
  await popup.keyboard.type('iasd');
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('ArrowUp');
  await popup.keyboard.press('Enter');
  await expect(popup.locator('li[data-court="iasd"]')).toHaveAttribute('data-status', 'todo');
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('link', { name: /^Link next/ })).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('link', { name: /Open CM\/ECF/ })).toBeFocused();

  await d.page.bringToFront();
  await d.goto('http://www.iasd.uscourts.gov/');
  await expectStep(d, 'court-website', { court: 'iasd', target: 'E-Filing (CM/ECF)' });
  const focused = () =>
    d.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-labelledby') ?? document.activeElement?.tagName);
  // The card names its key, to screen readers and at its foot.
  expect(await d.page.evaluate(() => document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('section')?.getAttribute('aria-keyshortcuts'))).toBe(
    'Alt+Shift+L',
  );
  expect(await d.page.evaluate(() => document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('.keys')?.textContent)).toMatch(
    /Shift\+L brings you back to this card/,
  );
  // Option+Shift+L on a Mac: the key's value is "Ò", its physical code KeyL (a real key event, as the OS sends it).
  const cdp = await d.page.context().newCDPSession(d.page);
  for (const type of ['keyDown', 'keyUp'] as const)
    await cdp.send('Input.dispatchKeyEvent', { type, key: 'Ò', code: 'KeyL', windowsVirtualKeyCode: 76, nativeVirtualKeyCode: 76, modifiers: 1 | 8 });
  await expect.poll(focused).toBe('hint-title');
  // Away from the card, then Alt+Shift+L as on Windows and Linux.
  await d.page.evaluate(() => (document.activeElement?.shadowRoot?.activeElement as HTMLElement | null)?.blur());
  await expect.poll(focused).not.toBe('hint-title');
  await d.page.keyboard.press('Alt+Shift+L');
  await expect.poll(focused).toBe('hint-title');
  await d.page.keyboard.press('Tab');
  await expect.poll(() => d.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent)).toBe('Hide');
  await d.page.keyboard.press('Escape');
  await expect(d.page.locator('cmecf-link-guide')).toHaveCount(0);
  await expect(d.page.locator('[data-link-guide-target]')).toHaveCount(0);
});
