// What PACER's prompts after the password have in common (MFA, the password update, notices): each
// is a region of the login page (a dialog, or a page of its own) with its own words and controls.
// Only attributes, labels and words are read here, never what a field holds.
import { isShown, textOf } from './dom';

/** Words about multi-factor authentication. */
export const MFA_WORDS = /\b(?:multi-?factor|two-?factor|two-?step|mfa|2fa|authenticat(?:or|ion)|one-time|passcode|verification code|backup code)\b/;

/** How pages mark their main action: PrimeFaces' primary buttons, common CSS kits, autofocus. */
export const MAIN_ACTION = '.ui-priority-primary, .btn-primary, .usa-button--primary, [autofocus]';

/** A dialog, however a page marks it. */
const DIALOG = '[role=dialog], [role=alertdialog], dialog, [aria-modal=true]';

/** The region a control belongs to: its dialog, else its form, else the page. */
export const regionOf = (el: Element) => el.closest(DIALOG) ?? el.closest('form') ?? el.ownerDocument.body;

/** PACER's sign-in form, shown: its username field. A region showing it is the login step, whatever else it says. */
export const holdsSignIn = (region: Element) =>
  Array.from(region.querySelectorAll('input[name="loginForm:loginName"], input[id="loginForm:loginName"], input[autocomplete~=username]'))
    .slice(0, 5)
    .some((field) => isShown(field));

/**
 * Words asking for a new password: PACER's 180-day change ("User Update Required"), and how other
 * prompts word it. Not "password" alone: the login form and its help links say that.
 */
export const PASSWORD_CHANGE_WORDS =
  /\b(?:(?:change|update|reset) (?:your |a )?(?:new )?password|(?:create|choose|enter) (?:your |a )?new password|new password|password (?:has )?expired?|password (?:must|needs to) be (?:changed|updated)|every 180 days)\b/;

/** The control that sets MFA up, on an enrolment prompt. */
export const ENROLL_CONTROL = /^(?:enroll?(?: now| in mfa)?|set up(?: mfa| now)?|add (?:an )?app|go to manage my account)$/;

/** A field for a new password, by its autocomplete hint or its own name. */
export const asksNewPassword = (region: Element) =>
  shownPasswordFields(region).some(
    (field) =>
      /\bnew-password\b/.test(field.getAttribute('autocomplete') ?? '') || /new|confirm|verify/i.test(`${field.id} ${field.getAttribute('name') ?? ''}`),
  );

/** Shown password fields in a region (the first ten are plenty). */
const shownPasswordFields = (region: Element) =>
  Array.from(region.querySelectorAll('input[type=password]'))
    .slice(0, 10)
    .filter((p) => isShown(p));

/** A sign-in form (a password field shown) is the login step, whatever else it mentions. */
export const asksPassword = (region: Element) => shownPasswordFields(region).length > 0;

/** The region's words (bounded: a dialog or form is short, a page is read only from its top) and the page title. */
export const wordsOf = (region: Element) => `${textOf(region.ownerDocument.querySelector('title'))} ${textOf(region, 800)}`;

/** The page's shown dialogs (the first 20), however it marks them. */
export const shownDialogs = (doc: Document): Element[] =>
  Array.from(doc.querySelectorAll(DIALOG))
    .slice(0, 20)
    .filter((d) => isShown(d));

/** Shown dialogs, else the page itself (a prompt of its own). */
export function promptRegions(doc: Document): Element[] {
  const dialogs = shownDialogs(doc);
  return dialogs.length ? dialogs : doc.body ? [doc.body] : [];
}
