// The checklist: each court is its own key (`court:<id>`), so two tabs working on different courts
// never overwrite each other, and every write to one court waits for the one before it
// (queue.ts). A stored record this version cannot read stays where it is, untouched: a newer
// version that understands it finds it again.
import { browser } from 'wxt/browser';
import { isProcessed } from '../email';
import { opensSignedIn, STEP_INFO } from '../../in-page/flow/step-info';
import type { StepId } from '../../in-page/flow/step-ids';
import { COURT_PREFIX, courtKey as keyOf } from './court-key';
import { advance, mergeCourtRecords, newerThan, STATUS_RANK } from './merge';
import { oneAtATime } from './queue';
import { latestRemoval, readRemoval, removalKey, removalNow } from './sync-removals';
import { CourtRecord, type CourtStatus, type Notification, TOO_LATE } from './schema';
import { type InvalidEntry, SET_ASIDE_PREFIX, setAside } from './set-aside';
import { readStoredSettings } from './settings-check';

/** `late`: the record is readable but for a time later than tomorrow (schema.ts). */
export type Slot = { kind: 'absent' } | { kind: 'readable'; record: CourtRecord } | { kind: 'unreadable'; reason: string; late?: true };

/** What a stored court key holds (in storage.local, or a copy in storage.sync). */
export function readSlot(key: string, raw: unknown): Slot {
  if (raw === undefined) return { kind: 'absent' };
  const parsed = CourtRecord.safeParse(raw);
  if (!parsed.success) {
    const { issues } = parsed.error;
    const reason = `${issues[0]?.path.join('.') || 'record'}: ${issues[0]?.message ?? 'invalid'}`;
    return issues.every((issue) => issue.message === TOO_LATE) ? { kind: 'unreadable', reason, late: true } : { kind: 'unreadable', reason };
  }
  return key === keyOf(parsed.data.id) ? { kind: 'readable', record: parsed.data } : { kind: 'unreadable', reason: 'court id does not match its key' };
}

/**
 * A stored record stamped later than tomorrow is moved aside (kept, listed on the options page,
 * restored once its time has come) so that it never blocks the court: its key is then empty.
 */
async function moveAsideIfLate(key: string, raw: unknown, slot: Slot): Promise<Slot> {
  if (slot.kind !== 'unreadable' || !slot.late) return slot;
  await setAside(key, raw, slot.reason);
  await browser.storage.local.remove(key);
  return { kind: 'absent' };
}

async function slotOf(id: string): Promise<Slot> {
  const key = keyOf(id);
  const raw = (await browser.storage.local.get(key))[key];
  return moveAsideIfLate(key, raw, readSlot(key, raw));
}

export async function readCourt(id: string): Promise<CourtRecord | undefined> {
  const slot = await slotOf(id);
  return slot.kind === 'readable' ? slot.record : undefined;
}

/**
 * Two records hold the same facts (key order aside; `updated` too unless told to ignore it). An
 * earlier version's `mfaSeen` is no fact here (it is the PACER account's now): a copy that differs by
 * it alone is the same, so a browser still on that version and this one never rewrite each other.
 */
export const sameRecord = (a: CourtRecord, b: CourtRecord, ignoreTime = false) => {
  const facts = ({ mfaSeen: _legacy, ...r }: CourtRecord) =>
    JSON.stringify(Object.entries({ ...r, ...(ignoreTime && { updated: 0 }) }).sort(([x], [y]) => x.localeCompare(y)));
  return facts(a) === facts(b);
};

/** Runs `work` in the court's turn: after every earlier write to that court, here or in another page. */
export function inCourtTurn<T>(id: string, work: () => Promise<T>): Promise<T> {
  return oneAtATime(keyOf(id), work);
}

/**
 * The one way a court's record changes, for a caller already in the court's turn: from what is
 * stored now, `decide` returns the next record, or undefined to leave it. Nothing is written over an
 * unreadable record, and nothing is written when only the time would change, unless `timeCounts`
 * (a copy from another browser: its later time is taken, so both copies end the same).
 */
