// Facts about the current PACER login, in memory only (storage.session: gone when the browser
// closes, never written to disk). Never a username, never a password: only whether the login was a
// listed shared firm account, which decides whether filing menus seen now prove anything for the user.
import { browser } from 'wxt/browser';
import type { LoginFacts } from '../messages';

const KEY = 'login';

export async function readLogin(): Promise<LoginFacts | undefined> {
  const value = (await browser.storage.session.get(KEY))[KEY] as { shared?: unknown } | undefined;
  return value && typeof value.shared === 'boolean' ? { shared: value.shared } : undefined;
}

/** Records the session's login; null forgets it (a login the guide could not judge is unknown, never "not shared"). */
export async function recordLogin(facts: LoginFacts | null): Promise<void> {
  if (facts) await browser.storage.session.set({ [KEY]: { shared: facts.shared } });
  else await browser.storage.session.remove(KEY);
}
