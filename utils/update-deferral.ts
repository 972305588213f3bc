// An update of the extension waits while a tab holds the link utility's page: applying it would
// leave that page with a copy of the guard the browser has cut off (Chrome) or inject a new one
// mid-question (Firefox). The tabs are the ones whose guard asked for its facts on an armed page
// (utils/guide-requests.ts); a tab leaves the list when it loads another page or closes.
import { browser } from 'wxt/browser';
import { oneAtATime } from './storage/queue';

const KEY = 'guardedTabs';
const PENDING = 'updatePending';

export interface Deferral {
  /** A tab's guard is armed on the link utility's page (or the page that answers it). */
  guarding(tabId: number): Promise<void>;
  /** A tab left its page (navigated or closed). */
  left(tabId: number): Promise<void>;
  /** The browser has an update ready. */
  updateAvailable(): Promise<void>;
}

/** `reload`: applies the update (runtime.reload()). */
export function updateDeferral(reload: () => void): Deferral {
  const change = (work: (tabs: number[]) => number[]) =>
    oneAtATime(KEY, async () => {
      const stored = await browser.storage.session.get([KEY, PENDING]);
      const tabs = work(Array.isArray(stored[KEY]) ? (stored[KEY] as unknown[]).filter((t): t is number => typeof t === 'number') : []);
      await browser.storage.session.set({ [KEY]: tabs });
      if (stored[PENDING] === true && tabs.length === 0) reload();
    });
  return {
    guarding: (tabId) => change((tabs) => (tabs.includes(tabId) ? tabs : [...tabs, tabId])),
    left: (tabId) => change((tabs) => tabs.filter((t) => t !== tabId)),
    async updateAvailable() {
      await browser.storage.session.set({ [PENDING]: true });
      await change((tabs) => tabs);
    },
  };
}
