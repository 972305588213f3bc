// What the browser's sync storage holds: Chrome and Firefox both allow 8,192 bytes per item (its
// key plus its value as JSON), 102,400 bytes in all and 512 items. A write is checked against them
// here first, so it is never half-made and the user is told in plain words what stayed local.

export const SYNC_LIMITS = { perItem: 8192, total: 102_400, items: 512 } as const;

const utf8 = new TextEncoder();

/**
 * What Chrome counts beyond JSON: a number past 32 bits is kept as a double and written in exponent
 * form ("1.767571200001e+12" for JSON's 1767571200001). Counted at the longer of the two, so a write
 * this check passes is never one the browser refuses.
 */
function doubleExtra(value: unknown): number {
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 0 : Math.max(0, value.toExponential().length - String(value).length);
  if (value && typeof value === 'object') return Object.values(value).reduce<number>((sum, inner) => sum + doubleExtra(inner), 0);
  return 0;
}

/** An item's size as the browsers count it: key plus value as JSON, in UTF-8 bytes (at most a few bytes more). */
export const itemBytes = (key: string, value: unknown) => utf8.encode(key).length + utf8.encode(JSON.stringify(value)).length + doubleExtra(value);

export const bytesInUse = (items: Record<string, unknown>) => Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);

export interface SyncWritePlan {
  /** What can be written: every item within the limits, or nothing when the whole would not fit. */
  fits: Record<string, unknown>;
  /** A plain sentence when something stays in this browser only, and the item it concerns. */
  problem?: { text: string; key?: string };
}

const bytes = (n: number) => n.toLocaleString('en-US');

/** Which of `writes` fit beside what sync holds now (`current`). Pure. `nameOf` names an item for people. */
export function planSyncWrite(current: Record<string, unknown>, writes: Record<string, unknown>, nameOf: (key: string) => string): SyncWritePlan {
  const fits: Record<string, unknown> = {};
  const tooLarge: string[] = [];
  for (const [key, value] of Object.entries(writes)) {
    if (itemBytes(key, value) > SYNC_LIMITS.perItem) tooLarge.push(key);
    else fits[key] = value;
  }
  const after = { ...current, ...fits };
  const total = bytesInUse(after);
  const kept = 'Everything is kept in this browser; changes are not synced until there is room.';
  if (total > SYNC_LIMITS.total) {
    return {
      fits: {},
      problem: {
        text: `Your checklist and settings would take ${bytes(total)} bytes in your browser's sync, more than the ${bytes(SYNC_LIMITS.total)} it allows. ${kept}`,
      },
    };
  }
  if (Object.keys(after).length > SYNC_LIMITS.items) {
    return {
      fits: {},
      problem: {
        text: `Your checklist would take ${Object.keys(after).length} items in your browser's sync, more than the ${SYNC_LIMITS.items} it allows. ${kept}`,
      },
    };
  }
  if (tooLarge.length) {
    const key = tooLarge[0];
    const what = tooLarge.length === 1 ? `${nameOf(key)} is` : `${tooLarge.map(nameOf).join(', ')} are`;
    return {
      fits,
      problem: {
        key,
        text: `${what} larger than the ${bytes(SYNC_LIMITS.perItem)} bytes your browser's sync allows for one item, so ${tooLarge.length === 1 ? 'it is' : 'they are'} kept in this browser only. Everything else is synced.`,
      },
    };
  }
  return { fits };
}
