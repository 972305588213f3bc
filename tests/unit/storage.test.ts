import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { addCourt, exportChecklist, importChecklist, readChecklist, readCourt, readSettings, recordProgress, removeCourt, resetAll } from '@/utils/storage';

beforeEach(() => fakeBrowser.reset());

describe('storage', () => {
  it('adds courts and records progress; status only moves forward', async () => {
    await addCourt('iasb', 100);
    await recordProgress('iasb', 'pacer-login', {}, 200);
    expect(await readCourt('iasb')).toMatchObject({ status: 'in-progress', lastStep: 'pacer-login', updated: 200 });
    await recordProgress('iasb', 'refresh-menus', {}, 300);
    await recordProgress('iasb', 'open-utilities', {}, 400);
    expect(await readCourt('iasb')).toMatchObject({ status: 'linked', linked: 300, lastStep: 'open-utilities' });
    await recordProgress('iasb', 'linked', {}, 500);
    expect(await readCourt('iasb')).toMatchObject({ status: 'verified', verified: 500 });
    expect(await recordProgress('iasd', 'pacer-login')).toBeUndefined();
  });

  it('two tabs updating different courts at the same moment lose nothing', async () => {
    await Promise.all([addCourt('iasb'), addCourt('iasd'), addCourt('nvb')]);
    await Promise.all([recordProgress('iasb', 'pacer-login'), recordProgress('iasd', 'confirm-link'), recordProgress('nvb', 'refresh-menus')]);
    const { courts } = await readChecklist();
    expect(Object.fromEntries(courts.map((c) => [c.id, c.lastStep]))).toEqual({ iasb: 'pacer-login', iasd: 'confirm-link', nvb: 'refresh-menus' });
  });

  it('sets a corrupt record aside, reports it, and keeps every valid one', async () => {
    await addCourt('iasb');
    await fakeBrowser.storage.local.set({ 'court:iasd': { id: 'iasd', status: 'bogus' }, 'court:nvb': 'garbage', settings: { guideEnabled: 'yes' } });
    const { courts, invalid } = await readChecklist();
    expect(courts.map((c) => c.id)).toEqual(['iasb']);
    expect(invalid.map((i) => i.key).sort()).toEqual(['court:iasd', 'court:nvb']);
    const all = await fakeBrowser.storage.local.get(null);
    expect(all['invalid:court:nvb']).toMatchObject({ value: 'garbage' });
    expect((await readSettings()).guideEnabled).toBe(true);
  });

  it('export → reset → import restores the same checklist; newest wins on merge', async () => {
    await addCourt('iasb', 1);
    await addCourt('iasd', 2);
    await recordProgress('iasd', 'confirm-link', {}, 3);
    const file = JSON.stringify(await exportChecklist());
    const before = (await readChecklist()).courts;
    await resetAll();
    expect((await readChecklist()).courts).toEqual([]);
    expect(await importChecklist(file)).toEqual({ added: 2, updated: 0 });
    expect((await readChecklist()).courts).toEqual(before);
    await recordProgress('iasb', 'pacer-login', {}, 10);
    expect(await importChecklist(file)).toEqual({ added: 0, updated: 0 });
    expect((await readCourt('iasb'))?.lastStep).toBe('pacer-login');
  });

  it.each([
    ['not json', /not JSON/],
    ['{"format":"other"}', /not a CM\/ECF Link Guide checklist/],
    ['{"format":"cmecf-link-guide/checklist","version":1,"exported":1,"courts":[{"id":"IASB!"}]}', /not a CM\/ECF Link Guide checklist/],
  ])('a malformed import (%s) gets a clear message and changes nothing', async (text, message) => {
    await addCourt('iasb', 1);
    const before = await fakeBrowser.storage.local.get(null);
    await expect(importChecklist(text)).rejects.toThrow(message);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('removes a court', async () => {
    await addCourt('iasb');
    await removeCourt('iasb');
    expect(await readCourt('iasb')).toBeUndefined();
  });
});