export async function changeCourtInTurn(
  id: string,
  decide: (record: CourtRecord | undefined) => CourtRecord | undefined,
  { timeCounts = false } = {},
): Promise<CourtRecord | undefined> {
  const slot = await slotOf(id);
  if (slot.kind === 'unreadable') return undefined;
  const current = slot.kind === 'readable' ? slot.record : undefined;
  const next = decide(current);
  if (!next || (current && sameRecord(next, current, !timeCounts))) return current;
  const valid = CourtRecord.parse(next);
  await browser.storage.local.set({ [keyOf(id)]: valid });
  return valid;
}

/** Changes a court's record in its turn (see changeCourtInTurn). */
function changeCourt(id: string, decide: (record: CourtRecord | undefined) => CourtRecord | undefined): Promise<CourtRecord | undefined> {
  return inCourtTurn(id, () => changeCourtInTurn(id, decide));
}

export interface Checklist {
  courts: CourtRecord[];
  /** Stored courts and settings this version cannot read; left in place untouched and reported. */
  invalid: InvalidEntry[];
}

/** Every court on the checklist, oldest first. Unreadable records are reported, never moved. */
export async function readChecklist(): Promise<Checklist> {
  const all = await browser.storage.local.get(null);
  const courts: CourtRecord[] = [];
  const invalid: InvalidEntry[] = readStoredSettings(all.settings).rejected.map((r) => ({
    key: r.path === 'settings' ? r.path : `settings.${r.path}`,
    reason: r.reason,
  }));
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(COURT_PREFIX)) {
      const read = readSlot(key, value);
      const slot =
        read.kind === 'unreadable' && read.late ? await inCourtTurn(key.slice(COURT_PREFIX.length), () => slotOf(key.slice(COURT_PREFIX.length))) : read;
      if (slot.kind === 'readable') courts.push(slot.record);
      else if (slot.kind === 'unreadable') invalid.push({ key, reason: slot.reason });
    } else if (key.startsWith(`${SET_ASIDE_PREFIX}${COURT_PREFIX}`)) {
      const restored = await restoreSetAside(key, value);
      if (restored) courts.push(restored);
    }
  }
  const byId = new Map(courts.map((c) => [c.id, c]));
  return { courts: [...byId.values()].sort((a, b) => a.added - b.added || a.id.localeCompare(b.id)), invalid };
}

/**
 * Earlier versions moved an unreadable record to invalid:court:<id>. When this version can read it,
 * it goes back on the checklist (merged with any record added since).
 */
async function restoreSetAside(key: string, entry: unknown): Promise<CourtRecord | undefined> {
  const id = key.slice(SET_ASIDE_PREFIX.length + COURT_PREFIX.length).split('#')[0];
  const parsed = CourtRecord.safeParse((entry as { value?: unknown } | null)?.value);
  if (!parsed.success || parsed.data.id !== id) return undefined;
  const restored = await changeCourt(id, (current) => (current ? mergeCourtRecords(current, parsed.data) : parsed.data));
  if (restored) await browser.storage.local.remove(key);
  return restored;
}

/**
 * A court put on the checklist now: stamped after any removal of it this browser or sync remembers,
 * so the add wins over that removal even when the browser that removed it had a clock running ahead.
 */
async function newRecord(id: string, now: number): Promise<CourtRecord> {
  const key = removalKey(id);
  const [here, there] = await Promise.all([browser.storage.local.get(key), browser.storage.sync.get(key).catch(() => ({}) as Record<string, unknown>)]);
  const removed = latestRemoval(readRemoval(here[key]), readRemoval(there[key]));
  return { id, status: 'todo', added: now, updated: removed === undefined ? now : Math.max(now, removed + 1) };
}

/**
 * Puts a court on the checklist, or resumes it when paused. Resolves to undefined (and writes
 * nothing) when the stored record is one this version cannot read.
 */
export async function addCourt(id: string, now = Date.now()): Promise<CourtRecord | undefined> {
  const fresh = await newRecord(id, now);
  return changeCourt(id, (record) => {
    if (!record) return fresh;
    if (!record.paused) return undefined;
    const { paused: _resumed, ...rest } = record;
    return { ...rest, updated: newerThan(record, now) };
  });
}

/** Puts a court on the checklist only when it is not there: a paused or finished court stays as it is. */
export async function addMissingCourt(id: string, now = Date.now()): Promise<CourtRecord | undefined> {
  const fresh = await newRecord(id, now);
  return changeCourt(id, (record) => (record ? undefined : fresh));
}

/**
 * Takes a court off the checklist, leaving a removal marker (sync-removals.ts) so that no copy of
 * it from before, in sync or another browser, brings it back. An unreadable record is left as it is.
 */
