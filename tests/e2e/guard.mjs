// The guard on the permanent link, tried from the outside in both browsers: counting the confirm
// requests the practice court receives while the user meets what the checklist, the page's words,
// the login or a stored record could get wrong. Written once against the small driver.
import assert from 'node:assert/strict';
import { addCourtInPopup, expectStep, readGuide } from './walk.mjs';
import { confirmPosts } from './safety.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const IASB_LOGIN = 'http://ecf.iasb.uscourts.gov/cgi-bin/login.pl';
const LINK_UTILITY = 'http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl';

/**
 * `document.forms`, with the link utility's confirm form by its name (a named property of the
 * collection: there on the confirm page, undefined elsewhere).
 * @typedef {HTMLCollectionOf<HTMLFormElement> & { ConfirmLink: HTMLFormElement }} ConfirmPageForms
 */

/** What asks the user now: the guide's card in its hold, or the guard's own notice; and its words. */
export function question() {
  const card = document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('[role=alertdialog]');
  const notice = document.querySelector('cmecf-link-guard')?.shadowRoot?.querySelector('[role=alertdialog]');
  const shown = card ?? notice;
  return shown ? { by: card ? 'card' : 'notice', text: shown.textContent ?? '' } : null;
}

/** Writes to the extension's storage from its own page (as another tab, an import or sync would). */
async function writeStorage(d, area, values) {
  await d.openPopup();
  await d.popup.evaluate(
    async ({ area, values }) => {
      const api = window.browser ?? window.chrome;
      await api.storage[area].set(values);
      return true;
    },
    { area, values },
  );
  await d.page.bringToFront();
}

async function changeSettings(d, change) {
  await d.openPopup();
  await d.popup.evaluate(async (change) => {
    const api = window.browser ?? window.chrome;
    const { settings } = await api.storage.local.get('settings');
    await api.storage.local.set({
      settings: { guideEnabled: true, dismissedOffers: [], individualUsername: '', sharedUsernames: [], firmNames: [], ...(settings ?? {}), ...change },
    });
    return true;
  }, change);
  await d.page.bringToFront();
}

/** Signs in at PACER's own login page for IASB with `username`, as a filer does (the guard records the login there). */
export async function signInAtPacer(d, username) {
  await d.goto(IASB_LOGIN);
  await d.waitFor(() => document.querySelector('[id="loginForm:loginName"]'));
  await d.type('[id="loginForm:loginName"]', username);
  await d.type('[id="loginForm:password"]', 'practice-password');
  await d.click('[id="loginForm:fbtnLogin"]');
  await d.waitFor(() => {
    const box = document.querySelector('[id="regmsg:chkRedact"]');
    return box && box.getClientRects().length > 0;
  });
  await d.click('[id="regmsg:chkRedact"]');
  await d.click('[id="regmsg:bpmConfirm"]');
  await d.waitFor(() => location.pathname === '/cgi-bin/login.pl' && /Utilities/.test(document.body?.textContent ?? ''));
}

/**
 * The link form filled in and sent: the court answers with its confirm page. `heldAtForm`: the
 * guard holds the form itself (a court's form may link at once), asking in these words; the user
 * goes on with "Link anyway".
 * @param d the driver
 * @param {{ heldAtForm?: RegExp }} [options]
 */
export async function reachConfirmPage(d, { heldAtForm } = {}) {
  await d.goto(LINK_UTILITY);
  await d.waitFor(() => document.querySelector('#cmecf_password'));
  await d.type('#cmecf_login', 'tattorney03');
  await d.type('#cmecf_password', 'old-cmecf-password');
  await d.click('input[name=button1]');
  if (heldAtForm) {
    await d.waitFor(question);
    const asked = await d.evaluate(question);
    assert.match(asked.text, heldAtForm);
    if (asked.by === 'card') await d.clickGuide('Link anyway');
    else await d.clickNotice('Link anyway');
  }
  await d.waitFor(() => /** @type {ConfirmPageForms} */ (document.forms).ConfirmLink);
}

/**
 * Presses the confirm page's Submit: the court must receive nothing, and the user is asked (by the
 * card or the guard's notice) in words matching `why`. Then the user's own "Link anyway" sends it, once.
 */
