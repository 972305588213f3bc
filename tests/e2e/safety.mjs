// The safety net, tried from the outside as users and hostile pages would: several tabs of one
// court, every way a form can be submitted while a warning holds it, a page script pressing the
// card's buttons, refreshing after a POST, a shared firm login, the extension reloaded mid-walk.
// Written once against the small driver, so Chromium and Firefox run the very same checks.
import assert from 'node:assert/strict';
import { question, reachConfirmPage } from './guard.mjs';
/** @import { ConfirmPageForms } from './guard.mjs' */
import { addCourtInPopup, clickGuideButton, expectStep, readGuide } from './walk.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** POSTs of the link utility's confirm form the court received. */
export const confirmPosts = (court) => court.requests.filter((r) => r.method === 'POST' && /(^|&)step=confirm(&|$)/.test(r.body ?? ''));

const holding = () => Boolean(document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('[role=alertdialog]'));

/** Writes to the extension's local storage from now on, counted from an extension page. */
async function countStorageWrites(d) {
  await d.openPopup();
  await d.popup.evaluate(() => {
    const api = window.browser ?? window.chrome;
    globalThis.storageWrites = 0;
    api.storage.onChanged.addListener((changes, area) => {
      if (area === 'local') globalThis.storageWrites += Object.keys(changes).length;
    });
    return true;
  });
  return {
    reset: () => d.popup.evaluate(() => (globalThis.storageWrites = 0)),
    read: () => d.popup.evaluate(() => globalThis.storageWrites),
  };
}

const PAGES_OF_IASD = [
  ['http://ecf.iasd.uscourts.gov/cgi-bin/ShowIndex.pl', 'open-filing-system'],
  [
    `http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASDC&appurl=${encodeURIComponent('http://ecf.iasd.uscourts.gov/cgi-bin/login.pl')}`,
    'pacer-login',
  ],
  ['http://www.iasd.uscourts.gov/', 'court-website'],
];

/** `tabs` tabs of one court at different steps: once they settle, they stop writing. */
export async function tabsOfOneCourt(d, court, tabs) {
  court.reset();
  await addCourtInPopup(d, 'iasd', 'iasd');
  const writes = await countStorageWrites(d);
  const drivers = [d];
  for (let i = 1; i < tabs; i++) drivers.push(await d.newTab());
  for (const [i, tab] of drivers.entries()) {
    const [url, step] = PAGES_OF_IASD[i];
    await tab.goto(url);
    await expectStep(tab, step, { court: 'iasd' });
  }
  await sleep(1000);
  await writes.reset();
  await sleep(5000);
  const count = await writes.read();
  for (const [i, tab] of drivers.entries()) assert.equal((await tab.evaluate(readGuide)).step, PAGES_OF_IASD[i][1], 'each tab still shows its own step');
  for (const tab of drivers.slice(1)) await tab.page.close();
  return count;
}

/**
 * Signed in, court on the checklist, credentials entered: the confirm page with `variant`'s
 * warnings. The session's login is the user's own, as the guard records it at PACER's login
 * (tests/e2e/guard.mjs signs in there; here the login fact is written as it would record it).
 */
async function openConfirmPage(d, court, variant) {
  court.reset(variant);
  court.signIn();
  await addCourtInPopup(d, 'iasb', 'iasb');
  await d.popup.evaluate(async () => {
    const api = window.browser ?? window.chrome;
    await api.storage.session.set({ login: { shared: false } });
    return true;
  });
  await d.goto('http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl');
  await expectStep(d, 'enter-cmecf-credentials', { court: 'iasb', target: 'cmecf_login' });
  await d.type('#cmecf_login', 'tattorney03');
  await d.type('#cmecf_password', 'old-cmecf-password');
  await d.click('input[type=submit]');
  return d.waitFor(() => document.querySelector('cmecf-link-guide')?.getAttribute('data-step') === 'confirm-link');
}

/** Ways a filer (or the page) submits the confirm form. */
export const SUBMISSIONS = {
  click: { variant: {}, submit: (d) => d.click('input[name=button1]'), sends: 'button1=Submit' },
  Enter: { variant: {}, submit: (d) => d.press('input[name=button1]', 'Enter'), sends: 'button1=Submit' },
  Space: { variant: {}, submit: (d) => d.press('input[name=button1]', ' '), sends: 'button1=Submit' },
  // The page in front, as when a court script submits the form the filer is looking at.
  'page script requestSubmit()': {
    variant: {},
    submit: async (d) => (await d.page.bringToFront(), d.evaluate(() => /** @type {ConfirmPageForms} */ (document.forms).ConfirmLink.requestSubmit())),
    sends: null,
  },
  'second submit button': { variant: { submits: 'two' }, submit: (d) => d.click('input[name=button2]'), sends: 'button2=Confirm+and+continue' },
  'Submit the guide cannot name': { variant: { submits: 'unnamed' }, submit: (d) => d.click('input[name=button1]'), sends: 'button1=Proceed' },
};

