// Values this version could not use and a write would have replaced: kept under invalid:<key>,
// never overwritten (a second one gets its own key, invalid:<key>#2…), listed on the options page.
// Bounded: the latest few per key are kept, the oldest dropped and counted, so that a value that
// keeps arriving (each write of a newer version, by sync) can never fill the storage quota.
import { browser } from 'wxt/browser';

export const SET_ASIDE_PREFIX = 'invalid:';
/** How many set-aside copies of one key are kept. */
export const SET_ASIDE_KEPT = 5;

export interface InvalidEntry {
  key: string;
  reason: string;
}

export interface SetAsideEntry extends InvalidEntry {
  value: unknown;
  at: number;
  /** How many older copies of this key were dropped to keep the latest few. */
  dropped: number;
}

const copiesOf = (all: Record<string, unknown>, base: string) => Object.keys(all).filter((k) => k === base || k.startsWith(`${base}#`));
const fieldOf = (entry: unknown, field: 'at' | 'dropped') => {
  const value = (entry as Record<string, unknown> | null)?.[field];
  return typeof value === 'number' ? value : 0;
};

/** Writes the copy beside the ones `all` (storage as just read) holds, dropping the oldest beyond the latest few. */
async function writeAside(all: Record<string, unknown>, key: string, value: unknown, reason: string, now: number): Promise<void> {
  const base = `${SET_ASIDE_PREFIX}${key}`;
  let free = base;
  for (let n = 2; all[free] !== undefined; n++) free = `${base}#${n}`;
  const copies = copiesOf(all, base).sort((a, b) => fieldOf(all[a], 'at') - fieldOf(all[b], 'at'));
  const drop = copies.slice(0, Math.max(0, copies.length + 1 - SET_ASIDE_KEPT));
  const dropped = Math.max(0, ...copies.map((k) => fieldOf(all[k], 'dropped'))) + drop.length;
  await browser.storage.local.set({ [free]: { value, reason, at: now, ...(dropped && { dropped }) } });
  if (drop.length) await browser.storage.local.remove(drop);
}

export async function setAside(key: string, value: unknown, reason: string, now = Date.now()): Promise<void> {
  await writeAside(await browser.storage.local.get(null), key, value, reason, now);
}

/** Sets a value aside unless that same value already is (a copy from sync arrives again and again). */
export async function setAsideOnce(key: string, value: unknown, reason: string): Promise<void> {
  const base = `${SET_ASIDE_PREFIX}${key}`;
  const all = await browser.storage.local.get(null);
  const same = (entry: unknown) => JSON.stringify((entry as { value?: unknown } | null)?.value) === JSON.stringify(value);
  if (!copiesOf(all, base).some((k) => same(all[k]))) await writeAside(all, key, value, reason, Date.now());
}

/** Everything kept aside so far, oldest first. */
export async function readSetAside(): Promise<SetAsideEntry[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(SET_ASIDE_PREFIX))
    .map(([key, entry]) => {
      const { value, reason } = (entry ?? {}) as Partial<SetAsideEntry>;
      return {
        key: key.slice(SET_ASIDE_PREFIX.length),
        value,
        reason: typeof reason === 'string' ? reason : 'unreadable',
        at: fieldOf(entry, 'at'),
        dropped: fieldOf(entry, 'dropped'),
      };
    })
    .sort((a, b) => a.at - b.at);
}
