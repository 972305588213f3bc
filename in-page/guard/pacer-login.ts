// On every PACER login page (any court or none, whatever the checklist says), the session's login
// fact is recorded when the user signs in: whether the username is on the user's or the firm's list
// of shared accounts, or, when that cannot be judged (or "Show the guide on court pages" is off, and
// the username is not read), that the login is unknown. The username never leaves the page. What the guard on the link utility's pages trusts (verdict.ts).
import { isSharedUsername } from '../accounts';
import type { GuardFacts, GuideRequest } from '../../utils/messages';
import { readGuardFacts } from './facts';

/** The input types a username is typed into (an input with no type is "text"). */
const USERNAME_TYPES: ReadonlySet<string> = new Set(['text', 'email', 'search', 'tel']);

/**
 * PACER's password change after a sign-in judged on this same page ("User Update Required" shows on
 * the login page, after it): PACER's own ids for that dialog (unless the form holds PACER's username
 * field), or a form with no username field whose password fields are all new ones
 * (autocomplete="new-password"). Without a sign-in here first, any form asking for a password is one.
 */
function changesPassword(form: HTMLFormElement, signedInHere: boolean): boolean {
  if (!signedInHere || form.querySelector('input[name="loginForm:loginName"], input[id="loginForm:loginName"]')) return false;
  // PACER's own dialog, whatever other fields it holds (an e-mail address to confirm, a select's focus input).
  if (form.matches('[id="frmUserUpdate"], [id^="frmUserUpdate:"]') || form.closest('[id="userUpdateDlg"]') || form.querySelector('[id="userUpdateDlg"]'))
    return true;
  if (usernameFieldOf(form)) return false;
  return Array.from(form.querySelectorAll('input[type=password]')).every((field) => /\bnew-password\b/.test(field.getAttribute('autocomplete') ?? ''));
}

/** The form's username field: PACER's own, else any text-like field that belongs to it (`form=` ones included). */
function usernameFieldOf(form: HTMLFormElement): HTMLInputElement | null {
  const own = form.querySelector<HTMLInputElement>('input[name="loginForm:loginName"], input[id="loginForm:loginName"]');
  if (own) return own;
  // Inputs inside the form, then those outside it that name it (form="…").
  const inputs = [
    ...Array.from(form.querySelectorAll('input')).slice(0, 50),
    ...(form.id ? Array.from(form.ownerDocument.querySelectorAll<HTMLInputElement>('input[form]')).filter((el) => el.getAttribute('form') === form.id) : []),
  ];
  return inputs.find((el) => USERNAME_TYPES.has(el.type)) ?? null;
}

/**
 * The username field of the form that holds `from`, when that form asks for a password (a login
 * form); null when it asks for one and has no such field (the login is then unknown); undefined for
 * a form that is no sign-in, PACER's password change after a sign-in here included: the same account
 * stays signed in.
 */
function loginUsernameIn(from: Element, signedInHere: boolean): HTMLInputElement | null | undefined {
  const form = (from as HTMLInputElement).form ?? from.closest('form');
  if (!form?.querySelector('input[type=password]') || changesPassword(form, signedInHere)) return undefined;
  return usernameFieldOf(form);
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
    const field = loginUsernameIn(event.type === 'submit' ? (event.target as Element) : origin, judged !== undefined);
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