/**
 * With a warning showing, the submission is held (nothing reaches the court), a page script's
 * click on "Link anyway" does nothing, and the user's "Link anyway" sends it exactly once, with the
 * submitter the user chose. Returns the body the court received.
 */
export async function heldSubmission(d, court, how) {
  const { variant, submit, sends } = SUBMISSIONS[how];
  await openConfirmPage(d, court, { names: 'differ', ...variant });
  const guide = await d.evaluate(readGuide);
  assert.equal(guide.warning, 'name-mismatch');
  if (variant.submits === 'unnamed') {
    assert.equal(guide.targets, 0, 'nothing to point at');
    assert.match(
      await d.evaluate(() => {
        const host = /** @type {Element & { shadowRoot: ShadowRoot }} */ (document.querySelector('cmecf-link-guide'));
        return host.shadowRoot.querySelector('.missing')?.textContent ?? '';
      }),
      /Every form on this page is held/,
    );
  }
  assert.equal(
    await d.evaluate(() => document.querySelector('cmecf-link-guide')?.getAttribute('data-hold')),
    'armed',
    'the hold is armed before anything is submitted',
  );
  await submit(d);
  await d.waitFor(holding).catch(async (error) => {
    // Say what the page showed instead: a stopped guide, the court's answer, or a card that never asked.
    const shown = await d.evaluate(() => ({ href: location.href, title: document.title })).catch((e) => String(e));
    const guide = await d.evaluate(readGuide).catch((e) => String(e));
    throw new Error(
      `${how}: not held (${error.message}); page ${JSON.stringify(shown)}; guide ${JSON.stringify(guide)}; confirm POSTs ${confirmPosts(court).length}; errors ${JSON.stringify(d.errors)}`,
    );
  });
  await sleep(300);
  assert.equal(confirmPosts(court).length, 0, `${how}: held, nothing sent`);

  // A page script presses the card's buttons: nothing happens.
  await d.evaluate(clickGuideButton, 'Link anyway');
  await sleep(500);
  assert.equal(confirmPosts(court).length, 0, 'a page script cannot press "Link anyway"');
  assert.ok(await d.evaluate(holding), 'still asking');

  await d.clickGuide('Link anyway');
  await d.waitFor(() => document.querySelector('cmecf-link-guide')?.getAttribute('data-step') === 'refresh-menus');
  const posts = confirmPosts(court);
  assert.equal(posts.length, 1, 'sent exactly once');
  if (sends) assert.ok(posts[0].body.split('&').includes(sends), `${posts[0].body} carries ${sends}`);
  assert.deepEqual(d.errors, []);
  return posts[0].body;
}

/** The same confirm form submitted with the guide switched off (before the page loaded): what the plain page sends. */
export async function unguidedSubmission(d, court, how) {
  const { variant, submit } = SUBMISSIONS[how];
  court.reset({ names: 'differ', ...variant });
  court.signIn();
  await d.openPopup();
  await d.popup.evaluate(async () => {
    const api = window.browser ?? window.chrome;
    const { settings } = await api.storage.local.get('settings');
    await api.storage.local.set({ settings: { ...(settings ?? {}), guideEnabled: false } });
    return true;
  });
  await d.goto('http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl');
  await d.type('#cmecf_login', 'tattorney03');
  await d.type('#cmecf_password', 'old-cmecf-password');
  await d.click('input[type=submit]');
  await d.waitFor(() => /** @type {ConfirmPageForms} */ (document.forms).ConfirmLink);
  await submit(d);
  await d.waitFor(() => /has been linked/.test(document.body?.textContent ?? ''));
  assert.equal(await d.evaluate(() => document.querySelector('cmecf-link-guide, cmecf-link-guard')), null, 'nothing of the guide on the page');
  return confirmPosts(court)[0].body;
}

/** The court answers the confirm POST with the success page itself: "Refresh now" must not post again. */
export async function refreshAfterPostAnswer(d, court) {
  await openConfirmPage(d, court, { confirmAnswer: 'page' });
  await d.clickTarget();
  const success = await expectStep(d, 'refresh-menus', { court: 'iasb' });
  assert.match(success.text, /resend the form, choose Cancel/);
  await d.clickGuide('Refresh now');
  await expectStep(d, 'linked', { court: 'iasb' });
  assert.equal(confirmPosts(court).length, 1, 'one confirm request in all');
  assert.deepEqual(d.errors, []);
}

