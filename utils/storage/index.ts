// The one storage module: every read validates, every write is a small verb on one court's own
// key, so two tabs working on different courts never overwrite each other.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { isProcessed } from '../email';
import type { StepId } from '../flow/step-ids';
import { ChecklistFile, CourtRecord, type CourtStatus, DEFAULT_SETTINGS, type Notification, Policy, Prerequisites, Settings } from './schema';

export * from './schema';
export { watchStorage } from './watch';

const COURT_PREFIX = 'court:';
const SET_ASIDE_PREFIX = 'invalid:';
const courtKey = (id: string) => `local:${COURT_PREFIX}${id}` as const;

/**
 * v1 kept PACER usernames as typed. PACER usernames are case-insensitive, so v2 keeps them
 * trimmed, lower-case and once each; firm names are trimmed and de-duplicated.
 */
export function migrateSettingsV1toV2(v1: unknown): unknown {
  if (!v1 || typeof v1 !== 'object') return v1;
  const old = v1 as Record<string, unknown>;
  const list = (value: unknown, fold: (s: string) => string) =>
    Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === 'string').map(fold).filter(Boolean))] : value;
  return {
    ...old,
    individualUsername: typeof old.individualUsername === 'string' ? old.individualUsername.trim().toLowerCase() : old.individualUsername,
    sharedUsernames: list(old.sharedUsernames, (s) => s.trim().toLowerCase()),
    firmNames: list(old.firmNames, (s) => s.replace(/\s+/g, ' ').trim()),
  };
}

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsV1toV2 },
});
export const prerequisitesItem = storage.defineItem<unknown>('local:prerequisites', { fallback: { upgraded: 'unknown' }, version: 1 });

export interface InvalidEntry {
  key: string;
  reason: string;
}

/** Keeps a value that failed validation under invalid:<key> so nothing is lost, and reports it. */
async function setAside(key: string, value: unknown, reason: string): Promise<InvalidEntry> {
  await browser.storage.local.set({ [`${SET_ASIDE_PREFIX}${key}`]: { value, reason, at: Date.now() } });
  await browser.storage.local.remove(key);
  return { key, reason };
}

/** The firm's policy, if its IT set one; {} when there is none or it is malformed. */
export async function readPolicy(): Promise<Policy> {
  try {
    const parsed = Policy.safeParse(await browser.storage.managed.get(null));
    return parsed.success ? parsed.data : {};
  } catch {
    // Firefox rejects when no policies.json names this extension.
    return {};
  }
}

/** The user's own settings, without the firm's policy. */
export async function readOwnSettings(): Promise<Settings> {
  const parsed = Settings.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

const union = (a: readonly string[], b: readonly string[] = []) => [...new Set([...a, ...b])];

/** The settings in force: the user's, with the firm's lists merged in (never dropped). */
export async function readSettings(): Promise<Settings> {
  const [own, policy] = await Promise.all([readOwnSettings(), readPolicy()]);
  return {
    ...own,
    sharedUsernames: union(own.sharedUsernames, policy.sharedUsernames?.map((u) => u.toLowerCase())),
    firmNames: union(own.firmNames, policy.firmNames),
  };
}

let settingsWrites: Promise<unknown> = Promise.resolve();

/** Changes some settings; changes made in quick succession are applied one after another. */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const write = settingsWrites.then(async () => {
    const next = Settings.parse({ ...(await readOwnSettings()), ...change });
    await settingsItem.setValue(next);
    return next;
  });
  settingsWrites = write.catch(() => undefined);
  return write;
}

/** Puts the courts a firm's policy lists on the checklist (once; the user's records are kept). */
export async function applyStartingCourts(isKnownCourt: (id: string) => boolean): Promise<void> {
  const { startingCourts = [] } = await readPolicy();
  for (const id of startingCourts) if (isKnownCourt(id)) await addCourt(id);
}

export async function readPrerequisites(): Promise<Prerequisites> {
  const parsed = Prerequisites.safeParse(await prerequisitesItem.getValue());
  return parsed.success ? parsed.data : { upgraded: 'unknown' };
}

export async function recordAccountType(upgraded: boolean): Promise<void> {
  await prerequisitesItem.setValue({ upgraded: upgraded ? 'yes' : 'no', seen: Date.now() });
}

export async function readCourt(id: string): Promise<CourtRecord | undefined> {
  const key = `${COURT_PREFIX}${id}`;
  const raw = (await browser.storage.local.get(key))[key];
  if (raw === undefined) return undefined;
  const parsed = CourtRecord.safeParse(raw);
  return parsed.success && parsed.data.id === id ? parsed.data : undefined;
}

export interface Checklist {
  courts: CourtRecord[];
  /** Stored entries that failed validation; set aside under invalid:<key>, never deleted. */
  invalid: InvalidEntry[];
}

