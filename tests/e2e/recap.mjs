// Beside Free Law Project's RECAP, which runs on the same PACER and CM/ECF pages: with the practice
// court's stand-in for its DOM changes (pages.RECAP_STAND_IN: banners on PACER's login and Manage My
// Account, a line added to the redaction dialog, markers beside CM/ECF links), every step of the
// walk shows the same guidance, and Manage My Account is still read.
import assert from 'node:assert/strict';
import { addCourtInPopup, walkFlow } from './walk.mjs';

/** The whole walk beside RECAP's stand-in, then Manage My Account. */
export async function walkBesideRecap(d, court) {
  court.reset({ recap: true, layout: 'nextgen' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await walkFlow(d, 'iasb', {
    layout: 'nextgen',
    // The stand-in really ran: its banner sits above PACER's login form.
    afterSignIn: async (page) => assert.ok(await page.evaluate(() => Boolean(document.querySelector('.recap-banner'))), 'RECAP’s banner on the login page'),
  });
  // The stand-in ran on CM/ECF's pages too: its markers sit beside Utilities' links.
  await d.goto('http://ecf.iasb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities');
  await d.waitFor(() => document.querySelectorAll('.recap-inline').length > 0);
  await d.goto('http://pacer.psc.uscourts.gov/pscof/manage/maint.jsf');
  assert.ok(await d.evaluate(() => Boolean(document.querySelector('.recap-banner'))), 'RECAP’s banner on Manage My Account');
  await d.openPopup();
  await d.popup.waitFor(() => document.querySelector('[data-prerequisite="mfa"] strong')?.textContent === 'no');
  await d.page.bringToFront();
}
