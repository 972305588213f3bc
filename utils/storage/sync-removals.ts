// A court removed in one browser stays removed in every other. Removing a court leaves a marker,
// `removed:<id>` = { at }, later than the record it removed: in storage.local at once, and, while
// sync is on, in storage.sync beside the courts' copies. Every merge honours the latest marker it
// knows: a copy updated at or before it goes, here and in sync; a court added or changed after it
// (a re-add) wins, and the markers go. Markers expire, so neither area fills with them: a browser
// that stays away longer than that may bring a removed court back.
import { COURT_ID, DAY } from './schema';

const PREFIX = 'removed:';
/** How long a removal is remembered. */
const REMOVAL_KEPT = 180 * DAY;
/** A marker's latest time: a second short of the records' bound, so a re-add can always be stamped after it. */
const LATEST = DAY - 1000;

export const removalKey = (id: string) => `${PREFIX}${id}`;
export const removalIdOf = (key: string) => {
  const id = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : undefined;
  return id && COURT_ID.test(id) ? id : undefined;
};

export type Removal = { kind: 'none' } | { kind: 'at'; at: number } | { kind: 'expired' } | { kind: 'unreadable'; reason: string };

/** What a marker says, at `now`. One stamped later than tomorrow is unreadable: it could outlast every re-add. */
export function readRemoval(raw: unknown, now = Date.now()): Removal {
  if (raw === undefined) return { kind: 'none' };
  const at = (raw as { at?: unknown } | null)?.at;
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 0) return { kind: 'unreadable', reason: 'not a removal time' };
  if (at > now + LATEST) return { kind: 'unreadable', reason: 'removed later than tomorrow' };
  return at < now - REMOVAL_KEPT ? { kind: 'expired' } : { kind: 'at', at };
}

/** The later of two markers' times, or undefined when neither holds one. */
export const latestRemoval = (...removals: Removal[]) => {
  const times = removals.flatMap((r) => (r.kind === 'at' ? [r.at] : []));
  return times.length ? Math.max(...times) : undefined;
};

/** The marker for a court removed now, whose record was updated at `updated`: later than that record, so it outranks it. */
export const removalNow = (updated: unknown, now = Date.now()) => ({
  at: Math.min(Math.max(now, typeof updated === 'number' ? updated + 1 : 0), now + LATEST),
});
