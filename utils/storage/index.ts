// The one storage module: every read validates, every write is a small verb. Courts: courts.ts;
// the rule for combining two copies of a court: merge.ts; settings and the firm's policy:
// settings.ts; import and export: transfer.ts; the browser's sync, when the user turns it on: sync.ts.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { Prerequisites } from './schema';
import { updateSettings } from './settings';

export * from './schema';
export { watchStorage } from './watch';
export {
  addCourt,
  countNotVerified,
  readChecklist,
  readCourt,
  countSetback,
  recordProgress,
  removeCourt,
  saveNotification,
  setPaused,
} from './courts';
export { mergeCourtRecords } from './merge';
export { checkPolicy } from './policy';
export { readSetAside, SET_ASIDE_KEPT, type SetAsideEntry } from './set-aside';
export {
  applyStartingCourts,
  inspectSettings,
  readOwnSettings,
  readPolicy,
  readPolicyCheck,
  readSettings,
  settingsItem,
  updateSettings,
} from './settings';
export { type Rejected, SettingsError, type SettingsField } from './settings-check';
export { mirrorChange, resumeSync, SyncError, turnSyncOff, turnSyncOn } from './sync';
export { readSyncStatus } from './sync-state';
export { applyImport, type CourtChange, exportChecklist, type ImportPlan, importChecklist, planImport } from './transfer';

const prerequisitesItem = storage.defineItem<unknown>('local:prerequisites', { fallback: { upgraded: 'unknown' }, version: 1 });

export async function readPrerequisites(): Promise<Prerequisites> {
  const parsed = Prerequisites.safeParse(await prerequisitesItem.getValue());
  return parsed.success ? parsed.data : Prerequisites.parse({});
}

/** What Manage My Account said about the prerequisites; a fact it did not show is kept as it was. */
export async function recordAccountFacts({ upgraded, mfaEnrolled }: { upgraded?: boolean; mfaEnrolled?: boolean }): Promise<void> {
  const answer = (fact: boolean) => (fact ? 'yes' : 'no');
  const known = await readPrerequisites();
  await prerequisitesItem.setValue({
    ...known,
    ...(upgraded !== undefined && { upgraded: answer(upgraded) }),
    ...(mfaEnrolled !== undefined && { mfa: answer(mfaEnrolled) }),
    seen: Date.now(),
  });
}

export async function dismissOffer(id: string): Promise<void> {
  await updateSettings((own) => (own.dismissedOffers.includes(id) ? {} : { dismissedOffers: [...own.dismissedOffers, id] }));
}

/** Removes the checklist, settings and prerequisites (after the user confirmed). */
export async function resetAll(): Promise<void> {
  await browser.storage.local.clear();
}
