// PACER's multi-factor authentication at login (mandatory for CM/ECF filers since 2025): the
// one-time code prompt and the enrolment prompt ("User Update Required" once the skips are used up).
// No public copy of their markup exists, so each is recognised by several independent signals, never
// one id: PACER's login host, a shown region (dialog, form or page) worded about MFA that asks for
// no password, and its own control — a one-time-code field, or the control that continues past the
// enrolment prompt.
import { isOneTimeCodeField } from '../secret-fields';
import { courtAt, findControl, isShown } from './dom';
import {
  asksNewPassword,
  asksPassword,
  ENROLL_CONTROL,
  holdsSignIn,
  MAIN_ACTION,
  MFA_WORDS,
  PASSWORD_CHANGE_WORDS,
  promptRegions,
  regionOf,
  wordsOf,
} from './pacer-prompt';
import type { Examples, Recognized } from './types';

const ENROLL_WORDS = /\b(?:enroll?(?:s|ed|ing|ment)?|user update required|pacer account disabled)\b/;
const SKIP_CONTROL = /^(?:skip(?: for now| enroll?ment)?|not now|remind me later)$/;
const CONTINUE_CONTROL = /^(?:continue|next|update)$/;

/** The first shown one-time-code field on the page (the first 80 inputs are plenty for a login page). */
function shownCodeField(doc: Document): HTMLInputElement | null {
  const inputs = doc.getElementsByTagName('input');
  for (let i = 0; i < inputs.length && i < 80; i++) if (isOneTimeCodeField(inputs[i]!) && isShown(inputs[i])) return inputs[i]!;
  return null;
}

/** PACER's own code form (`mfaForm`, `mfaForm:mfaInput`): one signal, standing in for the words. */
const PACER_CODE_FORM = '[id="mfaForm"], [id^="mfaForm:"]';

/** The one-time code prompt: a shown code field in a region that speaks of MFA or is PACER's code form, and asks no password. */
export function recognizeMfaCode(doc: Document, url: URL): Recognized<'mfa-code'> {
  if (courtAt(url)?.site !== 'pacer-login') return null;
  const codeField = shownCodeField(doc);
  const region = codeField && regionOf(codeField);
  if (!codeField || !region || asksPassword(region)) return null;
  const pacers = codeField.closest(PACER_CODE_FORM) !== null;
  return pacers || MFA_WORDS.test(wordsOf(region)) ? { kind: 'mfa-code', codeField } : null;
}

/** The enrolment prompt or "User Update Required": enrolment and MFA wording, and a control that continues. */
export function recognizeMfaEnroll(doc: Document, url: URL): Recognized<'mfa-enroll'> {
  if (courtAt(url)?.site !== 'pacer-login') return null;
  for (const region of promptRegions(doc)) {
    const words = wordsOf(region);
    // A prompt may ask for a new password as well ("User Update Required" for both): still enrolment.
    if (!ENROLL_WORDS.test(words) || !MFA_WORDS.test(words) || holdsSignIn(region)) continue;
    const enrol = findControl(region, ENROLL_CONTROL);
    // A prompt for a new password that offers no way to set MFA up is the password change (password-update.ts).
    if (!enrol && asksNewPassword(region)) continue;
    const skip = findControl(region, SKIP_CONTROL);
    const proceed = findControl(region, CONTINUE_CONTROL);
    const controls = [enrol, skip, proceed].filter((c): c is HTMLElement => c !== null);
    if (!controls.length) continue;
    // Whichever the page offers as its main action; else enrolling, the way past the prompt for good.
    const action = controls.find((c) => c.matches(MAIN_ACTION)) ?? controls[0]!;
    return { kind: 'mfa-enroll', action, skippable: skip !== null, passwordToo: PASSWORD_CHANGE_WORDS.test(words) || asksNewPassword(region) };
  }
  return null;
}

const LOGIN = 'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK';
const OWN_PAGE = 'https://pacer.login.uscourts.gov/csologin/mfa.jsf?pscCourtId=IASDC';

export const EXAMPLES = {
  'mfa-code': [
    { practice: 'MFA code dialog', url: LOGIN, facts: { codeField: { id: 'mfaForm:mfaInput' } } },
    { practice: 'MFA code dialog, backup code chosen', url: LOGIN, facts: { codeField: { id: 'mfaForm:backupCode' } } },
    { handmade: 'pacer-mfa-code-page.html', url: OWN_PAGE, facts: { codeField: { id: 'authCode' } } },
    // PACER's ids, other words; PACER's words ("one-time passcode", "authentication app"), other ids.
    { handmade: 'pacer-mfa-ids-other-words.html', url: LOGIN, facts: { codeField: { id: 'mfaForm:mfaInput' } } },
    { handmade: 'pacer-mfa-words-other-ids.html', url: LOGIN, facts: { codeField: { id: 'passcode' } } },
  ],
  'mfa-enroll': [
    { practice: 'MFA enrolment dialog', url: LOGIN, facts: { action: { id: 'mfaEnroll:btnEnroll' }, skippable: true } },
    { practice: 'MFA enrolment required dialog', url: LOGIN, facts: { action: { id: 'mfaEnroll:btnEnroll' }, skippable: false } },
    { handmade: 'pacer-mfa-enroll-page.html', url: OWN_PAGE, facts: { action: { id: 'later' }, skippable: true, passwordToo: false } },
    // The 2025 title of the same prompt with no skips left.
    { handmade: 'pacer-account-disabled-enroll.html', url: LOGIN, facts: { action: { id: 'setup' }, skippable: false, passwordToo: false } },
    // "User Update Required" asking for both: enrolment, with a password change to follow.
    {
      handmade: 'pacer-user-update-mfa-and-password.html',
      url: LOGIN,
      facts: { action: { id: 'frmUserUpdate:btnEnroll' }, skippable: false, passwordToo: true },
    },
  ],
} satisfies Examples;
