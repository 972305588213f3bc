// The one storage module: every read validates, every write is a small verb. Courts: courts.ts;
// the rule for combining two copies of a court: merge.ts; settings and the firm's policy:
// settings.ts; import and export: transfer.ts.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { Prerequisites } from './schema';
import { updateSettings } from './settings';

export * from './schema';
export { watchStorage } from './watch';
export { addCourt, type Checklist, countNotVerified, isCourtUnreadable, mergeCourt, type MergeOutcome, readChecklist, readCourt, recordProgress, removeCourt, saveNotification, setPaused } from './courts';
export { mergeCourtRecords } from './merge';
export { checkPolicy, type PolicyCheck } from './policy';
export { type InvalidEntry, readSetAside, type SetAsideEntry } from './set-aside';
export { applyStartingCourts, inspectSettings, migrateSettingsV1toV2, readOwnSettings, readPolicy, readPolicyCheck, readSettings, settingsItem, updateSettings } from './settings';
export { checkSettingsChange, type Rejected, type SettingsCheck, SettingsError, type SettingsField, type StoredSettings } from './settings-check';
export { applyImport, exportChecklist, ImportError, type ImportPlan, type ImportResult, importChecklist, planImport } from './transfer';

export const prerequisitesItem = storage.defineItem<unknown>('local:prerequisites', { fallback: { upgraded: 'unknown' }, version: 1 });

export async function readPrerequisites(): Promise<Prerequisites> {
  const parsed = Prerequisites.safeParse(await prerequisitesItem.getValue());
  return parsed.success ? parsed.data : { upgraded: 'unknown' };
}

export async function recordAccountType(upgraded: boolean): Promise<void> {
  await prerequisitesItem.setValue({ upgraded: upgraded ? 'yes' : 'no', seen: Date.now() });
}

export async function dismissOffer(id: string): Promise<void> {
  await updateSettings((own) => (own.dismissedOffers.includes(id) ? {} : { dismissedOffers: [...own.dismissedOffers, id] }));
}

/** Removes the checklist, settings and prerequisites (after the user confirmed). */
export async function resetAll(): Promise<void> {
  await browser.storage.local.clear();
}
