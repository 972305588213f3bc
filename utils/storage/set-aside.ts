// Values this version could not use and a write would have replaced: kept under invalid:<key>,
// never overwritten (a second one gets its own key), listed on the options page.
import { browser } from 'wxt/browser';

export const SET_ASIDE_PREFIX = 'invalid:';

export interface InvalidEntry {
  key: string;
  reason: string;
}

export interface SetAsideEntry extends InvalidEntry {
  value: unknown;
  at: number;
}

export async function setAside(key: string, value: unknown, reason: string, now = Date.now()): Promise<void> {
  const base = `${SET_ASIDE_PREFIX}${key}`;
  const all = await browser.storage.local.get(null);
  let free = base;
  for (let n = 2; all[free] !== undefined; n++) free = `${base}#${n}`;
  await browser.storage.local.set({ [free]: { value, reason, at: now } });
}

/** Sets a value aside unless that same value already is (a copy from sync arrives again and again). */
export async function setAsideOnce(key: string, value: unknown, reason: string): Promise<void> {
  const base = `${SET_ASIDE_PREFIX}${key}`;
  const all = await browser.storage.local.get(null);
  const same = (entry: unknown) => JSON.stringify((entry as { value?: unknown } | null)?.value) === JSON.stringify(value);
  if (!Object.entries(all).some(([k, entry]) => (k === base || k.startsWith(`${base}#`)) && same(entry))) await setAside(key, value, reason);
}

/** Everything kept aside so far, oldest first. */
export async function readSetAside(): Promise<SetAsideEntry[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(SET_ASIDE_PREFIX))
    .map(([key, entry]) => {
      const { value, reason, at } = (entry ?? {}) as Partial<SetAsideEntry>;
      return { key: key.slice(SET_ASIDE_PREFIX.length), value, reason: typeof reason === 'string' ? reason : 'unreadable', at: typeof at === 'number' ? at : 0 };
    })
    .sort((a, b) => a.at - b.at);
}