/** Every court on the checklist, oldest first. Bad records are set aside and reported. */
export async function readChecklist(): Promise<Checklist> {
  const all = await browser.storage.local.get(null);
  const courts: CourtRecord[] = [];
  const invalid: InvalidEntry[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(COURT_PREFIX)) continue;
    const parsed = CourtRecord.safeParse(value);
    if (parsed.success && key === `${COURT_PREFIX}${parsed.data.id}`) courts.push(parsed.data);
    else invalid.push(await setAside(key, value, parsed.success ? 'court id does not match its key' : parsed.error.issues[0]?.message ?? 'invalid'));
  }
  return { courts: courts.sort((a, b) => a.added - b.added || a.id.localeCompare(b.id)), invalid };
}

async function writeCourt(record: CourtRecord): Promise<CourtRecord> {
  const valid = CourtRecord.parse(record);
  await storage.setItem(courtKey(valid.id), valid);
  return valid;
}

export async function addCourt(id: string, now = Date.now()): Promise<CourtRecord> {
  const existing = await readCourt(id);
  if (existing) return existing.paused ? writeCourt({ ...existing, paused: false, updated: now }) : existing;
  return writeCourt({ id, status: 'todo', added: now, updated: now });
}

export async function removeCourt(id: string): Promise<void> {
  await storage.removeItem(courtKey(id));
}

export async function setPaused(id: string, paused: boolean): Promise<void> {
  const record = await readCourt(id);
  if (record) await writeCourt({ ...record, paused, updated: Date.now() });
}

const RANK: Record<CourtStatus, number> = { todo: 0, 'in-progress': 1, linked: 2, verified: 3 };

/**
 * A record moved to at least `proven`: a court's status never goes backwards, and the times it was
 * first linked and verified are stamped once.
 */
function advance(record: CourtRecord, proven: CourtStatus, now: number): Pick<CourtRecord, 'status' | 'linked' | 'verified' | 'updated'> {
  const status = RANK[proven] > RANK[record.status] ? proven : record.status;
  return {
    status,
    updated: now,
    linked: RANK[status] >= RANK.linked ? record.linked ?? now : record.linked,
    verified: status === 'verified' ? record.verified ?? now : record.verified,
  };
}

/** The status a step proves. */
function provenBy(step: StepId): CourtStatus {
  return step === 'linked' ? 'verified' : step === 'refresh-menus' ? 'linked' : step === 'offer' || step === 'not-live' ? 'todo' : 'in-progress';
}

/** Records that a step was seen for a court on the checklist. */
export async function recordProgress(id: string, step: StepId, extra: Pick<CourtRecord, 'nextGenLayout'> = {}, now = Date.now()): Promise<CourtRecord | undefined> {
  const record = await readCourt(id);
  if (!record) return undefined;
  return writeCourt({ ...record, ...extra, lastStep: step, ...advance(record, provenBy(step), now) });
}

/** Stores the court's link notification; a processed link proves the court is linked. */
export async function saveNotification(id: string, notification: Notification, now = Date.now()): Promise<void> {
  const record = await readCourt(id);
  if (!record) return;
  await writeCourt({ ...record, notification, ...advance(record, isProcessed(notification) ? 'linked' : record.status, now) });
}

export async function dismissOffer(id: string): Promise<void> {
  const settings = await readSettings();
  if (!settings.dismissedOffers.includes(id)) await updateSettings({ dismissedOffers: [...settings.dismissedOffers, id] });
}

export function countNotVerified(courts: readonly CourtRecord[]): number {
  return courts.filter((c) => c.status !== 'verified').length;
}

export async function exportChecklist(now = Date.now()): Promise<ChecklistFile> {
  const [{ courts }, settings] = await Promise.all([readChecklist(), readSettings()]);
  return { format: 'cmecf-link-guide/checklist', version: 1, exported: now, courts, settings };
}

/**
 * Merges an exported checklist: per court, the newer record wins. Throws a plain-English error
 * and changes nothing when the file is not a valid checklist.
 */
export async function importChecklist(text: string): Promise<{ added: number; updated: number }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('That file is not JSON. Choose a checklist exported from CM/ECF Link Guide.');
  }
  const parsed = ChecklistFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`That file is not a CM/ECF Link Guide checklist (${issue?.path.join('.') || 'file'}: ${issue?.message}). Nothing was changed.`);
  }
  const { courts } = await readChecklist();
  const current = new Map(courts.map((c) => [c.id, c]));
  const writes: Record<string, unknown> = {};
  let added = 0;
  let updated = 0;
  for (const record of parsed.data.courts) {
    const mine = current.get(record.id);
    if (!mine) added++;
    else if (record.updated > mine.updated) updated++;
    else continue;
    writes[`${COURT_PREFIX}${record.id}`] = record;
  }
  const settings = parsed.data.settings ? Settings.parse({ ...(await readSettings()), ...parsed.data.settings }) : undefined;
  await browser.storage.local.set(settings ? { ...writes, settings } : writes);
  return { added, updated };
}

/** Removes the checklist, settings and prerequisites (after the user confirmed). */
export async function resetAll(): Promise<void> {
  await browser.storage.local.clear();
}