/** Logged in with a username on the user's shared-firm list: filing menus do not verify the court. */
export async function sharedLoginNotVerified(d, court) {
  court.reset();
  await addCourtInPopup(d, 'iasb', 'iasb');
  await d.popup.evaluate(async () => {
    const api = window.browser ?? window.chrome;
    const { settings } = await api.storage.local.get('settings');
    await api.storage.local.set({ settings: { ...(settings ?? {}), sharedUsernames: ['firmpacer'] } });
  });
  await d.goto('http://ecf.iasb.uscourts.gov/cgi-bin/login.pl');
  await expectStep(d, 'pacer-login', { court: 'iasb' });
  await d.type('[id="loginForm:loginName"]', 'FirmPacer');
  await d.type('[id="loginForm:password"]', 'practice-password');
  await d.press('[id="loginForm:password"]', 'Enter');
  await expectStep(d, 'redaction-agreement', { court: 'iasb' });
  await d.click('[id="regmsg:chkRedact"]');
  await d.click('[id="regmsg:bpmConfirm"]');
  await expectStep(d, 'open-utilities', { court: 'iasb' });
  // Under a shared login the guard holds the link form and the confirm page: the user insists twice.
  await reachConfirmPage(d, { heldAtForm: /shared accounts/ });
  await expectStep(d, 'confirm-link', { court: 'iasb' });
  await d.clickTarget();
  await d.waitFor(question);
  assert.match((await d.evaluate(question)).text, /shared accounts/);
  assert.equal(confirmPosts(court).length, 0, 'held until the user insists');
  await d.clickGuide('Link anyway');
  await expectStep(d, 'refresh-menus', { court: 'iasb' });
  await d.clickGuide('Refresh now');
  const shown = await expectStep(d, 'linked', { court: 'iasb' });
  assert.equal(shown.warning, 'shared-account');
  assert.match(shown.title, /shared firm account/);
  assert.ok(shown.notices.some((n) => /shared firm account/.test(n)));
  await d.openPopup();
  await d.popup.waitFor(() => document.querySelector('li[data-court="iasb"]')?.getAttribute('data-status') === 'linked');
  const row = await d.popup.evaluate(() => /** @type {Element} */ (document.querySelector('li[data-court="iasb"]')).textContent);
  assert.match(row, /shared firm account/i, 'the checklist row says so');
  const [local, session] = await d.popup.evaluate(async () => {
    const api = window.browser ?? window.chrome;
    return [JSON.stringify(await api.storage.local.get(null)), JSON.stringify(await api.storage.session.get(null))];
  });
  // The background's memory holds only whether the login was shared (and which tab last submitted
  // the link utility, at which court); disk holds only the user's own list.
  assert.deepEqual(JSON.parse(session).login, { shared: true });
  assert.ok(!session.includes('FirmPacer') && !session.toLowerCase().includes('firmpacer'), 'the typed username is not in memory either');
  assert.ok(!local.includes('FirmPacer'), 'the typed username is not stored');
  assert.deepEqual(d.errors, []);
}

/**
 * The extension is reloaded (an update) while the confirm page with a warning is open. Whatever the
 * browser does with the old copy, the page stays held: Chromium keeps the old copy running, and its
 * guard holds on alone and says so; Firefox unloads the old copy and injects the new one into the
 * open page, which arms at once. Either way only the user's "Link anyway" sends the Submit, once.
 */
export async function reloadedMidWalk(d, court) {
  await openConfirmPage(d, court, { names: 'differ' });
  await d.reloadExtension();
  await sleep(2000);
  const guide = await d.evaluate(readGuide);
  assert.ok(guide.hosts <= 1, 'never a second card');
  await d.click('input[name=button1]');
  const asking = () => {
    const card = document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('[role=alertdialog]');
    const notice = document.querySelector('cmecf-link-guard')?.shadowRoot?.querySelector('[role=alertdialog]');
    return card ? 'card' : notice ? 'notice' : /has been linked/.test(document.body?.textContent ?? '') ? 'sent' : null;
  };
  await d.waitFor(asking);
  const by = await d.evaluate(asking);
  assert.notEqual(by, 'sent', 'the Submit was not sent past the guard');
  await sleep(500);
  assert.equal(confirmPosts(court).length, 0, 'held');
  const text = await d.evaluate(
    (where) => (where === 'card' ? document.querySelector('cmecf-link-guide') : document.querySelector('cmecf-link-guard'))?.shadowRoot?.textContent ?? '',
    by,
  );
  assert.match(text, /The two names differ/);
  if (by === 'card') await d.clickGuide('Link anyway');
  else await d.clickNotice('Link anyway');
  await d.waitFor(() => /has been linked/.test(document.body?.textContent ?? ''));
  assert.equal(confirmPosts(court).length, 1, 'the user’s "Link anyway" sent it once');
  assert.deepEqual(d.errors, [], 'no uncaught error or unhandled rejection');
  return /updated or reloaded/.test(text) ? `the old copy held on alone and said so (${by})` : `a fresh copy held the Submit (${by})`;
}
