// Which settings travel through the browser's sync, one key each (`setting:<field>`): the user's own
// PACER usernames and firm names, so the shared-account and firm-name warnings hold in every browser.
// Never a value from the firm's policy (the user's own settings hold none), never the guide on/off
// or dismissed offers (this browser's choices), never a password (none is stored).
import { browser } from 'wxt/browser';
import { LIMITS, type Settings } from './schema';
import { setAsideOnce } from './set-aside';
import { readOwnSettings, updateSettings } from './settings';
import { settleSyncProblem } from './sync-state';
import { checkSettingsChange, readStoredSettings, SettingsError } from './settings-check';

const SYNCED_SETTINGS = ['individualUsername', 'sharedUsernames', 'firmNames'] as const;
type SyncedField = (typeof SYNCED_SETTINGS)[number];

const PREFIX = 'setting:';
export const settingKey = (field: SyncedField) => `${PREFIX}${field}`;
export const syncedFieldOf = (key: string) => SYNCED_SETTINGS.find((field) => settingKey(field) === key);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A synced copy of a field, checked as a save is; one this version cannot use is set aside and ignored. */
async function usable(field: SyncedField, raw: unknown): Promise<Settings[SyncedField] | undefined> {
  if (raw === undefined) return undefined;
  const { change, errors } = checkSettingsChange({ [field]: raw });
  if (errors[field]) await setAsideOnce(`sync:${settingKey(field)}`, raw, `from the browser's sync: ${errors[field]}`);
  return change[field];
}

/** How a copy from sync combines with this browser's value: `join` when sync is turned on, `adopt` after. */
type Combine = (own: Settings, field: SyncedField, synced: Settings[SyncedField]) => Settings[SyncedField];

/** Turning sync on: lists from both sides together (nothing lost); this browser's username unless it has none. */
export const join: Combine = (own, field, synced) =>
  field === 'individualUsername' ? own.individualUsername || synced : [...new Set([...own[field], ...(synced as string[])])];

/** Once on: the most recent change, made in any browser, is the one in sync. */
export const adopt: Combine = (_own, _field, synced) => synced;

const LIST_NAMES = { sharedUsernames: 'shared firm usernames', firmNames: 'firm names' } as const;

/**
 * Why turning sync on must change nothing, or undefined: joined, this browser's list and sync's
 * would hold more than one list can (a list is never cut, nor replaced by the other browser's).
 */
export async function joinRefusal(): Promise<string | undefined> {
  const fields = Object.keys(LIST_NAMES) as (keyof typeof LIST_NAMES)[];
  const [own, synced] = await Promise.all([readOwnSettings(), browser.storage.sync.get(fields.map(settingKey))]);
  for (const field of fields) {
    const copy = checkSettingsChange({ [field]: synced[settingKey(field)] }).change[field];
    if (!copy) continue;
    const joined = join(own, field, copy) as string[];
    const most = LIMITS.own[field];
    if (joined.length > most) {
      return `Together, this browser (${own[field].length}) and your browser's sync (${copy.length}) hold ${joined.length} ${LIST_NAMES[field]}, more than the ${most} one list can hold. Nothing was changed in either. Remove some here or in your other browser, then turn sync on again.`;
    }
  }
  return undefined;
}

/**
 * Brings sync's copies of `fields` (`synced`: values as stored there) into this browser's settings,
 * and returns what sync should hold where it differs. A combination too large to save changes
 * nothing on either side.
 */
export async function settleSettings(
  synced: Record<string, unknown>,
  combine: Combine,
  fields: readonly SyncedField[] = SYNCED_SETTINGS,
): Promise<Record<string, unknown>> {
  const copies: Partial<Record<SyncedField, Settings[SyncedField]>> = {};
  for (const field of fields) copies[field] = await usable(field, synced[settingKey(field)]);
  const change = (own: Settings) => {
    const next: Partial<Settings> = {};
    for (const field of fields) {
      const copy = copies[field];
      if (copy === undefined) continue;
      const value = combine(own, field, copy);
      if (!same(value, own[field])) Object.assign(next, { [field]: value });
    }
    return next;
  };
  const own = await updateSettings(change).catch((error: unknown) => (error instanceof SettingsError ? undefined : Promise.reject(error)));
  if (!own) {
    // Neither side's list is replaced by the other's: both stay as they are, and the user is told.
    await settleSyncProblem(
      {
        text: "Your lists of names here and in your browser's sync could not be combined (together they would be too long). Neither was changed; shorten one of them.",
      },
      [],
    );
    return {};
  }
  const writes: Record<string, unknown> = {};
  for (const field of fields) {
    // A copy this version cannot use is left as it is: it may be a newer version's.
    const unusable = synced[settingKey(field)] !== undefined && copies[field] === undefined;
    if (!unusable && !same(own[field], synced[settingKey(field)])) writes[settingKey(field)] = own[field];
  }
  return writes;
}

/** A local settings change: the synced fields it changed, as sync should now hold them. */
export async function changedSettings(oldValue: unknown, newValue: unknown): Promise<Record<string, unknown>> {
  const [before, after] = [readStoredSettings(oldValue).settings, readStoredSettings(newValue).settings];
  const changed = SYNCED_SETTINGS.filter((field) => !same(before[field], after[field]));
  if (!changed.length) return {};
  const keys = changed.map(settingKey);
  const [own, synced] = await Promise.all([readOwnSettings(), browser.storage.sync.get(keys)]);
  return Object.fromEntries(changed.filter((field) => !same(own[field], synced[settingKey(field)])).map((field) => [settingKey(field), own[field]]));
}
