// Facts about the current PACER login, in memory only (storage.session: gone when the browser
// closes, never written to disk). Never a username, never a password: only whether the login was a
// listed shared firm account, which decides whether filing menus seen now prove anything for the
// user, and whether the guard on the permanent link has its proof (in-page/guard).
//
// A login is judged when the user signs in, but counts only once PACER let them in: until the tab
// that signed in reaches a CM/ECF page, the fact is pending and the session's login is unknown (a
// refused attempt must not turn a shared session into a "not shared" one).
import { browser } from 'wxt/browser';
import type { LoginFacts } from '../messages';
import { oneAtATime } from './queue';

const KEY = 'login';
const PENDING = 'pendingLogin';
/** Longer than any sign-in with MFA; a pending login older than this is forgotten. */
const PENDING_FOR_MS = 15 * 60_000;

const readFacts = (value: unknown): LoginFacts | undefined => {
  const v = value as { shared?: unknown } | undefined;
  return v && typeof v.shared === 'boolean' ? { shared: v.shared } : undefined;
};

export async function readLogin(): Promise<LoginFacts | undefined> {
  return readFacts((await browser.storage.session.get(KEY))[KEY]);
}

/** A sign-in in tab `tabId`: the earlier login is forgotten now; this one counts once the tab reaches CM/ECF. */
export function recordSignIn(tabId: number | undefined, facts: LoginFacts | null, now = Date.now()): Promise<void> {
  return oneAtATime(KEY, async () => {
    await browser.storage.session.remove([KEY, PENDING]);
    if (facts && tabId !== undefined) await browser.storage.session.set({ [PENDING]: { tabId, shared: facts.shared, at: now } });
  });
}

/** Tab `tabId` reached a CM/ECF page: a sign-in it made is now the session's login. */
export function signedInFrom(tabId: number, now = Date.now()): Promise<void> {
  return oneAtATime(KEY, async () => {
    const pending = (await browser.storage.session.get(PENDING))[PENDING] as { tabId?: unknown; shared?: unknown; at?: unknown } | undefined;
    if (!pending || pending.tabId !== tabId) return;
    await browser.storage.session.remove(PENDING);
    const fresh = typeof pending.at === 'number' && now - pending.at >= 0 && now - pending.at < PENDING_FOR_MS;
    const facts = readFacts(pending);
    if (fresh && facts) await browser.storage.session.set({ [KEY]: facts });
  });
}
