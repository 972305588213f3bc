// The guard on the permanent link in Chromium (scenarios in tests/e2e/guard.mjs, shared with Firefox).
import { confirmPosts } from '../e2e/safety.mjs';
import { addCourtInPopup } from '../e2e/walk.mjs';
import { expect, test } from './fixtures';
import {
  confirmWording,
  farFutureRecord,
  hideKeepsHold,
  loginRecordedForVerifiedCourt,
  ownLoginPasses,
  sharedLoginNamesAgree,
  question,
  signInAtPacer,
  storageChangeElsewhere,
  uncheckedCourt,
} from '../e2e/guard.mjs';

test('guard: a listed shared login with names that agree is held; the card says so', async ({ d, court }) => {
  await sharedLoginNamesAgree(d, court);
});

test('guard: names that agree under the user’s own login seen at PACER pass without a question, and verify the court', async ({ d, court }) => {
  await ownLoginPasses(d, court);
});

for (const status of ['verified', 'paused', 'absent'] as const) {
  test(`guard: a court the checklist calls ${status}: names that differ are held by the guard’s own notice`, async ({ d, court }) => {
    await uncheckedCourt(d, court, status);
  });
}

test('guard: names inline in one paragraph ("CM/ECF login: … PACER login: …"), differing, are held', async ({ d, court }) => {
  await confirmWording(d, court, 'inline', /The two names differ/);
});

test('guard: "Are you sure … This action cannot be undone." is the confirm page, not the error page, and is held', async ({ d, court }) => {
  await confirmWording(d, court, 'are-you-sure', /The two names differ/);
});

test('guard: a confirm page nothing recognises, answering the link form, is held', async ({ d, court }) => {
  await confirmWording(d, court, 'untitled', /cannot tell what this page of the link utility sends/);
});

test('guard: a court record stamped in the far future (every write fails) does not release the hold', async ({ d, court }) => {
  await farFutureRecord(d, court);
});

test('guard: Hide on the armed card keeps the page held and says so', async ({ d, court }) => {
  await hideKeepsHold(d, court);
});

test('guard: a storage change from another tab (court verified, guide switched off) does not release the hold', async ({ d, court }) => {
  await storageChangeElsewhere(d, court);
});

test('guard: PACER’s login records the login for a court the checklist calls verified: agreeing names pass untouched', async ({ d, court }) => {
  await loginRecordedForVerifiedCourt(d, court);
});

test('guard: a cold background (service worker stopped) and Submit pressed right after the page is parsed: held', async ({ d, court }) => {
  court.reset({ names: 'differ' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await signInAtPacer(d, 'tattorney');
  await d.goto('http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl');
  await d.type('#cmecf_login', 'tattorney03');
  await d.type('#cmecf_password', 'old-cmecf-password');
  // Stop the extension's service worker from one of its own pages, then send the link form: the
  // confirm page's Submit is pressed 150 ms after DOMContentLoaded, while the background wakes.
  const popup = await d.openPopup();
  const cdp = await popup.context().newCDPSession(popup);
  await d.page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      if (document.forms.namedItem('ConfirmLink')) setTimeout(() => (document.querySelector('input[name=button1]') as HTMLElement).click(), 150);
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await d.page.bringToFront();
  await d.click('input[name=button1]');
  await d.waitFor(() => document.forms.namedItem('ConfirmLink'));
  await d.waitFor(question);
  await d.page.waitForTimeout(800);
  expect(confirmPosts(court)).toHaveLength(0);
  expect((await d.evaluate(question))!.text).toMatch(/The two names differ/);
});
