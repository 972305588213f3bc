// The one storage module: every read validates, every write is a small verb. Courts: courts.ts;
// the rule for combining two copies of a court: merge.ts; settings and the firm's policy:
// settings.ts; import and export: transfer.ts; the browser's sync, when the user turns it on: sync.ts.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { courtKey } from './court-key';
import { inCourtTurn, readChecklist as readAllCourts, readCourt } from './courts';
import { Prerequisites } from './schema';
import { updateSettings } from './settings';

export * from './schema';
export { watchStorage } from './watch';
export {
  addCourt,
  readChecklist,
  readCourt,
  readCourtInTurn,
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
export { dismissUpdateNotice, noteUpdate, readUpdateNotice } from './update-notice';
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

/**
 * PACER asked for MFA at a sign-in: MFA is on this account's sign-in path. A code prompt also shows
 * the account is enrolled; an enrolment prompt says it is not only while nothing else is known
 * (Manage My Account's word is not overruled by a prompt read from a page).
 */
export async function recordMfaAtLogin(prompt: 'code' | 'enroll'): Promise<void> {
  const known = await readPrerequisites();
  const mfa = prompt === 'code' ? 'yes' : known.mfa === 'unknown' ? 'no' : known.mfa;
  if (known.mfaAtLogin && known.mfa === mfa) return;
  await prerequisitesItem.setValue({ ...known, mfaAtLogin: true, mfa });
}

/**
 * Migration, at each start: a court record written by an earlier version may say PACER asked for MFA
 * at that court's login (`mfaSeen`). MFA belongs to the PACER account: the fact moves to the
 * account (Prerequisites.mfaAtLogin) and leaves the record, whose time is kept (nothing happened there).
 */
export async function moveMfaToAccount(): Promise<void> {
  const carrying = (await readAllCourts()).courts.filter((court) => court.mfaSeen !== undefined);
  if (!carrying.length) return;
  if (carrying.some((court) => court.mfaSeen)) {
    const known = await readPrerequisites();
    if (!known.mfaAtLogin) await prerequisitesItem.setValue({ ...known, mfaAtLogin: true });
  }
  for (const { id } of carrying) {
    // Written as is, time kept: changeCourtInTurn would skip it, since mfaSeen is no fact of the court's (sameRecord).
    await inCourtTurn(id, async () => {
      const record = await readCourt(id);
      if (!record || record.mfaSeen === undefined) return;
      const { mfaSeen: _moved, ...rest } = record;
      await browser.storage.local.set({ [courtKey(id)]: rest });
    });
  }
}

export async function dismissOffer(id: string): Promise<void> {
  await updateSettings((own) => (own.dismissedOffers.includes(id) ? {} : { dismissedOffers: [...own.dismissedOffers, id] }));
}

/** Removes the checklist, settings and prerequisites (after the user confirmed). */
export async function resetAll(): Promise<void> {
  await browser.storage.local.clear();
}
