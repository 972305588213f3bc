// Wordings and layouts from court guides, walked in both browsers with the
// same steps: the confirm page worded "Verify your account information", Utilities under "YOUR
// ACCOUNT", filing menus known by their links, and the E-Filing link inside a navigation drop-down.
import assert from 'node:assert/strict';
import { addCourtInPopup, expectStep, readGuide, SITES, walkFlow } from './walk.mjs';

/** Colorado's confirm page, Maryland's Utilities, filing menus labelled "… Events": the whole walk. */
export async function walkCourtGuideWordings(d, court) {
  court.reset({ confirm: 'verify', utilities: 'maryland', filingLabels: 'links' });
  await addCourtInPopup(d, 'iasd', 'iasd');
  await walkFlow(d, 'iasd', { linkItem: 'Link a CM/ECF Account to My PACER Account' });
}

/** The highlighted element is what a click at its centre reaches: the card does not cover it. */
const targetInSight = () => {
  const target = document.querySelector('[data-link-guide-target]');
  if (!target) return false;
  const box = target.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return Boolean(hit) && (hit === target || target.contains(hit));
};

const CLOSED = { court: 'iasb', target: 'Case Filing', progress: 'Step 1 of 9' };
const OPEN = { court: 'iasb', target: 'E-Filing (CM/ECF)', progress: 'Step 1 of 9' };

async function expectMenuStep(d, expected) {
  const g = await expectStep(d, 'court-website', expected);
  await d.waitFor(targetInSight);
  const words = await d.evaluate(() => document.querySelector('cmecf-link-guide')?.shadowRoot?.textContent ?? '');
  assert.doesNotMatch(words, /can’t find/, 'never "can’t find" when the link is in a menu');
  return g;
}

/**
 * The court website keeps E-Filing (CM/ECF) in a "Case Filing" drop-down: `menu` 'hover-menu'
 * (opens on hover or keyboard focus) or 'click-menu' (a button opens it). The guide points at the
 * opener, moves to the link while the menu is open and back when it closes, and a keyboard user
 * gets there too.
 */
export async function walkDropDown(d, court, menu) {
  court.reset({ website: menu });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await d.page.bringToFront();
  await d.goto(SITES.iasb.website);
  const closed = await expectMenuStep(d, CLOSED);
  assert.equal(closed.text, 'Open “Case Filing”, then choose “E-Filing (CM/ECF)”.');

  const opener = menu === 'hover-menu' ? 'nav .hover-menu > a' : 'nav button[aria-controls]';
  // Pointer: open, see the highlight on the link, close, see it back on the opener.
  if (menu === 'hover-menu') await d.page.hover(opener);
  else await d.click(opener);
  await expectMenuStep(d, OPEN);
  if (menu === 'hover-menu') await d.page.hover('header h1');
  else await d.click(opener);
  await expectMenuStep(d, CLOSED);
  assert.equal((await d.evaluate(readGuide)).targets, 1);

  // Keyboard: focus the opener (Enter on the button), Tab to the link, Enter.
  await d.page.focus(opener);
  if (menu === 'click-menu') await d.page.keyboard.press('Enter');
  await expectMenuStep(d, OPEN);
  await d.page.keyboard.press('Tab');
  await d.page.keyboard.press('Tab');
  assert.equal(await d.evaluate(() => document.activeElement?.getAttribute('data-link-guide-target')), 'court-website', 'the highlighted link has the focus');
  await d.page.keyboard.press('Enter');
  await expectStep(d, 'open-filing-system', { court: 'iasb', target: 'Document Filing System', progress: 'Step 2 of 9' });
  assert.deepEqual(d.errors, [], 'no uncaught error or unhandled rejection');
}
