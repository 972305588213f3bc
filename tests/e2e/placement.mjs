// Where the hint card sits, checked in both browsers on layouts that move its
// ground: a transform on <body>, and the target inside a scrolling box that scrolls it out of sight;
// and beside the dialogs of PACER's login (MFA, redaction agreement), never over their controls.
import assert from 'node:assert/strict';
import { addCourtInPopup, expectStep } from './walk.mjs';

/**
 * The dialog's fields, buttons and links the hint card covers (run in the page); with `clear`,
 * whether it is placed and covers none of them.
 */
function coveredByCard(clear) {
  const card = document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('section');
  const dialog = document.querySelector('[data-link-guide-target]')?.closest('[role=dialog]');
  if (!card || !dialog || card.style.visibility !== 'visible') return clear ? false : ['(card not placed)'];
  const c = card.getBoundingClientRect();
  const covered = Array.from(dialog.querySelectorAll('input, button, a'))
    .filter((el) => el.getClientRects().length > 0)
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.left < c.right && c.left < r.right && r.top < c.bottom && c.top < r.bottom;
    })
    .map((el) => el.id || el.textContent.trim());
  return clear ? covered.length === 0 : covered;
}

/** The card sits beside the dialog (MFA, redaction agreement), not over its controls (it may move once as the page settles). */
export async function expectCardBesideDialog(d) {
  try {
    await d.waitFor(coveredByCard, true);
  } catch {
    assert.fail(`the hint card covers the dialog's ${JSON.stringify(await d.evaluate(coveredByCard, false))}`);
  }
}

const LANDING = 'http://ecf.iasb.uscourts.gov/cgi-bin/ShowIndex.pl';

/** In the page: the card is placed, inside the viewport, beside the target (within 20 px) and not over it. */
function cardBesideTarget() {
  const card = document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('section');
  const target = document.querySelector('[data-link-guide-target]');
  if (!card || !target || card.style.visibility !== 'visible' || card.classList.contains('docked')) return false;
  const c = card.getBoundingClientRect();
  const t = target.getBoundingClientRect();
  const viewport = document.compatMode === 'BackCompat' ? document.body : document.documentElement;
  const near = (m) => c.left - m < t.right && t.left < c.right + m && c.top - m < t.bottom && t.top < c.bottom + m;
  return c.left >= 0 && c.top >= 0 && c.right <= viewport.clientWidth && c.bottom <= viewport.clientHeight && !near(0) && near(20);
}

/** In the page: where the card is, for a failure message. */
function whereCardIs() {
  const card = document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('section');
  const target = document.querySelector('[data-link-guide-target]');
  const box = (el) => el && JSON.stringify(el.getBoundingClientRect());
  return `card ${card?.className} ${card?.style.cssText} ${box(card)}; target ${box(target)}`;
}

const cardDocked = () => Boolean(document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('section.card.docked'));

async function expectBeside(d, why) {
  try {
    await d.waitFor(cardBesideTarget);
  } catch {
    assert.fail(`${why}: the card is not beside its target (${await d.evaluate(whereCardIs)})`);
  }
}

export async function walkPlacement(d, court) {
  court.reset({ pageStyle: 'transformed-body' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await d.goto(LANDING);
  await expectStep(d, 'open-filing-system', { court: 'iasb', target: 'Document Filing System' });
  await expectBeside(d, 'on a page whose <body> is translated and scaled');

  court.reset({ pageStyle: 'scrolling-box' });
  await d.goto(LANDING);
  await expectStep(d, 'open-filing-system', { court: 'iasb', target: 'Document Filing System' });
  await expectBeside(d, 'in a scrolling box');
  // The box scrolls the link out of sight: the card stops pointing at it and docks in a corner …
  await d.evaluate(() => {
    /** @type {HTMLElement} */ (document.getElementById('cmecfMainContent')).scrollTop = 900;
  });
  await d.waitFor(cardDocked);
  // … and comes back beside it when it is in sight again.
  await d.evaluate(() => {
    /** @type {HTMLElement} */ (document.getElementById('cmecfMainContent')).scrollTop = 0;
  });
  await expectBeside(d, 'scrolled back into sight');
  assert.deepEqual(d.errors, [], 'no uncaught error or unhandled rejection');
}
