// Firefox ESR: the same manifest exclusions as Chromium. Firefox's content script carries the
// whole guide core, so on a page of case data the difference shows: a court on the checklist would
// get "Click Utilities" over its docket; excluded, the page gets nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CASE_DATA, SETTLE_MS, signIn } from '../e2e/quiet-pages.mjs';
import { addCourtInPopup, expectStep } from '../e2e/walk.mjs';
import { firefoxSuite } from './driver.mjs';

const ECF = 'http://ecf.iasb.uscourts.gov';
let d;
firefoxSuite((now) => ({ d } = now));

test('a court on the checklist: pages of case data get no guide, the menus keep it', async () => {
  await addCourtInPopup(d, 'iasb', 'iasb');
  await d.page.bringToFront();
  await signIn(d, ECF);
  await expectStep(d, 'open-utilities', { court: 'iasb', target: 'Utilities' });
  for (const path of CASE_DATA) {
    await d.goto(`${ECF}${path}`);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    assert.equal(await d.evaluate(() => document.querySelectorAll('cmecf-link-guide').length), 0, path);
  }
  await d.goto(`${ECF}/cgi-bin/DisplayMenu.pl?Utilities`);
  await expectStep(d, 'open-link-utility', { court: 'iasb' });
});
