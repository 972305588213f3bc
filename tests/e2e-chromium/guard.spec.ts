// The guard on the permanent link: what only Chromium can check (its service worker stopped from a
// CDP session). The scenarios both browsers run are in tests/e2e/scenarios.mjs.
import { confirmPosts } from '../e2e/safety.mjs';
import { addCourtInPopup } from '../e2e/walk.mjs';
import { expect, test } from './fixtures';
import { question, signInAtPacer } from '../e2e/guard.mjs';

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
