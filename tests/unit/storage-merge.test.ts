// One court, many writers: whatever order they arrive in, status never moves back and nothing is lost.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addCourt,
  countSetback,
  type CourtRecord,
  exportChecklist,
  importChecklist,
  mergeCourtRecords,
  readCourt,
  recordProgress,
  saveNotification,
  setPaused,
} from '@/utils/storage';
import { STATUS_RANK } from '@/utils/storage/merge';

beforeEach(() => fakeBrowser.reset());

const NOTE = { transactionId: '10005', submitted: '11/01/2015 10:40:36 CST', request: 'Link', status: 'Processed' };

describe('mergeCourtRecords', () => {
  const a: CourtRecord = { id: 'iasb', status: 'linked', added: 5, updated: 10, linked: 8, lastStep: 'refresh-menus', nextGenLayout: true, notification: NOTE };
  const b: CourtRecord = { id: 'iasb', status: 'todo', added: 3, updated: 20, paused: true };

  it('keeps the furthest status, the earliest times and any notification, in either order', () => {
    for (const merged of [mergeCourtRecords(a, b), mergeCourtRecords(b, a)]) {
      expect(merged).toEqual({
        id: 'iasb',
        status: 'linked',
        added: 3,
        updated: 20,
        linked: 8,
        lastStep: 'refresh-menus',
        nextGenLayout: true,
        notification: NOTE,
        paused: true,
      });
    }
  });

  it('keeps the larger count of each setback, in either order (the advice never goes back)', () => {
    const x: CourtRecord = { ...a, setbacks: { linkErrors: 2 } };
    const y: CourtRecord = { ...b, setbacks: { linkErrors: 1, menusMissing: 3 } };
    for (const merged of [mergeCourtRecords(x, y), mergeCourtRecords(y, x)]) expect(merged.setbacks).toEqual({ linkErrors: 2, menusMissing: 3 });
    expect(mergeCourtRecords(a, y).setbacks).toEqual({ linkErrors: 1, menusMissing: 3 });
  });

  it('counts a setback per page that showed it; missing menus count only once the court is linked', async () => {
    await addCourt('iasb', 1);
    await countSetback('iasb', 'menusMissing', 2);
    expect((await readCourt('iasb'))?.setbacks).toBeUndefined();
    await countSetback('iasb', 'linkErrors', 3);
    await countSetback('iasb', 'linkErrors', 4);
    expect((await readCourt('iasb'))?.setbacks).toEqual({ linkErrors: 2 });
    await recordProgress('iasb', 'refresh-menus', {}, 5);
    await countSetback('iasb', 'menusMissing', 6);
    expect(await readCourt('iasb')).toMatchObject({ status: 'linked', setbacks: { linkErrors: 2, menusMissing: 1 } });
    expect(await countSetback('iasd', 'linkErrors', 7)).toBeUndefined();
  });

  it('takes the choices of the more recently updated copy', () => {
    const resumed: CourtRecord = { ...b, updated: 30, paused: undefined, lastStep: 'pacer-login', nextGenLayout: false };
    delete resumed.paused;
    expect(mergeCourtRecords(b, resumed)).toMatchObject({ lastStep: 'pacer-login', nextGenLayout: false });
    expect(mergeCourtRecords(b, resumed).paused).toBeUndefined();
    expect(mergeCourtRecords(resumed, b).paused).toBeUndefined();
    expect(mergeCourtRecords({ ...a, verified: 50, status: 'verified' }, { ...a, verified: 40, status: 'verified' }).verified).toBe(40);
  });
});