async function heldUntilLinkAnyway(d, court, why, { wait = 600 } = {}) {
  await d.click('input[name=button1]');
  await d.waitFor(question).catch(async (error) => {
    const guide = await d.evaluate(readGuide).catch((e) => String(e));
    throw new Error(
      `not held (${error.message}); confirm POSTs ${confirmPosts(court).length}; guide ${JSON.stringify(guide)}; errors ${JSON.stringify(d.errors)}`,
    );
  });
  await sleep(wait);
  assert.equal(confirmPosts(court).length, 0, 'held: nothing reached the court');
  const asked = await d.evaluate(question);
  assert.match(asked.text, why);
  if (asked.by === 'card') await d.clickGuide('Link anyway');
  else await d.clickNotice('Link anyway');
  await d.waitFor(() => /has been linked/.test(document.body?.textContent ?? ''));
  assert.equal(confirmPosts(court).length, 1, 'sent exactly once');
  return asked;
}

/** The court on the checklist, signed in at PACER with the user's own login, the link form sent: the confirm page of `variant`. */
async function listedCourtAtConfirm(d, court, variant) {
  court.reset(variant);
  await addCourtInPopup(d, 'iasb', 'iasb');
  await signInAtPacer(d, 'tattorney');
  await reachConfirmPage(d);
}

