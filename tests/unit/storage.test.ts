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
    await recordProgress('iasb', 'linked', {}, 500, { login: 'own' });
    expect(await readCourt('iasb')).toMatchObject({ status: 'verified', verified: 500 });
    expect(await recordProgress('iasd', 'pacer-login')).toBeUndefined();
  });

  it('filing menus under a shared firm login, or a login the guide did not see, link the court but never verify it', async () => {
    await addCourt('iasb', 100);
    await recordProgress('iasb', 'linked', {}, 200, { login: 'shared' });
    expect(await readCourt('iasb')).toMatchObject({ status: 'linked', lastStep: 'linked', linked: 200 });
    expect((await readCourt('iasb'))?.verified).toBeUndefined();
    await recordProgress('iasb', 'linked', {}, 250, { login: 'unknown' });
    await recordProgress('iasb', 'linked', {}, 260);
    expect((await readCourt('iasb'))?.verified).toBeUndefined();
    await recordProgress('iasb', 'linked', {}, 300, { login: 'own' });
    expect(await readCourt('iasb')).toMatchObject({ status: 'verified', verified: 300 });
  });

  it('two tabs updating different courts at the same moment lose nothing', async () => {
    await Promise.all([addCourt('iasb'), addCourt('iasd'), addCourt('nvb')]);
    await Promise.all([recordProgress('iasb', 'pacer-login'), recordProgress('iasd', 'confirm-link'), recordProgress('nvb', 'refresh-menus')]);
    const { courts } = await readChecklist();
    expect(Object.fromEntries(courts.map((c) => [c.id, c.lastStep]))).toEqual({ iasb: 'pacer-login', iasd: 'confirm-link', nvb: 'refresh-menus' });
  });

  it('reports a corrupt record, leaves it untouched where it is, and keeps every valid one', async () => {
    await addCourt('iasb');
    const corrupt = { 'court:iasd': { id: 'iasd', status: 'bogus' }, 'court:nvb': 'garbage', 'court:akb': { id: 'akd', status: 'todo', added: 1, updated: 1 } };
    await fakeBrowser.storage.local.set({ ...corrupt, settings: { guideEnabled: 'yes' } });
    const { courts, invalid } = await readChecklist();
    expect(courts.map((c) => c.id)).toEqual(['iasb']);
    expect(invalid.map((i) => i.key).sort()).toEqual(['court:akb', 'court:iasd', 'court:nvb', 'settings.guideEnabled']);
    expect(invalid.find((i) => i.key === 'court:akb')?.reason).toBe('court id does not match its key');
    expect(await fakeBrowser.storage.local.get(Object.keys(corrupt))).toEqual(corrupt);
    expect((await readSettings()).guideEnabled).toBe(true);
  });

  it('export → reset → import restores the same checklist; a re-import changes nothing newer', async () => {
    await addCourt('iasb', 1);
    await addCourt('iasd', 2);
    await recordProgress('iasd', 'confirm-link', {}, 3);
    const file = JSON.stringify(await exportChecklist());
    const before = (await readChecklist()).courts;
    await resetAll();
    expect((await readChecklist()).courts).toEqual([]);
    expect(await importChecklist(file)).toEqual({ added: 2, updated: 0, forward: 0 });
    expect((await readChecklist()).courts).toEqual(before);
    await recordProgress('iasb', 'pacer-login', {}, 10);
    expect(await importChecklist(file)).toEqual({ added: 0, updated: 0, forward: 0 });
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

describe('settings migration and firm policy', () => {
  it('migrates v1 settings (usernames as typed) to v2', async () => {
    const { settingsItem, readOwnSettings } = await import('@/utils/storage');
    // Real v1 data as the first release stored it.
    await fakeBrowser.storage.local.set({
      settings: {
        individualUsername: ' Ann.Lee ',
        sharedUsernames: ['FirmPacer', 'firmpacer ', ''],
        firmNames: ['Lee  &  Associates', 'Lee & Associates'],
        guideEnabled: true,
        dismissedOffers: ['nvb'],
      },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    expect(await readOwnSettings()).toEqual({
      individualUsername: 'ann.lee',
      sharedUsernames: ['firmpacer'],
      firmNames: ['Lee & Associates'],
      guideEnabled: true,
      dismissedOffers: ['nvb'],
    });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
  });

  it('merges the firm policy into the settings in force and never drops it', async () => {
    const { readSettings, readOwnSettings, updateSettings, applyStartingCourts } = await import('@/utils/storage');
    await fakeBrowser.storage.managed.set({ sharedUsernames: ['FIRM1'], firmNames: ['Lee & Associates'], startingCourts: ['iasd', 'zzzz'] });
    await updateSettings({ sharedUsernames: ['mine'] });
    expect((await readSettings()).sharedUsernames).toEqual(['mine', 'firm1']);
    expect((await readOwnSettings()).sharedUsernames).toEqual(['mine']);
    await applyStartingCourts((id) => id === 'iasd');
    expect((await readChecklist()).courts.map((c) => c.id)).toEqual(['iasd']);
    await fakeBrowser.storage.managed.set({ sharedUsernames: 'not a list', firmNames: ['Lee & Associates'] });
    expect(await readSettings()).toMatchObject({ sharedUsernames: ['mine'], firmNames: ['Lee & Associates'] });
  });

  it('a processed link email marks the court linked', async () => {
    const { saveNotification } = await import('@/utils/storage');
    await addCourt('iasb');
    await saveNotification('iasb', { transactionId: '10005', submitted: '11/01/2015 10:40:36 CST', request: 'Link', status: 'Processed' }, 50);
    expect(await readCourt('iasb')).toMatchObject({ status: 'linked', linked: 50, notification: { transactionId: '10005' } });
  });
});
