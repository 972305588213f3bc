// PACER and CM/ECF as filers meet them in late 2026, walked the same way in Chromium and Firefox:
// one sign-on for every court, a legacy username typed at PACER's login, and the popup's word on a
// court of appeals, a filing agent, Utilities without the link item, the landing pages' wordings.
// (PACER's own prompts after sign-in: interstitials.mjs; beside RECAP: recap.mjs.)
import assert from 'node:assert/strict';
import { LANDING_WORDS } from '../practice-court/pages.mjs';
import { addCourtInPopup, expectStep, walkFlow } from './walk.mjs';

/** Signs in at the court's PACER login (username and password, Enter). */
async function signIn(d, courtId, username = 'tattorney') {
  await d.goto(`http://ecf.${courtId}.uscourts.gov/cgi-bin/login.pl`);
  await expectStep(d, 'pacer-login', { court: courtId, target: 'loginForm:loginName' });
  await d.type('[id="loginForm:loginName"]', username);
  await d.type('[id="loginForm:password"]', 'practice-password');
  await d.press('[id="loginForm:password"]', 'Enter');
}

/** Accepts the redaction notice, as the guide asks: the checkbox, then Continue. */
async function acceptRedaction(d, courtId) {
  await expectStep(d, 'redaction-agreement', { court: courtId });
  await d.click('[id="regmsg:chkRedact"]');
  await d.click('[id="regmsg:bpmConfirm"]');
}

/**
 * Two courts in one browser session: the first walks PACER's sign-in; the second opens straight at its
 * main menu, its "Step n of N" leaves PACER's steps out, and its card says the sign-on is done.
 */
export async function walkSecondCourtOfOneSignOn(d, court) {
  court.reset({});
  await addCourtInPopup(d, 'iasb', 'iasb');
  await addCourtInPopup(d, 'iasd', 'iasd');
  await walkFlow(d, 'iasb');
  await d.goto('http://ecf.iasd.uscourts.gov/cgi-bin/login.pl');
  const card = await expectStep(d, 'open-utilities', { court: 'iasd', target: 'Utilities', progress: 'Step 3 of 7' });
  assert.match(card.text, /PACER’s sign-in is already done: one sign-on in this browser serves every court/);
  await d.clickTarget();
  await expectStep(d, 'open-link-utility', { court: 'iasd', progress: 'Step 4 of 7' });
}

/** A 6-character username typed at PACER's login: the card warns of a legacy account; nothing is held. */
export async function legacyUsernameAtLogin(d, court) {
  court.reset({});
  await addCourtInPopup(d, 'iasb', 'iasb');
  await d.goto('http://ecf.iasb.uscourts.gov/cgi-bin/login.pl');
  await expectStep(d, 'pacer-login', { court: 'iasb', target: 'loginForm:loginName' });
  await d.type('[id="loginForm:loginName"]', 'alee12');
  await d.press('[id="loginForm:loginName"]', 'Tab');
  await d.waitFor(() => /legacy-account/.test(document.querySelector('cmecf-link-guide')?.getAttribute('data-warning') ?? ''));
  const card = await expectStep(d, 'pacer-login', { court: 'iasb' });
  assert.ok(
    card.notices.some((n) => /legacy PACER account/.test(n)),
    'the card says why',
  );
  // A warning only: signing in goes on as usual.
  await d.type('[id="loginForm:password"]', 'practice-password');
  await d.press('[id="loginForm:password"]', 'Enter');
  await expectStep(d, 'redaction-agreement', { court: 'iasb' });
}

/** Searching a circuit in the popup offers nothing to add and says why, in one line. */
export async function courtOfAppealsInPopup(d) {
  await d.openPopup();
  await d.popup.type('input[type=search]', 'Ninth Circuit');
  await d.popup.waitFor(() => /courts of appeals are not on this checklist/.test(document.querySelector('[data-search-note]')?.textContent ?? ''));
  const options = await d.popup.evaluate(() => document.querySelectorAll('[role=option]').length);
  assert.equal(options, 0, 'no court of appeals to pick');
  await d.popup.press('input[type=search]', 'Enter');
  // A court added after it would land after anything Enter added: add one, then only it is listed.
  await d.popup.evaluate(() => {
    const box = /** @type {HTMLInputElement} */ (document.querySelector('input[type=search]'));
    box.value = '';
  });
  await d.popup.type('input[type=search]', 'iasb');
  await d.popup.press('input[type=search]', 'Enter');
  await d.popup.waitFor(() => document.querySelector('li[data-court="iasb"]'));
  const rows = await d.popup.evaluate(() => Array.from(document.querySelectorAll('li[data-court]'), (li) => li.getAttribute('data-court')));
  assert.deepEqual(rows, ['iasb'], 'no court of appeals added');
}

