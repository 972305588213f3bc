// "This tab just sent a submission of the link utility at court X": in memory only (storage.session,
// gone with the browser), per tab, taken once by the tab's next CM/ECF page at that court. It is how
// the guard knows the page that answers the link form, whatever that page is titled (in-page/guard).
import { browser } from 'wxt/browser';
import { oneAtATime } from './queue';

const KEY = 'linkSubmitted';
/** The court's answer comes in seconds; a page opened much later is not that answer. */
const LINK_SUBMITTED_FRESH_MS = 10 * 60_000;

type ByTab = Record<string, { courtId: string; at: number }>;

function change<T>(work: (byTab: ByTab, now: number) => { next: ByTab; result: T }, now: number): Promise<T> {
  return oneAtATime(KEY, async () => {
    const stored = (await browser.storage.session.get(KEY))[KEY];
    const byTab: ByTab = {};
    for (const [tab, value] of Object.entries(typeof stored === 'object' && stored ? stored : {})) {
      const v = value as { courtId?: unknown; at?: unknown };
      if (typeof v?.courtId === 'string' && typeof v.at === 'number' && now - v.at >= 0 && now - v.at < LINK_SUBMITTED_FRESH_MS)
        byTab[tab] = { courtId: v.courtId, at: v.at };
    }
    const { next, result } = work(byTab, now);
    if (Object.keys(next).length) await browser.storage.session.set({ [KEY]: next });
    else if (stored !== undefined) await browser.storage.session.remove(KEY);
    return result;
  });
}

export function recordLinkSubmitted(tabId: number, courtId: string, now = Date.now()): Promise<void> {
  return change((byTab) => ({ next: { ...byTab, [tabId]: { courtId, at: now } }, result: undefined }), now);
}

/** Whether the tab's last link submission was at this court; taken either way, once. */
export function takeLinkSubmitted(tabId: number, courtId: string, now = Date.now()): Promise<boolean> {
  return change((byTab) => {
    const { [tabId]: mine, ...others } = byTab;
    return { next: others, result: mine?.courtId === courtId };
  }, now);
}
