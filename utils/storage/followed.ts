// "This tab just followed the highlighted target of step X at court Y": in memory only
// (storage.session, gone with the browser, never on disk), per tab, taken once by the tab's next
// page and forgotten after a short while. It is what lets the guide tell a page it was led to (and
// does not know: the unexpected-page card) from one the user reached another way (silence).
import { browser } from 'wxt/browser';
import { STEP_IDS, type StepId } from '../../in-page/flow/step-ids';
import { oneAtATime } from './queue';

const KEY = 'followed';
/** Longer than any page load; short enough that a page typed in later is not taken for the next one. */
export const FOLLOWED_FRESH_MS = 2 * 60_000;

interface Followed {
  courtId: string;
  step: StepId;
  at: number;
}
type ByTab = Record<string, Followed>;

const isFollowed = (v: unknown): v is Followed => {
  const f = v as Partial<Followed> | null;
  return typeof f === 'object' && f !== null && typeof f.courtId === 'string' && typeof f.at === 'number' && STEP_IDS.includes(f.step as StepId);
};

// One change at a time (the storage module's queue): the next page's ask must see the click's fact,
// which may still be writing.
function change<T>(work: (byTab: ByTab) => { next: ByTab; result: T }): Promise<T> {
  return oneAtATime(KEY, async () => {
    const stored = (await browser.storage.session.get(KEY))[KEY];
    const byTab: ByTab = {};
    for (const [tab, f] of Object.entries(typeof stored === 'object' && stored ? stored : {})) if (isFollowed(f)) byTab[tab] = f;
    const { next, result } = work(byTab);
    // Nothing kept when nothing is pending: session storage holds only what a tab still needs.
    if (JSON.stringify(next) === JSON.stringify(stored ?? {})) return result;
    if (Object.keys(next).length) await browser.storage.session.set({ [KEY]: next });
    else await browser.storage.session.remove(KEY);
    return result;
  });
}

const fresh = (byTab: ByTab, now: number): ByTab =>
  Object.fromEntries(Object.entries(byTab).filter(([, f]) => now - f.at >= 0 && now - f.at < FOLLOWED_FRESH_MS));

export function recordFollowed(tabId: number, courtId: string, step: StepId, now = Date.now()): Promise<void> {
  return change((byTab) => ({ next: { ...fresh(byTab, now), [tabId]: { courtId, step, at: now } }, result: undefined }));
}

/** The tab's fresh fact for this court, removed whatever it says: a page load takes it once. */
export function takeFollowed(tabId: number, courtId: string, now = Date.now()): Promise<StepId | undefined> {
  return change((byTab) => {
    const { [tabId]: mine, ...others } = fresh(byTab, now);
    return { next: others, result: mine?.courtId === courtId ? mine.step : undefined };
  });
}