/** A listed shared PACER login, names on the confirm page that agree: held, and the card says so. */
export async function sharedLoginNamesAgree(d, court) {
  court.reset({ names: 'match' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await changeSettings(d, { sharedUsernames: ['firmpacer'] });
  await signInAtPacer(d, 'FirmPacer');
  // The link form is held too: under a shared login even the first step of the link is a question.
  await reachConfirmPage(d, { heldAtForm: /shared accounts/ });
  const guide = await expectStep(d, 'confirm-link', { court: 'iasb' });
  assert.match(guide.warning, /shared-account/);
  assert.ok(
    guide.notices.some((n) => /shared accounts/.test(n)),
    'the card says the login is a listed shared one',
  );
  await heldUntilLinkAnyway(d, court, /shared accounts/);
  assert.deepEqual(d.errors, []);
}

/** Names that agree under the user's own login, seen at PACER's login: no question at all. */
export async function ownLoginPasses(d, court) {
  await listedCourtAtConfirm(d, court, { names: 'match' });
  await expectStep(d, 'confirm-link', { court: 'iasb' });
  await d.waitFor(() => !document.querySelector('cmecf-link-guide')?.hasAttribute('data-hold'));
  await d.click('input[name=button1]');
  await d.waitFor(() => /has been linked/.test(document.body?.textContent ?? ''));
  assert.equal(confirmPosts(court).length, 1);
  assert.equal(await d.evaluate(question), null, 'nothing asked');
  await expectStep(d, 'refresh-menus', { court: 'iasb' });
  await d.clickGuide('Refresh now');
  await expectStep(d, 'linked', { court: 'iasb' });
  await d.openPopup();
  await d.popup.waitFor(() => document.querySelector('li[data-court="iasb"]')?.getAttribute('data-status') === 'verified');
}

/**
 * The court as the checklist has it: 'verified' (say, from a colleague's file), 'paused', or
 * 'absent'. The guide is never loaded there; names that differ are held by the guard alone.
 */
export async function uncheckedCourt(d, court, status) {
  court.reset({ names: 'differ' });
  if (status !== 'absent')
    await writeStorage(d, 'local', {
      'court:iasb': {
        id: 'iasb',
        status: status === 'verified' ? 'verified' : 'todo',
        added: 1,
        updated: 2,
        ...(status === 'paused' && { paused: true }),
        ...(status === 'verified' && { linked: 2, verified: 2 }),
      },
    });
  await signInAtPacer(d, 'tattorney');
  await reachConfirmPage(d);
  await sleep(500);
  assert.equal(await d.evaluate(() => document.querySelector('cmecf-link-guide')), null, 'no card: the guide has nothing to say here');
  const asked = await heldUntilLinkAnyway(d, court, /The two names differ: CM\/ECF says “Train Attorney03”, PACER says “Train Attorneythree”/);
  assert.equal(asked.by, 'notice');
  assert.deepEqual(d.errors, []);
}

/** A confirm page worded or laid out as the practice court's is not: `confirm` names the variant. */
export async function confirmWording(d, court, confirm, why) {
  await listedCourtAtConfirm(d, court, { names: 'differ', confirm });
  if (confirm !== 'untitled') {
    const guide = await expectStep(d, 'confirm-link', { court: 'iasb' });
    assert.equal(guide.warning, 'name-mismatch');
  }
  await heldUntilLinkAnyway(d, court, why);
}

/** A record stamped far in the future (accepted by import): every write for that court fails; the hold does not. */
export async function farFutureRecord(d, court) {
  court.reset({ names: 'differ' });
  await writeStorage(d, 'local', { 'court:iasb': { id: 'iasb', status: 'in-progress', added: 1, updated: 9007199254740991 } });
  await signInAtPacer(d, 'tattorney');
  await reachConfirmPage(d);
  await heldUntilLinkAnyway(d, court, /The two names differ/, { wait: 1500 });
}

/** Hide on the armed card collapses it to a small card that still says the page is held; Submit stays held. */
export async function hideKeepsHold(d, court) {
  await listedCourtAtConfirm(d, court, { names: 'differ' });
  const guide = await expectStep(d, 'confirm-link', { court: 'iasb' });
  assert.ok(!guide.buttons.includes('Not now for this court'), '"Not now" is not offered while the page is held');
  await d.clickGuide('Hide');
  await sleep(300);
  const hidden = await d.evaluate(readGuide);
  assert.equal(hidden.hosts, 1, 'the card is still there');
  assert.match(hidden.title, /Held: linking is permanent/);
  await heldUntilLinkAnyway(d, court, /The two names differ/);
}

/** Esc on the card's question cancels the held submission: nothing is sent, the page stays held, and the next Submit asks again. */
export async function escapeCancelsHold(d, court) {
  await listedCourtAtConfirm(d, court, { names: 'differ' });
  await expectStep(d, 'confirm-link', { court: 'iasb' });
  await d.click('input[name=button1]');
  await d.waitFor(question);
  assert.equal((await d.evaluate(question))?.by, 'card');
  // The question takes the focus (its Cancel), so Esc is the user's answer to it.
  await d.page.keyboard.press('Escape');
  await d.waitFor(() => !document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('[role=alertdialog]'));
  await sleep(600);
  assert.equal(confirmPosts(court).length, 0, 'Esc sent nothing');
  const after = await d.evaluate(() => ({
    hold: document.querySelector('cmecf-link-guide')?.getAttribute('data-hold'),
    step: document.querySelector('cmecf-link-guide')?.getAttribute('data-step'),
  }));
  assert.deepEqual(after, { hold: 'armed', step: 'confirm-link' }, 'the page stays held, the card stays');
  await heldUntilLinkAnyway(d, court, /The two names differ/);
}

/** Storage changed elsewhere while the page is held (the court paused, the guide switched off in another tab): still held. */
export async function storageChangeElsewhere(d, court) {
  await listedCourtAtConfirm(d, court, { names: 'differ' });
  await expectStep(d, 'confirm-link', { court: 'iasb' });
  await writeStorage(d, 'local', { 'court:iasb': { id: 'iasb', status: 'verified', added: 1, updated: Date.now() + 1000, linked: 1, verified: 1 } });
  await changeSettings(d, { guideEnabled: false });
  await sleep(1000);
  await heldUntilLinkAnyway(d, court, /The two names differ/);
}

/**
 * PACER's login records the session's login whatever the checklist says: for a court the checklist
 * calls verified (the guide never loads there), agreeing names under that own login pass untouched.
 */
export async function loginRecordedForVerifiedCourt(d, court) {
  court.reset({ names: 'match' });
  await writeStorage(d, 'local', { 'court:iasb': { id: 'iasb', status: 'verified', added: 1, updated: 2, linked: 2, verified: 2 } });
  await signInAtPacer(d, 'tattorney');
  await reachConfirmPage(d);
  await d.click('input[name=button1]');
  await d.waitFor(() => /has been linked/.test(document.body?.textContent ?? ''));
  assert.equal(confirmPosts(court).length, 1);
  assert.equal(await d.evaluate(() => document.querySelector('cmecf-link-guard')), null, 'nothing asked');
}
