import { walkPlacement } from '../e2e/placement.mjs';
import { walkCourtGuideWordings, walkDropDown } from '../e2e/variants.mjs';
import { test } from './fixtures';

test('court guides’ wordings: "Verify your account information", "YOUR ACCOUNT", filing menus by their links', async ({ d, court }) => {
  await walkCourtGuideWordings(d, court);
});

test('E-Filing link in a drop-down that opens on hover or focus', async ({ d, court }) => {
  await walkDropDown(d, court, 'hover-menu');
});

test('E-Filing link in a drop-down a button opens', async ({ d, court }) => {
  await walkDropDown(d, court, 'click-menu');
});

test('the hint card beside its target on a transformed <body>, and docked while a scrolling box hides it', async ({ d, court }) => {
  await walkPlacement(d, court);
});
