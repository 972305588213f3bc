// PACER's MFA at login: the two steps, "Step n of N" growing where PACER asks for MFA at sign-in (an account fact),
// the code field kept secret, and what Manage My Account says about enrolment.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isShown } from '@/in-page/recognize/dom';
import { mountGuideUi } from '@/in-page/guide/ui';
import { decide } from '@/in-page/flow/decide';
import { progressOf } from '@/in-page/flow/steps';
import { opensSignedIn } from '@/in-page/flow/step-info';
import { answerGuide } from '@/utils/guide-requests';
import { recognize } from '@/in-page/recognize';
import { isSecretField } from '@/in-page/secret-fields';
import { addCourt, type CourtRecord, DEFAULT_SETTINGS, moveMfaToAccount, readCourt, readPrerequisites } from '@/utils/storage';
import * as court from '../practice-court/pages.mjs';

const iasb = court.COURTS.iasb;
const LOGIN = 'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK';
const appurl = 'http://ecf.iasb.uscourts.gov/cgi-bin/login.pl';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const loginWith = (mfa?: Record<string, unknown>) => recognize(parse(court.pacerLogin(iasb, appurl, '', mfa)), LOGIN);
const record = (over: Partial<CourtRecord> = {}): CourtRecord => ({ id: 'iasb', status: 'in-progress', added: 1, updated: 1, ...over });
const view = (page: ReturnType<typeof recognize>, over: Partial<CourtRecord> = {}) =>
  decide({ shown: isShown, page, record: record(over), settings: DEFAULT_SETTINGS })!;

beforeEach(() => fakeBrowser.reset());

describe('MFA steps', () => {
  it('the code prompt points at the code field, in PACER’s words (one-time passcode, authentication app, never by text or e-mail, the Service Center for someone with neither), and counts as step 4 of 10', () => {
    const code = view(loginWith({ prompt: 'code', open: true }));
    expect(code).toMatchObject({ step: 'mfa-code', progress: { n: 4, of: 10 }, mfaSeen: true });
    expect((code.target as HTMLInputElement).id).toBe('mfaForm:mfaInput');
    expect(code.title).toMatch(/one-time passcode/);
    expect(code.text).toMatch(/authentication app/);
    expect(code.text).toMatch(/6-digit passcode/);
    expect(code.text).toMatch(/backup codes?/);
    expect(code.text).toMatch(/30 seconds/);
    expect(code.text).toMatch(/never sends the code by text or e-mail at login/);
    expect(code.text).toMatch(/PACER Service Center, \(800\) 676-6856/);
  });

  it('after "Use a backup code instead" the target is the backup field', () => {
    const backup = view(loginWith({ prompt: 'backup', open: true, backupChosen: true }));
    expect([backup.step, (backup.target as HTMLInputElement).id]).toEqual(['mfa-code', 'mfaForm:backupCode']);
  });

  it('the enrolment prompt says PACER allows three skips; "User Update Required" says enroll now; both point at Enroll', () => {
    const prompt = view(loginWith({ prompt: 'enroll', open: true }));
    expect(prompt).toMatchObject({ step: 'mfa-enroll', title: 'PACER asks you to enroll in MFA', progress: { n: 4, of: 10 } });
    expect(prompt.text).toMatch(/skip three times/);
    expect(prompt.text).toMatch(/Manage My Account/);
    expect(prompt.text).toMatch(/authentication app/);
    expect(prompt.text).toMatch(/since December 31, 2025/);
    expect(prompt.text).not.toMatch(/new password/);
    const required = view(loginWith({ prompt: 'required', open: true }));
    expect(required).toMatchObject({ step: 'mfa-enroll', title: 'PACER requires MFA enrollment now' });
    expect(required.text).toMatch(/linking can continue after/);
    for (const v of [prompt, required]) expect((v.target as HTMLElement).id).toBe('mfaEnroll:btnEnroll');
  });

  it('while the MFA dialogs are closed the login page is the login step', () => {
    for (const prompt of ['code', 'backup', 'enroll', 'required']) expect(loginWith({ prompt }).kind).toBe('pacer-login');
  });

  it('a login page that only mentions MFA (a banner and a link) is still the login step', () => {
    const banner = court
      .pacerLogin(iasb, appurl)
      .replace(
        '<div class="box">',
        '<div class="box"><p>Multi-factor authentication (MFA) enrollment is required for CM/ECF filers. <a href="#">Enroll</a> in Manage My Account.</p>',
      );
    expect(recognize(parse(banner), LOGIN).kind).toBe('pacer-login');
  });

  it('"Step n of N" grows by one where PACER asks for MFA at sign-in', () => {
    expect(progressOf('redaction-agreement', false)).toEqual({ n: 4, of: 9 });
    expect(progressOf('redaction-agreement', false, true)).toEqual({ n: 5, of: 10 });
    expect(progressOf('mfa-enroll', true, true)).toEqual({ n: 4, of: 11 });
    expect(progressOf('mfa-code', false)).toBeNull();
    const login = recognize(parse(court.pacerLogin(iasb, appurl)), LOGIN);
    expect(view(login).progress).toEqual({ n: 3, of: 9 });
    const withMfa = decide({ shown: isShown, page: login, record: record(), settings: DEFAULT_SETTINGS, mfaAtLogin: true })!;
    expect(withMfa.progress).toEqual({ n: 3, of: 10 });
    expect(view(login).mfaSeen).toBeUndefined();
  });

  it('MFA belongs to the PACER account: seen at one court, it counts at every court; the court record keeps nothing of it', async () => {
    await addCourt('iasb', 1);
    await addCourt('iasd', 1);
    await answerGuide({ type: 'record-progress', courtId: 'iasb', step: 'mfa-code', mfaSeen: true });
    await answerGuide({ type: 'record-progress', courtId: 'iasb', step: 'redaction-agreement' });
    expect(await readCourt('iasb')).toEqual(expect.not.objectContaining({ mfaSeen: expect.anything() }));
    expect(await readPrerequisites()).toMatchObject({ mfaAtLogin: true, mfa: 'yes' });
    const other = await answerGuide({ type: 'court-state', courtId: 'iasd' });
    expect(other).toMatchObject({ mfaAtLogin: true });
  });

  it('an enrolment prompt says the account is not enrolled; a later code prompt that it is', async () => {
    await addCourt('iasb', 1);
    await answerGuide({ type: 'record-progress', courtId: 'iasb', step: 'mfa-enroll', mfaSeen: true });
    expect(await readPrerequisites()).toMatchObject({ mfaAtLogin: true, mfa: 'no' });
    await answerGuide({ type: 'record-progress', courtId: 'iasb', step: 'mfa-code', mfaSeen: true });
    expect(await readPrerequisites()).toMatchObject({ mfaAtLogin: true, mfa: 'yes' });
    // An enrolment prompt never overrules what is known (Manage My Account, or a code prompt).
    await answerGuide({ type: 'record-progress', courtId: 'iasb', step: 'mfa-enroll', mfaSeen: true });
    expect(await readPrerequisites()).toMatchObject({ mfa: 'yes' });
  });

  it('migration: a court record an earlier version marked mfaSeen moves the fact to the account and loses it, keeping its time', async () => {
    const old = { id: 'iasb', status: 'in-progress', added: 1, updated: 7, lastStep: 'redaction-agreement', mfaSeen: true };
    await fakeBrowser.storage.local.set({ 'court:iasb': old, 'court:iasd': { id: 'iasd', status: 'todo', added: 1, updated: 2 } });
    await moveMfaToAccount();
    expect((await fakeBrowser.storage.local.get('court:iasb'))['court:iasb']).toEqual({
      id: 'iasb',
      status: 'in-progress',
      added: 1,
      updated: 7,
      lastStep: 'redaction-agreement',
    });
    expect((await fakeBrowser.storage.local.get('court:iasd'))['court:iasd']).toEqual({ id: 'iasd', status: 'todo', added: 1, updated: 2 });
    expect(await readPrerequisites()).toMatchObject({ mfaAtLogin: true, mfa: 'unknown' });
    // Nothing left to move: a second start changes nothing.
    await moveMfaToAccount();
    expect(await readPrerequisites()).toMatchObject({ mfaAtLogin: true });
  });
});

