// PACER's multi-factor authentication at login (mandatory for CM/ECF filers since 2025): the
// one-time code prompt and the enrolment prompt ("User Update Required" once the skips are used up).
// No public copy of their markup exists, so each is recognised by several independent signals, never
// one id: PACER's login host, a shown region (dialog, form or page) worded about MFA that asks for
// no password, and its own control — a one-time-code field, or the control that continues past the
// enrolment prompt.
import { isOneTimeCodeField } from '../secret-fields';
import { courtAt, findControl, isShown, textOf } from './dom';
import type { Examples, Recognized } from './types';

const MFA_WORDS = /\b(?:multi-?factor|two-?factor|mfa|2fa|authenticat(?:or|ion)|one-time|passcode|verification code|backup code)\b/;
const ENROLL_WORDS = /\b(?:enroll?(?:s|ed|ing|ment)?|user update required)\b/;
const ENROLL_CONTROL = /^(?:enroll?(?: now| in mfa)?|set up (?:mfa|now)|add (?:an )?app)$/;
const SKIP_CONTROL = /^(?:skip(?: for now| enroll?ment)?|not now|remind me later)$/;
const CONTINUE_CONTROL = /^continue$/;
/** How pages mark their main action: PrimeFaces' primary buttons, common CSS kits, autofocus. */
const MAIN_ACTION = '.ui-priority-primary, .btn-primary, .usa-button--primary, [autofocus]';

/** The region a control belongs to: its dialog, else its form, else the page. */
const regionOf = (el: Element) => el.closest('[role=dialog], dialog, [aria-modal=true]') ?? el.closest('form') ?? el.ownerDocument.body;

/** A sign-in form (a password field shown) is the login step, whatever else it mentions. */
const asksPassword = (region: Element) =>
  Array.from(region.querySelectorAll('input[type=password]'))
    .slice(0, 10)
    .some((p) => isShown(p));

/** The region's words (bounded: a dialog or form is short, a page is read only from its top) and the page title. */
const wordsOf = (region: Element) => `${textOf(region.ownerDocument.querySelector('title'))} ${textOf(region, 800)}`;

/** The first shown one-time-code field on the page (the first 80 inputs are plenty for a login page). */
function shownCodeField(doc: Document): HTMLInputElement | null {
  const inputs = doc.getElementsByTagName('input');
  for (let i = 0; i < inputs.length && i < 80; i++) if (isOneTimeCodeField(inputs[i]!) && isShown(inputs[i])) return inputs[i]!;
  return null;
}

/** The one-time code prompt: a shown code field in a region that speaks of MFA. */
export function recognizeMfaCode(doc: Document, url: URL): Recognized<'mfa-code'> {
  if (courtAt(url)?.site !== 'pacer-login') return null;
  const codeField = shownCodeField(doc);
  const region = codeField && regionOf(codeField);
  return codeField && region && MFA_WORDS.test(wordsOf(region)) && !asksPassword(region) ? { kind: 'mfa-code', codeField } : null;
}

/** Shown dialogs, else the page itself (a prompt of its own). */
function promptRegions(doc: Document): Element[] {
  const dialogs = Array.from(doc.querySelectorAll('[role=dialog], dialog, [aria-modal=true]'))
    .slice(0, 20)
    .filter((d) => isShown(d));
  return dialogs.length ? dialogs : doc.body ? [doc.body] : [];
}

/** The enrolment prompt or "User Update Required": enrolment and MFA wording, and a control that continues. */
export function recognizeMfaEnroll(doc: Document, url: URL): Recognized<'mfa-enroll'> {
  if (courtAt(url)?.site !== 'pacer-login') return null;
  for (const region of promptRegions(doc)) {
    const words = wordsOf(region);
    if (!ENROLL_WORDS.test(words) || !MFA_WORDS.test(words) || asksPassword(region)) continue;
    const enrol = findControl(region, ENROLL_CONTROL);
    const skip = findControl(region, SKIP_CONTROL);
    const proceed = findControl(region, CONTINUE_CONTROL);
    const controls = [enrol, skip, proceed].filter((c): c is HTMLElement => c !== null);
    if (!controls.length) continue;
    // Whichever the page offers as its main action; else enrolling, the way past the prompt for good.
    const action = controls.find((c) => c.matches(MAIN_ACTION)) ?? controls[0]!;
    return { kind: 'mfa-enroll', action, skippable: skip !== null };
  }
  return null;
}

const LOGIN = 'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK';
const OWN_PAGE = 'https://pacer.login.uscourts.gov/csologin/mfa.jsf?pscCourtId=IASDC';

export const EXAMPLES = {
  'mfa-code': [
    { practice: 'MFA code dialog', url: LOGIN, facts: { codeField: { id: 'mfaForm:code' } } },
    { practice: 'MFA code dialog, backup code chosen', url: LOGIN, facts: { codeField: { id: 'mfaForm:backupCode' } } },
    { handmade: 'pacer-mfa-code-page.html', url: OWN_PAGE, facts: { codeField: { id: 'authCode' } } },
  ],
  'mfa-enroll': [
    { practice: 'MFA enrolment dialog', url: LOGIN, facts: { action: { id: 'mfaEnroll:btnEnroll' }, skippable: true } },
    { practice: 'MFA enrolment required dialog', url: LOGIN, facts: { action: { id: 'mfaEnroll:btnEnroll' }, skippable: false } },
    { handmade: 'pacer-mfa-enroll-page.html', url: OWN_PAGE, facts: { action: { id: 'later' }, skippable: true } },
  ],
} satisfies Examples;
