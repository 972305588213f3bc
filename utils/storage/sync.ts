// "Keep my checklist in sync across my browsers": storage.local stays the one source the guide
// reads; the browser's own sync (storage.sync) holds a mirror, one key per court (`court:<id>`, as
// locally) and one per synced setting (sync-settings.ts). Every copy meets every other through the
// forward-only rule (merge.ts), so whichever browser writes first, and in whatever order the copies
// arrive, a court never moves back. The background is the one place that mirrors: it hears every
// local change and every change sync brings from another browser (mirrorChange).
import { browser } from 'wxt/browser';
import { courtById } from '../courts/catalog';
import { courtIdOf, courtKey } from './court-key';
import { changeCourtInTurn, inCourtTurn, readCourt, readSlot, sameRecord } from './courts';
import { mergeCourtRecords } from './merge';
import type { CourtRecord } from './schema';
import { setAsideOnce } from './set-aside';
import { planSyncWrite } from './sync-limits';
import { latestRemoval, readRemoval, removalIdOf, removalKey } from './sync-removals';
import { adopt, changedSettings, join, joinRefusal, settingKey, settleSettings, syncedFieldOf } from './sync-settings';
import { changeSyncState, readSyncStatus, settleSyncProblem, type SyncStatus } from './sync-state';

/** The layout of what this version keeps in sync; a newer one is left alone, never overwritten. */
const SYNC_VERSION = 1;
const VERSION_KEY = 'version';

const NEWER =
  "Your browser's sync holds a checklist from a newer version of CM/ECF Link Guide. Update the extension in this browser, then turn sync on again. Everything is kept in this browser.";

/** A refusal to turn sync on, in plain words. Nothing was changed. */
export class SyncError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncError';
  }
}

const isNewer = (version: unknown) => typeof version === 'number' && version > SYNC_VERSION;

const SETTING_NAMES = {
  individualUsername: 'Your PACER username',
  sharedUsernames: 'Your list of shared firm usernames',
  firmNames: 'Your list of firm names',
} as const;

/** The court a key of sync concerns: its record's copy, or the marker of its removal. */
const courtOfKey = (key: string) => courtIdOf(key) ?? removalIdOf(key);

/** An item of sync, named for people. */
const describe = (key: string) => {
  const id = courtIdOf(key);
  const field = syncedFieldOf(key);
  return id ? `The record of ${id.toUpperCase()}` : field ? SETTING_NAMES[field] : key;
};

/** Writes to sync what fits within its limits; what does not stays local, and the user is told. */
async function writeToSync(writes: Record<string, unknown>): Promise<void> {
  const keys = Object.keys(writes);
  if (!keys.length) return;
  const { fits, problem } = planSyncWrite(await browser.storage.sync.get(null), writes, describe);
  const sent = Object.keys(fits);
  try {
    if (sent.length) await browser.storage.sync.set(fits);
  } catch (error) {
    const text = `Your browser's sync did not take the last change (${(error as Error).message}). Everything is kept in this browser; it is sent again with the next change or the next start of the browser.`;
    return settleSyncProblem({ text }, [], keys);
  }
  await settleSyncProblem(
    problem,
    sent,
    keys.filter((key) => !(key in fits)),
  );
}

/**
 * One court, in its turn: sync's copy merged into this browser's record (forward-only), and what
 * sync should hold where it is behind (returned as writes). A copy this version cannot read (a newer
 * version's, or a court it does not know) is set aside here, listed on the options page and never
 * written over. The latest removal marker here or in sync (sync-removals.ts) takes every copy
 * updated at or before it, here and in sync; a record updated after it was added again, and the
 * markers go.
 */
function settleCourt(id: string): Promise<Record<string, unknown>> {
  return inCourtTurn(id, async () => {
    const [key, mark] = [courtKey(id), removalKey(id)];
    const [here, held] = await Promise.all([browser.storage.local.get(mark), browser.storage.sync.get([key, mark])]);
    const [markHere, markThere] = [readRemoval(here[mark]), readRemoval(held[mark])];
    if (markThere.kind === 'unreadable') await setAsideOnce(`sync:${mark}`, held[mark], `from the browser's sync: ${markThere.reason}`);
    if (markHere.kind === 'expired' || markHere.kind === 'unreadable') await browser.storage.local.remove(mark);
    if (markThere.kind === 'expired') await browser.storage.sync.remove(mark);
    const raw = held[key];
    const synced = readSlot(key, raw);
    const reason =
      synced.kind === 'unreadable' ? synced.reason : synced.kind === 'readable' && !courtById(id) ? 'a court this version does not know' : undefined;
    if (reason) {
      await setAsideOnce(`sync:${key}`, raw, `from the browser's sync: ${reason}`);
      // A newer version's record is left for it; one dated later than tomorrow is kept aside here
      // and, so that it never stops this court's sync, this browser's record takes its place.
      if (!(synced.kind === 'unreadable' && synced.late)) return {};
    }
    let copy = synced.kind === 'readable' ? synced.record : undefined;
    const removed = latestRemoval(markHere, markThere);
    const writes: Record<string, unknown> = {};
    if (removed !== undefined) {
      const gone = (record?: CourtRecord) => record !== undefined && record.updated <= removed;
      if (gone(copy) || (raw !== undefined && !copy)) await browser.storage.sync.remove(key);
      if (gone(copy)) copy = undefined;
      const local = await readCourt(id);
      if (gone(local)) await browser.storage.local.remove(key);
      if ((local && !gone(local)) || copy) {
        // Added again after the removal: the markers go.
        await browser.storage.local.remove(mark);
        if (markThere.kind === 'at') await browser.storage.sync.remove(mark);
      } else if (markThere.kind !== 'at' || markThere.at < removed) {
        writes[mark] = { at: removed };
      }
    }
    const local = await changeCourtInTurn(id, (current) => (copy && current ? mergeCourtRecords(current, copy) : copy), { timeCounts: true });
    if (local && !(copy && sameRecord(local, copy, true))) writes[key] = local;
    return writes;
  });
}