/** Every status the stored record of `id` has taken, in write order. */
function statusesWritten(id: string): string[] {
  const seen: string[] = [];
  fakeBrowser.storage.local.onChanged.addListener((changes) => {
    const value = changes[`court:${id}`]?.newValue as CourtRecord | undefined;
    if (value) seen.push(value.status);
  });
  return seen;
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('racing writers on one court', () => {
  it('recordProgress, addCourt, import and pause in every order: status never moves back, nothing is lost', async () => {
    const ops = {
      progress: () => recordProgress('iasb', 'refresh-menus', {}, 10),
      add: () => addCourt('iasb', 11),
      pause: () => setPaused('iasb', true, 12),
      // A file whose copy says "todo" with a newer time, added earlier, with the court's email.
      import: () =>
        importChecklist(
          JSON.stringify({
            format: 'cmecf-link-guide/checklist',
            version: 1,
            exported: 30,
            courts: [{ id: 'iasb', status: 'todo', added: 0, updated: 30, notification: NOTE }],
          }),
        ),
    };
    const orders = permutations(Object.keys(ops) as (keyof typeof ops)[]);
    expect(orders).toHaveLength(24);
    for (const order of orders) {
      fakeBrowser.reset();
      await addCourt('iasb', 1);
      await recordProgress('iasb', 'pacer-login', {}, 2);
      const seen = statusesWritten('iasb');
      await Promise.all(order.map((name) => ops[name]()));
      const ranks = seen.map((s) => STATUS_RANK[s as CourtRecord['status']]);
      expect(ranks, order.join(' → ')).toEqual([...ranks].sort((x, y) => x - y));
      expect(await readCourt('iasb'), order.join(' → ')).toMatchObject({
        status: 'linked',
        linked: 10,
        added: 0,
        notification: NOTE,
        lastStep: 'refresh-menus',
      });
    }
  });

  it('thirty progress reports from two tabs at once end at the furthest step seen', async () => {
    await addCourt('iasb', 1);
    const seen = statusesWritten('iasb');
    const steps = ['pacer-login', 'refresh-menus', 'open-utilities', 'linked', 'confirm-link'] as const;
    await Promise.all(Array.from({ length: 30 }, (_, i) => recordProgress('iasb', steps[i % steps.length], {}, 100 + i, { login: 'own' })));
    expect(await readCourt('iasb')).toMatchObject({ status: 'verified', linked: 101, verified: 103 });
    const ranks = seen.map((s) => STATUS_RANK[s as CourtRecord['status']]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it('a notification saved while progress is recorded keeps both', async () => {
    await addCourt('iasb', 1);
    await Promise.all([
      recordProgress('iasb', 'confirm-link', {}, 5),
      saveNotification('iasb', NOTE, 6),
      recordProgress('iasb', 'open-utilities', { nextGenLayout: true }, 7),
    ]);
    expect(await readCourt('iasb')).toMatchObject({ status: 'linked', notification: NOTE, nextGenLayout: true, linked: 6 });
  });

  it('an export taken mid-race and imported back never moves the court back', async () => {
    await addCourt('iasb', 1);
    const [, file] = await Promise.all([recordProgress('iasb', 'pacer-login', {}, 2), exportChecklist(3)]);
    await recordProgress('iasb', 'linked', {}, 4, { login: 'own' });
    await importChecklist(JSON.stringify(file));
    expect((await readCourt('iasb'))?.status).toBe('verified');
  });

  it('skips a write that would change only the time (a tab re-reporting its step)', async () => {
    await addCourt('iasb', 1);
    await recordProgress('iasb', 'pacer-login', {}, 2);
    const seen = statusesWritten('iasb');
    await recordProgress('iasb', 'pacer-login', {}, 3);
    await addCourt('iasb', 4);
    await recordProgress('iasb', 'refresh-menus', {}, 5);
    expect(seen).toEqual(['linked']);
  });
});

describe('across pages', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('holds a Web Lock named after the court for each write, where the browser has Web Locks', async () => {
    const names: string[] = [];
    vi.stubGlobal('navigator', { locks: { request: (name: string, work: () => Promise<unknown>) => (names.push(name), work()) } });
    await addCourt('iasb', 1);
    await recordProgress('iasb', 'pacer-login', {}, 2);
    expect(names).toEqual(['cmecf-link-guide court:iasb', 'cmecf-link-guide court:iasb']);
  });
});