/**
 * A filing agent signs in, chooses the filer, and sees that filer's filing menus: the guide says so
 * at each, and the court is never marked linked or verified from them.
 */
export async function filingAgentChoosesFiler(d, court) {
  court.reset({ agent: true });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await signIn(d, 'iasb', 'tagent01');
  await acceptRedaction(d, 'iasb');
  const choose = await expectStep(d, 'select-filer', { court: 'iasb', target: 'Ann B. Lee' });
  assert.match(choose.title, /Choose the filer you are filing for/);
  assert.equal(choose.progress, '', 'not counted in "Step n of N"');
  await d.click('#continue');
  // The chosen filer's main page: its menu bar carries the filing menus.
  await d.waitFor(() => /Adversary/.test(document.querySelector('#topmenu')?.textContent ?? '') && !document.getElementById('filer'));
  const after = await expectStep(d, 'select-filer', { court: 'iasb' });
  assert.match(after.title, /These filing menus are the filer’s you chose/);
  await d.openPopup();
  await d.popup.waitFor(() => document.querySelector('li[data-court="iasb"]')?.textContent?.includes('Choosing the filer'));
  const status = await d.popup.evaluate(() => document.querySelector('li[data-court="iasb"]')?.getAttribute('data-status'));
  assert.equal(status, 'in-progress', 'never linked or verified from the filer’s menus');
  await d.page.bringToFront();
}

/** Utilities without the link item: no claim that the court is not live, the reasons that remain, and PACER's fallback. */
export async function utilitiesWithoutLinkItem(d, court) {
  court.reset({ layout: 'not-live' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await signIn(d, 'iasb');
  await acceptRedaction(d, 'iasb');
  await expectStep(d, 'open-utilities', { court: 'iasb', target: 'Utilities' });
  await d.clickTarget();
  const card = await expectStep(d, 'not-live', { court: 'iasb' });
  assert.match(card.text, /already linked here/);
  assert.match(card.text, /Attorney Admissions \/ E-File Registration/);
  assert.doesNotMatch(`${card.title} ${card.text}`, /not be live|goes live|go-live/);
}

/** Each way a court's landing page words its live link: the guide points at that link, never the training one. */
export async function landingLinkWordings(d, court) {
  court.reset({});
  await addCourtInPopup(d, 'iasb', 'iasb');
  for (const landingWords of LANDING_WORDS) {
    court.reset({ landingWords });
    await d.goto('http://ecf.iasb.uscourts.gov/');
    await expectStep(d, 'open-filing-system', { court: 'iasb', target: landingWords });
    const href = await d.evaluate(() => document.querySelector('[data-link-guide-target]')?.getAttribute('href'));
    assert.equal(href, '/cgi-bin/login.pl', landingWords);
  }
}

/**
 * PACER's enrolment prompt with no skips left, as it was titled in 2025 ("PACER Account Disabled"),
 * and asking for a new password as well: the enrolment step each time, the second saying a password change follows.
 */
export async function enrolmentPromptVariants(d, court) {
  await addCourtInPopup(d, 'iasb', 'iasb');
  court.reset({ mfa: 'disabled' });
  await signIn(d, 'iasb');
  const disabled = await expectStep(d, 'mfa-enroll', { court: 'iasb', target: 'Enroll' });
  assert.match(disabled.title, /PACER requires MFA enrollment now/);
  court.reset({ mfa: 'required-password' });
  await signIn(d, 'iasb');
  const both = await expectStep(d, 'mfa-enroll', { court: 'iasb', target: 'Enroll' });
  assert.match(both.text, /asks for a new password: PACER wants one every 180 days/);
}

/** Utilities under "Your Accounts", the item in capitals: the card quotes the item as the court words it. */
export async function yourAccountsUtilities(d, court) {
  court.reset({ utilities: 'your-accounts' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await signIn(d, 'iasb');
  await acceptRedaction(d, 'iasb');
  await expectStep(d, 'open-utilities', { court: 'iasb', target: 'Utilities' });
  await d.clickTarget();
  const card = await expectStep(d, 'open-link-utility', { court: 'iasb', target: 'Link a CM/ECF Account to My PACER Account' });
  assert.equal(card.title, 'Click “Link a CM/ECF Account to My PACER Account”');
}
