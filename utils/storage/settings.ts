// The user's settings and the firm's policy as stored: read field by field (settings-check.ts),
// written only where asked, one write after another.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { addMissingCourt } from './courts';
import { checkPolicy, type PolicyCheck } from './policy';
import { oneAtATime } from './queue';
import { DEFAULT_SETTINGS, foldFirmName, foldUsername, type Policy, type Settings } from './schema';
import { setAside } from './set-aside';
import { checkSettingsChange, readStoredSettings, type Rejected, SettingsError, type StoredSettings } from './settings-check';

/**
 * v1 kept PACER usernames as typed. PACER usernames are case-insensitive, so v2 keeps them
 * trimmed, lower-case and once each; firm names are trimmed and de-duplicated.
 */
function migrateSettingsV1toV2(v1: unknown): unknown {
  if (!v1 || typeof v1 !== 'object') return v1;
  const old = v1 as Record<string, unknown>;
  const list = (value: unknown, fold: (s: string) => string) =>
    Array.isArray(value)
      ? [
          ...new Set(
            value
              .filter((v): v is string => typeof v === 'string')
              .map(fold)
              .filter(Boolean),
          ),
        ]
      : value;
  return {
    ...old,
    individualUsername: typeof old.individualUsername === 'string' ? foldUsername(old.individualUsername) : old.individualUsername,
    sharedUsernames: list(old.sharedUsernames, foldUsername),
    firmNames: list(old.firmNames, foldFirmName),
  };
}

const SETTINGS_VERSION = 2;

const SETTINGS_KEY = 'settings';
export const settingsItem = storage.defineItem<unknown, { v: number }>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1toV2 },
});

/** The firm's policy, entry by entry, with what was dropped; empty when there is none. */
export async function readPolicyCheck(): Promise<PolicyCheck> {
  try {
    return checkPolicy(await browser.storage.managed.get(null));
  } catch {
    // Firefox rejects when no policies.json names this extension.
    return { policy: {}, dropped: [] };
  }
}

/** The firm's policy: every entry this version understands. */
export async function readPolicy(): Promise<Policy> {
  return (await readPolicyCheck()).policy;
}

/** The user's own settings and what of the stored value could not be used. */
export async function inspectSettings(): Promise<StoredSettings> {
  return readStoredSettings(await settingsItem.getValue());
}

/** The user's own settings, without the firm's policy: every valid field and entry. */
export async function readOwnSettings(): Promise<Settings> {
  return (await inspectSettings()).settings;
}

const union = (a: readonly string[], b: readonly string[] = []) => [...new Set([...a, ...b])];

/** The settings in force: the user's, with the firm's lists merged in (never dropped). */
export async function readSettings(): Promise<Settings> {
  const [own, policy] = await Promise.all([readOwnSettings(), readPolicy()]);
  return { ...own, sharedUsernames: union(own.sharedUsernames, policy.sharedUsernames), firmNames: union(own.firmNames, policy.firmNames) };
}

const explain = (rejected: Rejected[]) => rejected.map((r) => `${r.path}: ${r.reason}`).join('; ');

/** Runs `work` in the settings' turn: after every earlier write to them, here or in another page. */
export const inSettingsTurn = <T>(work: () => Promise<T>): Promise<T> => oneAtATime('settings', work);

/**
 * For a caller in the settings' turn: the storage write that makes `change` (folded), or {} when
 * every field already holds what is asked. A stored value this version could not use is set aside
 * before it is replaced, never overwritten by a default. Throws a SettingsError (one message per
 * field) when a field is invalid; pass a function to decide the change from the settings as stored.
 */
export async function settingsWrite(change: Partial<Settings> | ((own: Settings) => Partial<Settings>)): Promise<Record<string, unknown>> {
  const stored = await inspectSettings();
  const { change: folded, errors } = checkSettingsChange(typeof change === 'function' ? change(stored.settings) : change);
  if (Object.keys(errors).length) throw new SettingsError(errors);
  // Nothing to write when every field already holds what is asked (no storage event for nothing).
  if (Object.entries(folded).every(([field, value]) => JSON.stringify(stored.raw[field]) === JSON.stringify(value))) return {};
  const whole = stored.rejected.filter((r) => r.path === 'settings');
  if (whole.length) await setAside('settings', whole[0].value, explain(whole));
  for (const field of Object.keys(folded)) {
    const replaced = stored.rejected.filter((r) => r.path === field || r.path.startsWith(`${field}[`));
    if (replaced.length) await setAside(`settings.${field}`, stored.raw[field], explain(replaced));
  }
  // WXT keeps an item's version marker under its key and "$". It writes it only on a page's first
  // save into empty storage; after a reset it would be missing, and the next read would migrate v2
  // settings as if they were v1. Only ever raised: settings a newer version wrote keep its marker
  // (lowered, that version would migrate its own data again).
  const meta = await settingsItem.getMeta();
  const raise = typeof meta.v === 'number' && meta.v >= SETTINGS_VERSION ? {} : { [`${SETTINGS_KEY}$`]: { ...meta, v: SETTINGS_VERSION } };
  return { [SETTINGS_KEY]: { ...stored.raw, ...folded }, ...raise };
}

/**
 * Changes some settings, folded (usernames trimmed, lower-case, once). Only the fields given are
 * written (see settingsWrite); rejects with a SettingsError and writes nothing when a field is
 * invalid. Writes run one after another.
 */
export function updateSettings(change: Partial<Settings> | ((own: Settings) => Partial<Settings>)): Promise<Settings> {
  return inSettingsTurn(async () => {
    const write = await settingsWrite(change);
    if (!(SETTINGS_KEY in write)) return readOwnSettings();
    await browser.storage.local.set(write);
    return readStoredSettings(write[SETTINGS_KEY]).settings;
  });
}

/** Puts the courts a firm's policy lists on the checklist when missing (the user's records, paused ones included, are kept as they are). */
export async function applyStartingCourts(isKnownCourt: (id: string) => boolean): Promise<void> {
  const { startingCourts = [] } = await readPolicy();
  for (const id of startingCourts) if (isKnownCourt(id)) await addMissingCourt(id);
}
