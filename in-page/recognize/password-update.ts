// PACER's password change at login: since August 2025 a PACER password must change every 180 days,
// and PACER asks in its "User Update Required" dialog (`userUpdateDlg`, form `frmUserUpdate`, Skip
// `frmUserUpdate:bpmSkip`), which may be skipped three times. No public copy of its words exists,
// so it is recognised by several signals: PACER's login host; a shown prompt that is not the
// sign-in form; PACER's ids or words asking for a new password; a control that goes on; and no way
// to set MFA up (with MFA words and that, the same dialog is the MFA enrolment prompt, whose card
// says a password change follows). The password fields are never read: only that they are there.
import { courtAt, findControl } from './dom';
import { asksNewPassword, ENROLL_CONTROL, holdsSignIn, MFA_WORDS, PASSWORD_CHANGE_WORDS, promptRegions, wordsOf } from './pacer-prompt';
import type { Examples, Recognized } from './types';

/** PACER's own ids for the dialog and its form (public automation scripts that log in to PACER). */
const PACER_IDS = '[id="userUpdateDlg"], [id$=":userUpdateDlg"], [id="frmUserUpdate"], [id^="frmUserUpdate:"]';
const SKIP_CONTROL = /^(?:skip(?: for now)?|not now|remind me later)$/;
const CHANGE_CONTROL = /^(?:update(?: password)?|change(?: password)?|save(?: password)?|submit|continue|ok)$/;

export function recognizePasswordUpdate(doc: Document, url: URL): Recognized<'password-update'> {
  if (courtAt(url)?.site !== 'pacer-login') return null;
  for (const region of promptRegions(doc)) {
    if (holdsSignIn(region)) continue;
    const words = wordsOf(region);
    // An enrolment prompt (MFA words and a way to set MFA up) is mfa-enroll, whatever else it asks.
    if (MFA_WORDS.test(words) && findControl(region, ENROLL_CONTROL)) continue;
    const pacers = region.matches(PACER_IDS) || region.querySelector(PACER_IDS) !== null;
    if (!pacers && !PASSWORD_CHANGE_WORDS.test(words) && !asksNewPassword(region)) continue;
    const skip = findControl(region, SKIP_CONTROL);
    const change = findControl(region, CHANGE_CONTROL, true);
    if (!skip && !change) continue;
    // Skipping is the way on to linking while PACER allows it; the change itself otherwise.
    const action = skip ?? change;
    return { kind: 'password-update', action, skippable: skip !== null };
  }
  return null;
}

const LOGIN = 'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK';

export const EXAMPLES = {
  'password-update': [
    { practice: 'password update dialog', url: LOGIN, facts: { action: { id: 'frmUserUpdate:bpmSkip' }, skippable: true } },
    { practice: 'password update dialog, no skips left', url: LOGIN, facts: { action: { id: 'frmUserUpdate:btnUpdate' }, skippable: false } },
    { handmade: 'pacer-password-update-other-ids.html', url: LOGIN, facts: { action: { id: 'later' }, skippable: true } },
    { handmade: 'pacer-user-update-other-words.html', url: LOGIN, facts: { action: { id: 'frmUserUpdate:bpmSkip' }, skippable: true } },
  ],
} satisfies Examples;
