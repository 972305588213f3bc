// On every PACER login page (any court or none, whatever the checklist says), the session's login
// fact is recorded when the user signs in: whether the username is on the user's or the firm's list
// of shared accounts, or, when that cannot be judged, that the login is unknown. The username never
// leaves the page. What the guard on the link utility's pages trusts (verdict.ts).
import { isSharedUsername } from '../accounts';
import type { GuardFacts, GuideRequest } from '../messages';

/** The username field of the form that holds `from`, when that form asks for a password (a login form). */
function loginUsernameIn(from: Element): HTMLInputElement | null | undefined {
  const form = (from as HTMLInputElement).form ?? from.closest('form');
  if (!form?.querySelector('input[type=password]')) return undefined;
  return form.querySelector<HTMLInputElement>('input[name="loginForm:loginName"], input[id="loginForm:loginName"]') ?? form.querySelector<HTMLInputElement>('input[type=text], input[type=email], input:not([type])');
}

export function watchPacerLogin(win: Window, ask: (request: GuideRequest) => Promise<unknown>): void {
  let lists: Pick<GuardFacts, 'sharedUsernames' | 'individualUsername'> | undefined;
  ask({ type: 'guard-facts' }).then(
    (answer) => {
      const a = (answer ?? {}) as Partial<GuardFacts>;
      if (Array.isArray(a.sharedUsernames) && typeof a.individualUsername === 'string') lists = { sharedUsernames: a.sharedUsernames.filter((s) => typeof s === 'string'), individualUsername: a.individualUsername };
    },
    () => undefined,
  );
  let sent: string | undefined;
  const signingIn = (event: Event) => {
    const origin = event.composedPath()[0];
    if (!(origin instanceof Element)) return;
    // PACER's login posts by script from its Login button (Enter in a field clicks it too); a plain form posts on submit.
    if (event.type === 'click' && !origin.closest('button:not([type]), button[type=submit], input[type=submit], input[type=image], [id$=":fbtnLogin"]')) return;
    const field = loginUsernameIn(event.type === 'submit' ? (event.target as Element) : origin);
    if (field === undefined) return;
    const username = field?.value ?? '';
    // Unknown when nothing was typed or the lists are not at hand: a doubt, never "not shared".
    const shared = username.trim() && lists ? isSharedUsername(username, lists) : null;
    if (sent === String(shared)) return;
    sent = String(shared);
    ask({ type: 'pacer-login', shared }).catch(() => {
      sent = undefined;
    });
  };
  win.addEventListener('submit', signingIn, true);
  win.addEventListener('click', signingIn, true);
}
