// Firefox ESR E2E: wordings and layouts from court guides, and where the hint card sits, the same
// scenarios as Chromium (tests/e2e/variants.mjs, tests/e2e/placement.mjs).
import { test } from 'node:test';
import { walkPlacement } from '../e2e/placement.mjs';
import { walkCourtGuideWordings, walkDropDown } from '../e2e/variants.mjs';
import { firefoxSuite } from './driver.mjs';

let court;
let d;
firefoxSuite((now) => ({ court, d } = now));

test('court guides’ wordings: "Verify your account information", "YOUR ACCOUNT", filing menus by their links', async () => {
  await walkCourtGuideWordings(d, court);
});

test('E-Filing link in a drop-down that opens on hover or focus', async () => {
  await walkDropDown(d, court, 'hover-menu');
});

test('E-Filing link in a drop-down a button opens', async () => {
  await walkDropDown(d, court, 'click-menu');
});

test('the hint card beside its target on a transformed <body>, and docked while a scrolling box hides it', async () => {
  await walkPlacement(d, court);
});
