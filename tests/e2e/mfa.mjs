// PACER's MFA at login in the practice court, walked the same way in Chromium and Firefox:
// one walker per practice-court variant, for walkFlow's `mfa` option.
import assert from 'node:assert/strict';
import { expectCardBesideDialog } from './placement.mjs';
import { expectStep } from './walk.mjs';

/** What the walks type into MFA fields; the tests look for them everywhere the extension keeps or says anything. */
export const MFA_SENTINELS = { code: '418093', backupCode: 'SntlBkp4e1d9', securityCode: 'Sntl-sec-77b2' };

const ACCOUNT = 'http://pacer.psc.uscourts.gov/pscof/manage/maint.jsf';
const MANAGE_MFA = 'http://pacer.psc.uscourts.gov/pscManage/mfa.jsf';

/** Waits until the page has loaded `url` after a click navigated (a wait in the page would die with it). */
async function arrivedAt(d, url) {
  for (let i = 0; i < 200; i++) {
    const here = await d.evaluate(() => document.readyState === 'complete' && location.href).catch(() => '');
    if (here === url) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`the page never reached ${url}`);
}

/** The code prompt: the guide points at the code field; the walk types the current code and verifies. */
async function enterCode(d, { court, progress }) {
  const prompt = await expectStep(d, 'mfa-code', { court, target: 'mfaForm:mfaInput', progress });
  assert.match(prompt.text, /authentication app/);
  assert.match(prompt.text, /30 seconds/);
  assert.match(prompt.text, /never sends the code by text or e-mail/);
  await expectCardBesideDialog(d);
  await d.type('[id="mfaForm:mfaInput"]', MFA_SENTINELS.code);
  await d.click('[id="mfaForm:btnOk"]');
}

/** The walkers for walkFlow's `mfa` option, by practice-court variant (`court.reset({ mfa })`). */
export const MFA_WALKS = {
  code: enterCode,

  /** "Use a backup code instead": the guide follows to the backup field. */
  async backup(d, { court, progress }) {
    await expectStep(d, 'mfa-code', { court, target: 'mfaForm:mfaInput', progress });
    await d.click('[id="mfaForm:lnkBackup"]');
    await expectStep(d, 'mfa-code', { court, target: 'mfaForm:backupCode', progress });
    await expectCardBesideDialog(d);
    await d.type('[id="mfaForm:backupCode"]', MFA_SENTINELS.backupCode);
    await d.click('[id="mfaForm:btnOk"]');
  },

  /** The enrolment prompt with skips left: the guide points at Enroll Now; this filer skips and links first. */
  async enroll(d, { court, progress }) {
    const prompt = await expectStep(d, 'mfa-enroll', { court, target: 'Enroll Now', progress });
    assert.match(prompt.text, /skip three times/);
    await expectCardBesideDialog(d);
    await d.click('[id="mfaEnroll:btnSkip"]');
  },

  /**
   * "User Update Required": Enroll leads to Manage MFA Settings, where an app is added; back at the
   * court's login the path is still one step longer, and PACER now asks for the code.
   */
  async required(d, { court, progress, typed }) {
    const prompt = await expectStep(d, 'mfa-enroll', { court, target: 'Enroll', progress });
    assert.match(prompt.text, /linking can continue after/);
    await expectCardBesideDialog(d);
    await d.clickTarget();
    await arrivedAt(d, MANAGE_MFA);
    await d.type('[id="mfaSettings:securityCode"]', MFA_SENTINELS.securityCode);
    await d.click('[id="mfaSettings:btnAddApp"]');
    await arrivedAt(d, ACCOUNT);
    // The filer reads Manage My Account before going on; by then the popup knows MFA is set up.
    await d.openPopup();
    await d.popup.waitFor(() => document.querySelector('[data-prerequisite="mfa"] strong')?.textContent === 'yes');
    await d.page.bringToFront();
    await d.goto(`http://ecf.${court}.uscourts.gov/cgi-bin/login.pl`);
    await expectStep(d, 'pacer-login', { court, target: 'loginForm:loginName', progress: 'Step 3 of 10' });
    await d.type('[id="loginForm:loginName"]', 'tattorney');
    await d.type('[id="loginForm:password"]', typed.pacerPassword);
    await d.click('[id="loginForm:fbtnLogin"]');
    await enterCode(d, { court, progress });
  },
};
