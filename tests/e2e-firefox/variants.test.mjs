// Firefox ESR E2E: wordings and layouts from court guides, the same scenarios as Chromium (tests/e2e/variants.mjs).
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { walkCourtGuideWordings, walkDropDown } from '../e2e/variants.mjs';
import { startPracticeCourt } from '../practice-court/server.mjs';
import { clearExtensionStorage, driver, launchFirefox } from './driver.mjs';

let court;
let firefox;
let d;

before(async () => {
  court = await startPracticeCourt();
  firefox = await launchFirefox(court);
});
after(async () => {
  await firefox?.browser.close();
  await court?.close();
});
beforeEach(async () => {
  court.reset();
  d = await driver(firefox.browser, court);
  await clearExtensionStorage(d);
});
afterEach(async () => d.close());

test('court guides’ wordings: "Verify your account information", "YOUR ACCOUNT", filing menus by their links', async () => {
  await walkCourtGuideWordings(d, court);
});

test('E-Filing link in a drop-down that opens on hover or focus', async () => {
  await walkDropDown(d, court, 'hover-menu');
});

test('E-Filing link in a drop-down a button opens', async () => {
  await walkDropDown(d, court, 'click-menu');
});
