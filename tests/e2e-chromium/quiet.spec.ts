// Where the guide has no job, nothing runs: no content script on pages of case data (the
// manifest's exclude_matches), and no guide core where the gate knows the guide has nothing to say.
// Chromium reports every script a page compiles, in every world (CDP Debugger.scriptParsed): the
// extension's own are read from there.
import type { Page } from '@playwright/test';
import { CASE_DATA, SETTLE_MS, signIn } from '../e2e/quiet-pages.mjs';
import { addCourtInPopup, expectStep } from '../e2e/walk.mjs';
import { expect, test } from './fixtures';

const ECF = 'http://ecf.iasb.uscourts.gov';

/** The paths of the extension's scripts the page compiles from now on. */
async function extensionScripts(page: Page) {
  const paths: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Debugger.scriptParsed', ({ url }) => url.startsWith('chrome-extension://') && paths.push(new URL(url).pathname));
  await cdp.send('Debugger.enable');
  return { paths, clear: () => paths.splice(0) };
}

test('a court on the checklist: pages of case data get no content script, the menus keep the guide', async ({ d }) => {
  await addCourtInPopup(d, 'iasb', 'iasb');
  await d.page.bringToFront();
  await signIn(d, ECF);
  await expectStep(d, 'open-utilities', { court: 'iasb', target: 'Utilities' });
  const scripts = await extensionScripts(d.page);

  for (const path of CASE_DATA) {
    scripts.clear();
    await d.goto(`${ECF}${path}`);
    await d.page.waitForTimeout(SETTLE_MS);
    expect(scripts.paths, path).toEqual([]);
    await expect(d.page.locator('cmecf-link-guide'), path).toHaveCount(0);
  }

  scripts.clear();
  await d.goto(`${ECF}/cgi-bin/DisplayMenu.pl?Utilities`);
  await expectStep(d, 'open-link-utility', { court: 'iasb' });
  expect(scripts.paths).toEqual(['/gate.js', '/guide-core.js']);
});

test('a court not on the checklist: the guide core loads only where the offer may show', async ({ d }) => {
  await d.goto('http://www.iasb.uscourts.gov/');
  const scripts = await extensionScripts(d.page);
  const quiet = async (url: string, gate = '/gate.js') => {
    scripts.clear();
    await d.goto(url);
    await expect.poll(() => scripts.paths, { message: `the gate runs on ${url}` }).toEqual([gate]);
    await d.page.waitForTimeout(SETTLE_MS);
    expect(scripts.paths, url).toEqual([gate]);
    await expect(d.page.locator('cmecf-link-guide'), url).toHaveCount(0);
  };
  const offered = async (url: string) => {
    scripts.clear();
    await d.goto(url);
    await expect(d.page.locator('cmecf-link-guide')).toHaveAttribute('data-step', 'offer');
    expect(scripts.paths).toEqual(['/gate.js', '/guide-core.js']);
  };

  // A court website gets the lighter gate (no guard to arm there).
  await quiet('http://www.iasb.uscourts.gov/', '/website-gate.js');
  await offered(`${ECF}/`);
  await offered(`${ECF}/cgi-bin/ShowIndex.pl`);
  scripts.clear();
  await signIn(d, ECF);
  // The main menu, at login.pl: still an offer page.
  await expect(d.page.locator('cmecf-link-guide')).toHaveAttribute('data-step', 'offer');
  await quiet(`${ECF}/cgi-bin/DisplayMenu.pl?Utilities`);
  await quiet(`${ECF}/cgi-bin/DisplayMenu.pl?NextGenMenuItems`);
});
