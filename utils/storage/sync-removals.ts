// A court removed in one browser stays removed in every other: sync keeps a removal marker
// (`removed:<id>`, holding when) beside the courts' copies. Every merge honours it: a copy updated
// at or before the removal goes, in sync and in each browser; a court added or changed after it
// (a re-add) wins, and the marker goes. Markers expire, so sync does not fill with them: a browser
// that stays away longer than that may bring a removed court back.
import { COURT_ID, DAY } from './schema';

const PREFIX = 'removed:';
/** How long sync remembers a removal. */
export const REMOVAL_KEPT = 180 * DAY;

export const removalKey = (id: string) => `${PREFIX}${id}`;
export const removalIdOf = (key: string) => {
  const id = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : undefined;
  return id && COURT_ID.test(id) ? id : undefined;
};

export type Removal = { kind: 'none' } | { kind: 'at'; at: number } | { kind: 'expired' } | { kind: 'unreadable'; reason: string };

/** What a marker in sync says, at `now`. One stamped later than tomorrow is unreadable: it could outlast every re-add. */
export function readRemoval(raw: unknown, now = Date.now()): Removal {
  if (raw === undefined) return { kind: 'none' };
  const at = (raw as { at?: unknown } | null)?.at;
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 0) return { kind: 'unreadable', reason: 'not a removal time' };
  if (at > now + DAY) return { kind: 'unreadable', reason: 'removed later than tomorrow' };
  return at < now - REMOVAL_KEPT ? { kind: 'expired' } : { kind: 'at', at };
}

/** The marker for a court removed now, whose last record was updated at `updated`: later than that record, so it outranks it. */
export const removalNow = (updated: unknown, now = Date.now()) => ({ at: Math.min(Math.max(now, typeof updated === 'number' ? updated + 1 : 0), now + DAY) });