export async function removeCourt(id: string, now = Date.now()): Promise<void> {
  await inCourtTurn(id, async () => {
    const slot = await slotOf(id);
    if (slot.kind === 'unreadable') return;
    await browser.storage.local.set({ [removalKey(id)]: removalNow(slot.kind === 'readable' ? slot.record.updated : undefined, now) });
    await browser.storage.local.remove(keyOf(id));
  });
}

export async function setPaused(id: string, paused: boolean, now = Date.now()): Promise<void> {
  await changeCourt(id, (record) => {
    if (!record || Boolean(record.paused) === paused) return undefined;
    const { paused: _was, ...rest } = record;
    return { ...rest, ...(paused && { paused: true }), updated: newerThan(record, now) };
  });
}

export type Setback = keyof NonNullable<CourtRecord['setbacks']>;

/**
 * One more page that showed a setback for a court on the checklist: the link form refused the
 * login, or the filing menus are still missing although the court is linked. Returns the record.
 */
export function countSetback(id: string, setback: Setback, now = Date.now()): Promise<CourtRecord | undefined> {
  return changeCourt(id, (record) => {
    if (!record || (setback === 'menusMissing' && record.status !== 'linked')) return undefined;
    const setbacks = { ...record.setbacks, [setback]: Math.min((record.setbacks?.[setback] ?? 0) + 1, 1000) };
    return { ...record, setbacks, updated: newerThan(record, now) };
  });
}

/** The status a step proves (its entry in flow/step-info.ts). */
const provenBy = (step: StepId): CourtStatus => STEP_INFO[step].proves ?? 'in-progress';

/** This session's PACER login as the background saw it: the user's own, a shared one, or not seen. */
export type LoginStatus = 'own' | 'shared' | 'unknown';

/**
 * Records that a step was seen for a court on the checklist. `login`: this session's PACER login as
 * the background saw it. Filing menus verify a court only under a login the guide saw and found not
 * shared; under a shared or unknown login they prove only that the court is linked (to some account).
 */
export function recordProgress(
  id: string,
  step: StepId,
  extra: Pick<CourtRecord, 'nextGenLayout'> = {},
  now = Date.now(),
  facts: { login?: LoginStatus } = {},
): Promise<CourtRecord | undefined> {
  return inCourtTurn(id, () => recordProgressInTurn(id, step, extra, now, facts));
}

/** recordProgress() for a caller already in the court's turn (inCourtTurn). */
export function recordProgressInTurn(
  id: string,
  step: StepId,
  extra: Pick<CourtRecord, 'nextGenLayout'> = {},
  now = Date.now(),
  { login = 'unknown' }: { login?: LoginStatus } = {},
): Promise<CourtRecord | undefined> {
  const proven = provenBy(step);
  return changeCourtInTurn(id, (record) => {
    if (!record) return undefined;
    const { openedSignedIn: _was, ...rest } = record;
    const signedIn = opensSignedIn(record.lastStep, step, record.openedSignedIn === true);
    return advance(
      { ...rest, ...extra, lastStep: step, ...(signedIn && { openedSignedIn: true as const }) },
      login !== 'own' && proven === 'verified' ? 'linked' : proven,
      now,
    );
  });
}

/** A court's record as it is once every change already asked for has been made. */
export const readCourtInTurn = (id: string): Promise<CourtRecord | undefined> => inCourtTurn(id, () => readCourt(id));

/** Stores the court's link notification; a processed link proves the court is linked. */
export async function saveNotification(id: string, notification: Notification, now = Date.now()): Promise<void> {
  await changeCourt(id, (record) => record && advance({ ...record, notification }, isProcessed(notification) ? 'linked' : record.status, now));
}

export type MergeOutcome = 'added' | 'forward' | 'updated' | 'unchanged' | 'unreadable';

/** What merging `incoming` into `current` does, for a preview (a newer time alone changes nothing). Pure. */
export function mergeOutcome(current: CourtRecord | undefined, incoming: CourtRecord): MergeOutcome {
  if (!current) return 'added';
  const merged = mergeCourtRecords(current, incoming);
  if (STATUS_RANK[merged.status] > STATUS_RANK[current.status]) return 'forward';
  return sameRecord(merged, current, true) ? 'unchanged' : 'updated';
}