describe('the MFA code field is a secret field', () => {
  const fields = (html: string) => Array.from(parse(html).querySelectorAll('input'));
  it('in every MFA replica, and the login page’s username and client code are not', () => {
    const codeFields = [
      ...fields(court.PAGES['MFA code dialog']()),
      ...fields(court.PAGES['MFA code dialog, backup code chosen']()),
      ...fields(court.manageMfa([])),
    ].filter((f) => /^mfa/.test(f.id));
    expect(codeFields.map((f) => f.id)).toEqual(['mfaForm:mfaInput', 'mfaForm:mfaInput', 'mfaForm:backupCode', 'mfaSettings:securityCode']);
    for (const f of codeFields) expect(isSecretField(f), f.id).toBe(true);
    const [handmade] = fields('<label for="c">Authentication code</label><input id="c" name="otp" inputmode="numeric" maxlength="6">');
    expect(isSecretField(handmade!)).toBe(true);
    const login = fields(court.pacerLogin(iasb, appurl));
    expect(login.filter((f) => isSecretField(f)).map((f) => f.id)).toEqual(['loginForm:password']);
  });
});

describe('the guide in the MFA dialog', () => {
  /** A trusted keydown in `target`: which of its key fields anyone read. */
  function keysRead(target: Element) {
    const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, altKey: true, shiftKey: true });
    const read: string[] = [];
    Object.defineProperty(event, 'isTrusted', { value: true });
    for (const name of ['key', 'code', 'keyCode', 'which', 'charCode']) Object.defineProperty(event, name, { get: () => (read.push(name), 'l') });
    target.dispatchEvent(event);
    return read;
  }

  it('never looks at keys typed into the code or the backup code field, and points at the backup field once chosen', () => {
    document.body.innerHTML = court.mfaDialog({ prompt: 'backup', open: true, backupChosen: true });
    const page = recognize(document, LOGIN);
    const shown = view(page);
    expect((shown.target as HTMLElement).id).toBe('mfaForm:backupCode');
    const ui = mountGuideUi({ hide: vi.fn(), notNow: vi.fn(), acceptOffer: vi.fn(), dismissOffer: vi.fn(), reportPage: vi.fn(async () => undefined) });
    ui.show(shown, page);
    for (const id of ['mfaForm:mfaInput', 'mfaForm:backupCode']) expect(keysRead(document.getElementById(id)!), id).toEqual([]);
    expect(keysRead(document.getElementById('mfaForm:btnOk')!)).toContain('key');
    ui.remove();
  });
});

