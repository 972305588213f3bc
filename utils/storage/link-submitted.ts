// "This tab just sent a submission of the link utility at court X, from this frame": in memory only
// (storage.session, gone with the browser), per tab, taken once by the page that answers it. It is
// how the guard knows the page that answers the link form, whatever that page is titled
// (in-page/guard). The guard asks when it decides, which may be long after its page loaded (at the
// user's first move): freshness is judged by when the asking page loaded, not by when it asks.
import { browser } from 'wxt/browser';
import { oneAtATime } from './queue';

const KEY = 'linkSubmitted';
/** The court's answer comes in seconds; a page that loaded much later is not that answer. */
const LINK_SUBMITTED_FRESH_MS = 10 * 60_000;
/**
 * A page that loaded this long before the record is not its answer (the answer's navigation starts
 * as the form is sent, a moment before the background, perhaps waking, writes the record).
 */
const LOADED_BEFORE_SLACK_MS = 30_000;
/** How long an untaken record is kept: its page may ask at the user's first move there, hours later. */
const KEPT_MS = 12 * 60 * 60_000;

interface Submitted {
  courtId: string;
  at: number;
  /** The frame that sent it: the answer loads in that frame (or, sent with target=_top, in the top frame). */
  frameId: number;
}
type ByTab = Record<string, Submitted>;

function change<T>(work: (byTab: ByTab) => { next: ByTab; result: T }, now: number): Promise<T> {
  return oneAtATime(KEY, async () => {
    const stored = (await browser.storage.session.get(KEY))[KEY];
    const byTab: ByTab = {};
    for (const [tab, value] of Object.entries(typeof stored === 'object' && stored ? stored : {})) {
      const v = value as { courtId?: unknown; at?: unknown; frameId?: unknown };
      if (typeof v?.courtId === 'string' && typeof v.at === 'number' && now - v.at >= 0 && now - v.at < KEPT_MS)
        byTab[tab] = { courtId: v.courtId, at: v.at, frameId: typeof v.frameId === 'number' ? v.frameId : 0 };
    }
    const { next, result } = work(byTab);
    if (Object.keys(next).length) await browser.storage.session.set({ [KEY]: next });
    else if (stored !== undefined) await browser.storage.session.remove(KEY);
    return result;
  });
}

export function recordLinkSubmitted(tabId: number, courtId: string, frameId = 0, now = Date.now()): Promise<void> {
  return change((byTab) => ({ next: { ...byTab, [tabId]: { courtId, at: now, frameId } }, result: undefined }), now);
}

/** The page that asks: its frame, and when it loaded (its navigation's start, ms since the epoch; now when unknown). */
export interface Asking {
  frameId?: number;
  loadedAt?: number;
}

/**
 * Whether the tab's last link submission was at this court and this page is its answer: it loaded
 * in the frame that sent it (or the top frame), soon after. Taken when it is; another frame's page,
 * or one loaded too early, leaves it for the answer.
 */
export function takeLinkSubmitted(tabId: number, courtId: string, { frameId = 0, loadedAt }: Asking = {}, now = Date.now()): Promise<boolean> {
  const loaded = loadedAt ?? now;
  return change((byTab) => {
    const { [tabId]: mine, ...others } = byTab;
    if (!mine) return { next: byTab, result: false };
    const answers = (frameId === mine.frameId || frameId === 0) && loaded >= mine.at - LOADED_BEFORE_SLACK_MS && loaded - mine.at < LINK_SUBMITTED_FRESH_MS;
    if (!answers) return { next: byTab, result: false };
    return { next: others, result: mine.courtId === courtId };
  }, now);
}
