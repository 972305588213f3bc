// On every PACER login page (any court or none, whatever the checklist says), the session's login
// fact is recorded when the user signs in: whether the username is on the user's or the firm's list
// of shared accounts, or, when that cannot be judged (or "Show the guide on court pages" is off, and
// the username is not read), that the login is unknown. The username never leaves the page. What the guard on the link utility's pages trusts (verdict.ts).
import { isSharedUsername } from '../accounts';
import type { GuardFacts, GuideRequest } from '../../utils/messages';
import { readGuardFacts } from './facts';

/** A field a username is typed into: PACER's own, or any text or e-mail field. */
const USERNAME_FIELD = 'input[name="loginForm:loginName"], input[id="loginForm:loginName"], input[type=text], input[type=email], input:not([type])';

/**
 * PACER's password change after sign-in ("User Update Required"): PACER's own ids for that dialog
 * (unless the form holds PACER's username field), or a form with no username field whose password
 * fields are all new ones (autocomplete="new-password"). Any other form with a username field is a
 * sign-in, whatever its password field says.
 */
function changesPassword(form: HTMLFormElement): boolean {
  if (form.querySelector('input[name="loginForm:loginName"], input[id="loginForm:loginName"]')) return false;
  // PACER's own dialog, whatever other fields it holds (an e-mail address to confirm, a select's focus input).
  if (form.matches('[id="frmUserUpdate"], [id^="frmUserUpdate:"]') || form.closest('[id="userUpdateDlg"]') || form.querySelector('[id="userUpdateDlg"]'))
    return true;
  if (form.querySelector(USERNAME_FIELD)) return false;
  return Array.from(form.querySelectorAll('input[type=password]')).every((field) => /\bnew-password\b/.test(field.getAttribute('autocomplete') ?? ''));
}

/**
 * The username field of the form that holds `from`, when that form asks for a password (a login
 * form); null when it asks for one and has no such field (the login is then unknown); undefined for
 * a form that is no sign-in, a password change included: the same account stays signed in.
 */
function loginUsernameIn(from: Element): HTMLInputElement | null | undefined {
  const form = (from as HTMLInputElement).form ?? from.closest('form');
  if (!form?.querySelector('input[type=password]') || changesPassword(form)) return undefined;
  return (
    form.querySelector<HTMLInputElement>('input[name="loginForm:loginName"], input[id="loginForm:loginName"]') ??
    form.querySelector<HTMLInputElement>(USERNAME_FIELD)
  );
}

/** `guideOn`: the user's "Show the guide on court pages" (off: the username is not even looked at, and the login is unknown). */
export function watchPacerLogin(win: Window, ask: (request: GuideRequest) => Promise<unknown>, guideOn: Promise<boolean>): void {
  let on = true;
  void guideOn.then((value) => (on = value));
  const lists = ask({ type: 'guard-facts' }).then(readGuardFacts, () => null);
  let known: GuardFacts | null = null;
  void lists.then((l) => (known = l));
  const record = (shared: boolean | null) => ask({ type: 'pacer-login', shared }).catch(() => undefined);
  /** The username last judged on this page: its Login click and the submit that follows are one sign-in. */
  let judged: string | undefined;
  const signingIn = (event: Event) => {
    const origin = event.composedPath()[0];
    if (!(origin instanceof Element)) return;
    // PACER's login posts by script from its Login button (Enter in a field clicks it too); a plain form posts on submit.
    if (event.type === 'click' && !origin.closest('button:not([type]), button[type=submit], input[type=submit], input[type=image], [id$=":fbtnLogin"]')) return;
    const field = loginUsernameIn(event.type === 'submit' ? (event.target as Element) : origin);
    if (field === undefined) return;
    // Guide off: the username is not read, and the earlier login is forgotten (this one is unknown).
    const username = on ? (field?.value ?? '') : '';
    if (username === judged) return;
    judged = username;
    // Nothing typed: the login is unknown, never "not shared".
    if (!username.trim()) return void record(null);
    if (known) return void record(isSharedUsername(username, known));
    // The lists are still on their way: the earlier login is forgotten at once (the page may go
    // before they arrive), and this one is judged when they come, or stays unknown.
    void record(null)
      .then(() => lists)
      .then((l) => l && record(isSharedUsername(username, l)));
  };
  win.addEventListener('submit', signingIn, true);
  win.addEventListener('click', signingIn, true);
}
