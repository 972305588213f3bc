// What storage keeps is bounded and only moves forward: set-aside copies are
// the latest few per key, a version marker is only raised, and no time later than tomorrow gets in
// or blocks a court's writes.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addCourt,
  mirrorChange,
  readChecklist,
  readCourt,
  readOwnSettings,
  readSetAside,
  recordProgress,
  SET_ASIDE_KEPT,
  setPaused,
  settingsItem,
  updateSettings,
} from '@/utils/storage';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

beforeEach(() => fakeBrowser.reset());

/** The background's mirror answering every change until it rests. */
async function withMirror(work: () => Promise<unknown>) {
  const heard: [Changes, string][] = [];
  const listener = (changes: Changes, area: string) => void heard.push([changes, area]);
  fakeBrowser.storage.onChanged.addListener(listener);
  await work();
  for (let event = heard.shift(); event; event = heard.shift()) await mirrorChange(...event);
  fakeBrowser.storage.onChanged.removeListener(listener);
}

const FAR_AHEAD = Date.now() + 30 * 86_400_000;

describe('set-aside copies are bounded', () => {
  it('a newer version’s record arriving by sync again and again keeps the latest few, and counts the rest', async () => {
    await fakeBrowser.storage.local.set({ sync: { on: true } });
    await addCourt('iasb', 1);
    for (let n = 0; n < 40; n++) {
      await withMirror(() => fakeBrowser.storage.sync.set({ 'court:iasb': { id: 'iasb', status: 'archived', added: 1, updated: 10 + n } }));
    }
    const kept = await readSetAside();
    expect(kept).toHaveLength(SET_ASIDE_KEPT);
    expect(kept.map((e) => (e.value as { updated: number }).updated)).toEqual([45, 46, 47, 48, 49]);
    expect(kept.at(-1)?.dropped).toBe(35);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('invalid:'))).toHaveLength(SET_ASIDE_KEPT);
    // The court itself is untouched and still takes writes.
    await recordProgress('iasb', 'pacer-login', {}, 2);
    expect(await readCourt('iasb')).toMatchObject({ status: 'in-progress' });
  });
});

describe('a version marker is only raised', () => {
  it('settings a newer version marked v3 keep v3 after this version saves them', async () => {
    await fakeBrowser.storage.local.set({ settings: { individualUsername: 'ann.lee', guideEnabled: true, colour: 'blue' }, settings$: { v: 3 } });
    await updateSettings({ firmNames: ['Lee & Associates'] });
    expect(await settingsItem.getMeta()).toEqual({ v: 3 });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ colour: 'blue', firmNames: ['Lee & Associates'] });
  });

  it('a missing marker (after a reset) is written as this version’s', async () => {
    await updateSettings({ individualUsername: 'Ann.Lee' });
    await fakeBrowser.storage.local.remove('settings$');
    await updateSettings({ firmNames: ['Lee'] });
    expect(await settingsItem.getMeta()).toEqual({ v: 2 });
    expect((await readOwnSettings()).individualUsername).toBe('ann.lee');
  });

  it('sync’s format marker is never lowered', async () => {
    await fakeBrowser.storage.local.set({ sync: { on: true } });
    await fakeBrowser.storage.sync.set({ version: 1 });
    await withMirror(() => addCourt('iasb', 1));
    expect((await fakeBrowser.storage.sync.get('version')).version).toBe(1);
  });
});

describe('times are bounded at every way in', () => {
  it('a copy from sync stamped far ahead is set aside and reported, never merged; the court’s writes go on', async () => {
    await fakeBrowser.storage.local.set({ sync: { on: true } });
    await addCourt('iasb', 1);
    const before = await readCourt('iasb');
    await withMirror(() =>
      fakeBrowser.storage.sync.set({ 'court:iasb': { id: 'iasb', status: 'todo', added: 1, updated: Number.MAX_SAFE_INTEGER, paused: true } }),
    );
    expect(await readCourt('iasb')).toEqual(before);
    expect((await readSetAside()).map((e) => [e.key, e.reason])).toEqual([['sync:court:iasb', "from the browser's sync: updated: later than tomorrow"]]);
    // Kept aside here, it no longer stops the court's sync: this browser's record takes its place.
    expect((await fakeBrowser.storage.sync.get('court:iasb'))['court:iasb']).toEqual(before);
    await withMirror(() => setPaused('iasb', true, 5));
    expect(await readCourt('iasb')).toMatchObject({ paused: true, updated: 5 });
    expect((await fakeBrowser.storage.sync.get('court:iasb'))['court:iasb']).toMatchObject({ paused: true, updated: 5 });
  });

  it('a stored record stamped far ahead (an earlier version took it) is moved aside, so the court takes writes again', async () => {
    await fakeBrowser.storage.local.set({ 'court:iasb': { id: 'iasb', status: 'linked', added: 1, updated: FAR_AHEAD, linked: 1 } });
    expect((await readChecklist()).courts).toEqual([]);
    expect((await readChecklist()).invalid).toEqual([]);
    expect((await readSetAside()).map((e) => e.key)).toEqual(['court:iasb']);
    await addCourt('iasb', 2);
    await recordProgress('iasb', 'pacer-login', {}, 3);
    expect(await readCourt('iasb')).toMatchObject({ status: 'in-progress', updated: 3 });
  });

  it('a change to a record stamped at the bound stays within it', async () => {
    const now = Date.now();
    await fakeBrowser.storage.local.set({ 'court:iasb': { id: 'iasb', status: 'todo', added: 1, updated: now + 86_400_000 - 5 } });
    await setPaused('iasb', true, now);
    expect((await readCourt('iasb'))?.paused).toBe(true);
  });
});
