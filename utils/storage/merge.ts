// The one rule for combining two copies of a court's record: status only moves forward and the
// first linked and verified times are kept, whatever order the copies arrive in. Writers in this
// browser, imports and the browser's sync all go through it.
import { type CourtRecord, type CourtStatus, DAY } from './schema';

export const STATUS_RANK: Record<CourtStatus, number> = { todo: 0, 'in-progress': 1, linked: 2, verified: 3 };

const earliest = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const furthest = (a: CourtStatus, b: CourtStatus) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a);

type Setbacks = NonNullable<CourtRecord['setbacks']>;

function mostSetbacks(a: Setbacks | undefined, b: Setbacks | undefined): Setbacks | undefined {
  if (!a || !b) return a ?? b;
  const most = (x?: number, y?: number) => (x === undefined ? y : y === undefined ? x : Math.max(x, y));
  const merged: Setbacks = {};
  for (const key of ['linkErrors', 'menusMissing'] as const) {
    const value = most(a[key], b[key]);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * Two copies of one court's record (same id) as one. Status is the furthest; added, linked and
 * verified are the earliest; the notification is kept when either has one; what the user or the
 * guide last chose (paused, lastStep, nextGenLayout) comes from the more recently updated copy
 * (`b` on a tie). Pure.
 */
export function mergeCourtRecords(a: CourtRecord, b: CourtRecord): CourtRecord {
  const [older, newer] = b.updated >= a.updated ? [a, b] : [b, a];
  const merged: CourtRecord = { id: newer.id, status: furthest(a.status, b.status), added: Math.min(a.added, b.added), updated: newer.updated };
  const rest: Omit<CourtRecord, keyof typeof merged> = {
    linked: earliest(a.linked, b.linked),
    verified: earliest(a.verified, b.verified),
    notification: newer.notification ?? older.notification,
    // A learned fact or the last step seen: an older copy's is better than none.
    lastStep: newer.lastStep ?? older.lastStep,
    // Goes with the last step it was learned at.
    openedSignedIn: newer.lastStep ? newer.openedSignedIn : older.openedSignedIn,
    nextGenLayout: newer.nextGenLayout ?? older.nextGenLayout,
    // Counted setbacks only grow: the advice never goes back to a remedy already tried.
    setbacks: mostSetbacks(a.setbacks, b.setbacks),
    // A choice: absent means "not paused", so the newer copy's word is final.
    paused: newer.paused,
  };
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) Object.assign(merged, { [key]: value });
  return merged;
}

/**
 * The time of a change to `record` made now: later than the record's own time even when another
 * browser's clock ran ahead and stamped it in the future, so the change wins every merge after it;
 * never past the bound every stored time keeps (no later than tomorrow, schema.ts).
 */
export const newerThan = (record: CourtRecord, now: number) => Math.min(Math.max(now, record.updated + 1), now + DAY);

/**
 * A record moved to at least `proven` at `now`: status never goes backwards, and the first linked
 * and verified times are stamped once.
 */
export function advance(record: CourtRecord, proven: CourtStatus, now: number): CourtRecord {
  const status = furthest(record.status, proven);
  const next: CourtRecord = { ...record, status, updated: newerThan(record, now) };
  if (STATUS_RANK[status] >= STATUS_RANK.linked) next.linked = record.linked ?? now;
  if (status === 'verified') next.verified = record.verified ?? now;
  return next;
}