describe('Manage My Account’s MFA section', () => {
  const ACCOUNT = 'http://pacer.psc.uscourts.gov/pscof/manage/maint.jsf';
  it('is read as enrolled or not, and stored beside the account type without losing it', async () => {
    const none = recognize(parse(court.pacerAccount('upgraded')), ACCOUNT);
    const one = recognize(parse(court.pacerAccount('upgraded', ['Authenticator app 1'])), ACCOUNT);
    expect([none.kind === 'pacer-account' && none.mfaEnrolled, one.kind === 'pacer-account' && one.mfaEnrolled]).toEqual([false, true]);
    expect(await readPrerequisites()).toMatchObject({ upgraded: 'unknown', mfa: 'unknown' });
    await answerGuide({ type: 'account-type', upgraded: true });
    await answerGuide({ type: 'account-type', mfaEnrolled: false });
    expect(await readPrerequisites()).toMatchObject({ upgraded: 'yes', mfa: 'no' });
    await answerGuide({ type: 'account-type', upgraded: true, mfaEnrolled: true });
    expect(await readPrerequisites()).toMatchObject({ upgraded: 'yes', mfa: 'yes' });
  });
});

describe('one sign-on for every court', () => {
  it('a court that opens straight into CM/ECF skips PACER’s sign-in steps in "Step n of N", and its card says so', async () => {
    await addCourt('iasd', 1);
    await answerGuide({ type: 'record-progress', courtId: 'iasd', step: 'court-website' });
    await answerGuide({ type: 'record-progress', courtId: 'iasd', step: 'open-utilities' });
    const record = (await readCourt('iasd'))!;
    expect(record).toMatchObject({ lastStep: 'open-utilities', openedSignedIn: true });
    const menu = recognize(
      parse(court.cmecfPage(court.COURTS.iasd, { filer: false, body: court.mainMenuBody(court.COURTS.iasd) })),
      'http://ecf.iasd.uscourts.gov/cgi-bin/login.pl',
    );
    const shown = decide({ shown: isShown, page: menu, record, settings: DEFAULT_SETTINGS, mfaAtLogin: true })!;
    // court website, welcome page, then Utilities: PACER's login, MFA and redaction were done elsewhere.
    expect([shown.step, shown.progress]).toEqual(['open-utilities', { n: 3, of: 7 }]);
    expect(shown.text).toMatch(/PACER’s sign-in is already done: one sign-on in this browser serves every court/);
    // Later steps keep it; a sign-in step shown at this court clears it.
    await answerGuide({ type: 'record-progress', courtId: 'iasd', step: 'open-link-utility' });
    expect(await readCourt('iasd')).toMatchObject({ openedSignedIn: true });
    await answerGuide({ type: 'record-progress', courtId: 'iasd', step: 'pacer-login' });
    expect(await readCourt('iasd')).toEqual(expect.not.objectContaining({ openedSignedIn: expect.anything() }));
  });

  it('a court walked through PACER’s sign-in counts its steps as before', async () => {
    await addCourt('iasb', 1);
    for (const step of ['court-website', 'open-filing-system', 'pacer-login', 'redaction-agreement', 'open-utilities'] as const)
      await answerGuide({ type: 'record-progress', courtId: 'iasb', step });
    expect(await readCourt('iasb')).toEqual(expect.not.objectContaining({ openedSignedIn: expect.anything() }));
    expect(progressOf('open-utilities', false, false, false)).toEqual({ n: 5, of: 9 });
    expect(progressOf('open-utilities', false, true, true)).toEqual({ n: 3, of: 7 });
  });
});

describe('whether a court opened signed in, step by step', () => {
  it('lands signed in only from a step before the sign-on; a page with no place tells nothing; a new walk asks again', () => {
    expect(opensSignedIn(undefined, 'open-utilities', false)).toBe(true);
    expect(opensSignedIn('open-filing-system', 'open-utilities', false)).toBe(true);
    expect(opensSignedIn('redaction-agreement', 'open-utilities', false)).toBe(false);
    // A court's notice page after sign-in (a page new to the guide), or an offer: not proof of a sign-on elsewhere.
    expect(opensSignedIn('unexpected-page', 'open-utilities', false)).toBe(false);
    expect(opensSignedIn('offer', 'open-utilities', false)).toBe(false);
    expect(opensSignedIn('open-utilities', 'open-link-utility', true)).toBe(true);
    // Back at the court's website: the next walk may sign in here.
    expect(opensSignedIn('linked', 'court-website', true)).toBe(false);
    expect(opensSignedIn('open-utilities', 'pacer-login', true)).toBe(false);
  });
});