async function settleCourts(ids: Iterable<string>): Promise<Record<string, unknown>> {
  const writes: Record<string, unknown> = {};
  for (const id of new Set(ids)) Object.assign(writes, await settleCourt(id));
  return writes;
}

/** Sync stops, with the reason; nothing is deleted anywhere. */
const stop = (text: string) => changeSyncState(() => ({ on: false, problem: { text } }));

/** Every court and synced setting, both ways: when sync is turned on (`join`), and at each browser start. */
async function syncEverything(combine: typeof join): Promise<void> {
  const [local, synced, { pending }] = await Promise.all([browser.storage.local.get(null), browser.storage.sync.get(null), readSyncStatus()]);
  if (isNewer(synced[VERSION_KEY])) return stop(NEWER);
  // What this browser changed and sync never took is sent again, never replaced by sync's older copy.
  for (const key of pending) delete synced[key];
  const ids = [...Object.keys(local), ...Object.keys(synced)].flatMap((key) => courtOfKey(key) ?? []);
  const writes = { ...(await settleCourts(ids)), ...(await settleSettings(synced, combine)) };
  // Only ever raised (a newer version's sync stopped above).
  if (!(typeof synced[VERSION_KEY] === 'number' && synced[VERSION_KEY] >= SYNC_VERSION)) writes[VERSION_KEY] = SYNC_VERSION;
  await writeToSync(writes);
}

/**
 * Turns sync on: what sync already holds (from another browser) and what this browser holds are
 * merged both ways, forward-only; lists of names are combined. Throws a SyncError, changing
 * nothing, when the firm's policy forbids it or sync holds a newer version's checklist.
 */
export async function turnSyncOn(): Promise<SyncStatus> {
  if (!(await readSyncStatus()).allowed) throw new SyncError("Your firm's policy does not allow sync for this extension. Nothing was changed.");
  if (isNewer((await browser.storage.sync.get(VERSION_KEY))[VERSION_KEY])) throw new SyncError(NEWER);
  const refusal = await joinRefusal();
  if (refusal) throw new SyncError(refusal);
  // On first, so a change made while everything is merged is mirrored too.
  await changeSyncState(() => ({ on: true }));
  await syncEverything(join);
  return readSyncStatus();
}

/** Turns sync off in this browser: nothing more is sent or taken; everything stays here, and the synced copy stays for other browsers. */
export async function turnSyncOff(): Promise<void> {
  await changeSyncState(() => ({ on: false }));
}

/** Runs background work on sync; a failure is shown as a sync problem, never thrown. */
async function orProblem(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const text = `Sync stopped for a moment (${(error as Error).message}). Everything is kept in this browser; the next change tries again.`;
    await settleSyncProblem({ text }, []).catch(() => undefined);
  }
}

/** At browser start: catches up with what changed elsewhere (or failed to send) while this browser was closed. */
export function resumeSync(): Promise<void> {
  return orProblem(async () => {
    if ((await readSyncStatus()).on) await syncEverything(adopt);
  });
}

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

async function mirror(changes: Changes, area: 'local' | 'sync'): Promise<void> {
  const keys = Object.keys(changes);
  const courts = [...new Set(keys.flatMap((key) => courtOfKey(key) ?? []))];
  const fields = keys.flatMap((key) => syncedFieldOf(key) ?? []);
  const relevant = courts.length > 0 || (area === 'local' ? 'settings' in changes : fields.length > 0 || VERSION_KEY in changes);
  const status = await readSyncStatus();
  if (!relevant || !status.on) return;
  if (area === 'sync' && isNewer(changes[VERSION_KEY]?.newValue)) return stop(NEWER);
  if (area === 'local') {
    const settings = 'settings' in changes ? await changedSettings(changes.settings.oldValue, changes.settings.newValue) : {};
    // A court removed here is settled too: its marker takes sync's copy and goes to sync.
    return writeToSync({ ...(await settleCourts(courts)), ...settings });
  }
  // What sync holds now, not what the event says: events arrive late, and an old one must not win.
  const arrived = (key: string) => changes[key]?.newValue != null;
  // A setting changed here that sync has not taken yet is newer than anything sync holds.
  const fresh = fields.filter((field) => arrived(settingKey(field)) && !status.pending.includes(settingKey(field)));
  const settings = fresh.length ? await settleSettings(await browser.storage.sync.get(fresh.map(settingKey)), adopt, fresh) : {};
  await writeToSync({ ...(await settleCourts(courts.filter((id) => arrived(courtKey(id)) || arrived(removalKey(id))))), ...settings });
}

/**
 * The background's listener for storage.onChanged: a local change is sent to sync, a change from
 * another browser is merged here. Never throws: a failure is shown as a sync problem.
 */
export async function mirrorChange(changes: Changes, area: string): Promise<void> {
  if (area === 'local' || area === 'sync') await orProblem(() => mirror(changes, area));
}
