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
/** The courts where a filing agent chose a filer since this login: CM/ECF acts as that filer there until a next sign-in counts. */
const FILER = 'filerChosen';
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
    if (!fresh || !facts) return;
    await browser.storage.session.set({ [KEY]: facts });
    // A new CM/ECF session: no filer chosen in it yet. Not at the attempt itself: a refused one
    // leaves the agent's session, and its filer, as they were.
    await browser.storage.session.remove(FILER);
  });
}

const courtsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);

/**
 * A filing agent chose a filer at court `courtId`: until a next sign-in counts, the filing menus there
 * are that filer's, whatever steps the agent's pages record meanwhile (the filer's Utilities, a
 * checklist imported, the court removed and added again).
 */
export function recordFilerChosen(courtId: string): Promise<void> {
  return oneAtATime(KEY, async () => {
    const courts = courtsOf((await browser.storage.session.get(FILER))[FILER]);
    if (!courts.includes(courtId)) await browser.storage.session.set({ [FILER]: [...courts, courtId] });
  });
}

/** Whether a filer was chosen at court `courtId` since this login (recordFilerChosen). */
export async function readFilerChosen(courtId: string): Promise<boolean> {
  return courtsOf((await browser.storage.session.get(FILER))[FILER]).includes(courtId);
}
