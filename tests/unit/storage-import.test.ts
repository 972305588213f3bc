// Import merges, never replaces: the file is checked whole, previewed, then merged forward-only.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addCourt,
  applyImport,
  exportChecklist,
  importChecklist,
  planImport,
  readChecklist,
  readCourt,
  readOwnSettings,
  readSettings,
  recordProgress,
  setPaused,
  updateSettings,
} from '@/utils/storage';

beforeEach(() => fakeBrowser.reset());

const file = (body: Record<string, unknown>) => JSON.stringify({ format: 'cmecf-link-guide/checklist', version: 1, exported: 1, courts: [], ...body });
const MY_SETTINGS = { individualUsername: 'ann.lee', sharedUsernames: ['firmpacer'], firmNames: ['Lee & Associates'], guideEnabled: false };

describe('import merges, never replaces', () => {
  it('a file holding only firm names changes only the firm names', async () => {
    await updateSettings(MY_SETTINGS);
    const result = await importChecklist(file({ settings: { firmNames: ['Lee Partners LLP'] } }));
    expect(result).toEqual({ added: 0, updated: 0, forward: 0 });
    expect(await readOwnSettings()).toEqual({ ...MY_SETTINGS, firmNames: ['Lee & Associates', 'Lee Partners LLP'], dismissedOffers: [] });
  });

  it('an empty username or list in the file never blanks what is stored', async () => {
    await updateSettings(MY_SETTINGS);
    await importChecklist(file({ settings: { individualUsername: '', sharedUsernames: [], firmNames: [] } }));
    expect(await readOwnSettings()).toMatchObject(MY_SETTINGS);
  });

  it('usernames in the file are folded as every write folds them', async () => {
    await importChecklist(file({ settings: { individualUsername: ' Ann.Lee ', sharedUsernames: ['FirmPacer', 'firmpacer '] } }));
    expect(await readOwnSettings()).toMatchObject({ individualUsername: 'ann.lee', sharedUsernames: ['firmpacer'] });
  });

  it('a court whose copy says "todo" with a newer time does not move back; its new details are kept', async () => {
    await addCourt('iasb', 1);
    await recordProgress('iasb', 'confirm-link', {}, 2);
    const note = { transactionId: '10005', submitted: '11/01/2015', request: 'Link', status: 'Pending' };
    const result = await importChecklist(file({ courts: [{ id: 'iasb', status: 'todo', added: 1, updated: 99, notification: note }] }));
    expect(result).toEqual({ added: 0, updated: 1, forward: 0 });
    expect(await readCourt('iasb')).toMatchObject({ status: 'in-progress', lastStep: 'confirm-link', notification: note, updated: 99 });
  });

  it('an older copy further along moves the court forward and keeps the first linked time', async () => {
    await addCourt('iasb', 5);
    await setPaused('iasb', true, 50);
    const result = await importChecklist(file({ courts: [{ id: 'iasb', status: 'linked', added: 1, updated: 10, linked: 9 }] }));
    expect(result).toEqual({ added: 0, updated: 1, forward: 1 });
    expect(await readCourt('iasb')).toMatchObject({ status: 'linked', linked: 9, added: 1, updated: 50, paused: true });
  });

  it('refuses a court id the catalog does not know, naming it, and changes nothing', async () => {
    await addCourt('iasb', 1);
    const before = await fakeBrowser.storage.local.get(null);
    const text = file({
      courts: [
        { id: 'iasd', status: 'todo', added: 1, updated: 1 },
        { id: 'zzzb', status: 'todo', added: 1, updated: 1 },
      ],
    });
    await expect(planImport(text)).rejects.toThrow('That file lists a court this version does not know: zzzb. Nothing was changed.');
    await expect(importChecklist(text)).rejects.toThrow(/zzzb/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('refuses a file from a newer format version with a plain message', async () => {
    await expect(importChecklist(file({ version: 2, courts: [{ id: 'iasb', status: 'archived' }] }))).rejects.toThrow(
      'That checklist was saved by a newer version of CM/ECF Link Guide (file version 2; this version reads version 1). Update the extension, then import it again. Nothing was changed.',
    );
    expect((await readChecklist()).courts).toEqual([]);
  });

  it('refuses settings it cannot use, naming the field', async () => {
    await expect(importChecklist(file({ settings: { firmNames: ['ok', 'x'.repeat(201)] } }))).rejects.toThrow(
      /firmNames: Line 2: too long \(at most 200 characters\)\. Nothing was changed\./,
    );
  });

  it('previews what it will do and changes nothing until applied', async () => {
    await updateSettings({ firmNames: ['Lee & Associates'] });
    await addCourt('iasb', 1);
    await addCourt('iasd', 1);
    const before = await fakeBrowser.storage.local.get(null);
    const text = file({
      courts: ['akb', 'akd', 'nvb']
        .map((id) => ({ id, status: 'todo', added: 2, updated: 2 }))
        .concat([
          { id: 'iasb', status: 'linked', added: 1, updated: 3 },
          { id: 'iasd', status: 'todo', added: 1, updated: 1 },
        ]),
      settings: { firmNames: ['Lee Partners'], guideEnabled: true },
    });
    const plan = await planImport(text);
    expect(plan.summary).toBe('adds 3 courts, moves 1 forward, changes firm names');
    expect(plan.courts).toMatchObject({ added: ['akb', 'akd', 'nvb'], forward: ['iasb'], unchanged: ['iasd'] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(await applyImport(plan)).toEqual({ added: 3, updated: 1, forward: 1 });
    expect((await readChecklist()).courts.map((c) => `${c.id}:${c.status}`)).toEqual(['iasb:linked', 'iasd:todo', 'akb:todo', 'akd:todo', 'nvb:todo']);
    expect((await planImport(text)).summary).toBe('changes nothing: everything in it is already here');
  });

  it('says when it turns the guide off, and leaves a court this version cannot read untouched', async () => {
    const unreadable = { id: 'iasb', status: 'archived', added: 1, updated: 1 };
    await fakeBrowser.storage.local.set({ 'court:iasb': unreadable });
    const plan = await planImport(file({ courts: [{ id: 'iasb', status: 'todo', added: 1, updated: 5 }], settings: { guideEnabled: false } }));
    expect(plan.summary).toBe('turns the guide off, leaves 1 court this version cannot read untouched (iasb)');
    await applyImport(plan);
    expect((await fakeBrowser.storage.local.get('court:iasb'))['court:iasb']).toEqual(unreadable);
    expect((await readOwnSettings()).guideEnabled).toBe(false);
  });
});

describe('export and the firm policy', () => {
  it('export leaves out the firm’s values; re-importing does not make them the user’s own', async () => {
    await fakeBrowser.storage.managed.set({ sharedUsernames: ['firmpacer'], firmNames: ['Lee & Associates'] });
    await updateSettings({ sharedUsernames: ['mine'] });
    const exported = await exportChecklist(5);
    expect(exported.settings).toMatchObject({ sharedUsernames: ['mine'], firmNames: [] });
    // A file from the earlier version carried the policy's values merged in.
    await importChecklist(file({ settings: { sharedUsernames: ['mine', 'FirmPacer', 'other'], firmNames: ['Lee & Associates'] } }));
    expect(await readOwnSettings()).toMatchObject({ sharedUsernames: ['mine', 'other'], firmNames: [] });
    expect((await readSettings()).sharedUsernames).toEqual(['mine', 'other', 'firmpacer']);
  });
});

describe('the preview counts what will be written', () => {
  it('a copy that differs only by a newer time is "unchanged", and nothing is written for it', async () => {
    await addCourt('iasb', 1);
    await recordProgress('iasb', 'confirm-link', {}, 2);
    const before = await fakeBrowser.storage.local.get(null);
    const plan = await planImport(file({ courts: [{ id: 'iasb', status: 'todo', added: 1, updated: 99 }] }));
    expect(plan.courts.unchanged).toEqual(['iasb']);
    expect(await applyImport(plan)).toEqual({ added: 0, updated: 0, forward: 0 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});

describe('what an import says and does', () => {
  it('the preview names each court and the status it reaches; a file’s "verified" arrives as "linked"', async () => {
    await addCourt('iasb', 1);
    const plan = await planImport(
      file({
        courts: [
          { id: 'iasb', status: 'verified', added: 1, updated: 5, linked: 4, verified: 5 },
          { id: 'nvb', status: 'verified', added: 2, updated: 6, linked: 5, verified: 6 },
          { id: 'akd', status: 'in-progress', added: 3, updated: 3 },
        ],
      }),
    );
    expect(plan.changes).toEqual([
      { id: 'iasb', name: 'U.S. Bankruptcy Court, Southern District of Iowa', outcome: 'forward', from: 'todo', to: 'linked' },
      { id: 'nvb', name: 'U.S. Bankruptcy Court, District of Nevada', outcome: 'added', to: 'linked' },
      { id: 'akd', name: 'U.S. District Court, District of Alaska', outcome: 'added', to: 'in-progress' },
    ]);
    await applyImport(plan);
    expect(await readCourt('iasb')).toMatchObject({ status: 'linked', linked: 4 });
    expect((await readCourt('iasb'))?.verified).toBeUndefined();
    expect(await readCourt('nvb')).toEqual({ id: 'nvb', status: 'linked', added: 2, updated: 6, linked: 5 });
  });

  it('is applied as one unit: a write that fails leaves nothing of it, and says so', async () => {
    await addCourt('iasb', 1);
    await updateSettings({ firmNames: ['Lee & Associates'] });
    const before = await fakeBrowser.storage.local.get(null);
    const plan = await planImport(
      file({
        courts: ['iasb', 'iasd', 'nvb', 'akd'].map((id) => ({ id, status: 'linked', added: 1, updated: 9, linked: 9 })),
        settings: { firmNames: ['Lee Partners'] },
      }),
    );
    // A browser that refuses the write (the quota, a crash): nothing of the import is left.
    const once = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(applyImport(plan)).rejects.toThrow('The import could not be saved (QUOTA_BYTES quota exceeded). Nothing was changed.');
    once.mockRestore();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    // Every write an import makes is one storage write, whatever it holds.
    const counted = vi.spyOn(fakeBrowser.storage.local, 'set');
    await applyImport(plan);
    expect(counted).toHaveBeenCalledTimes(1);
    counted.mockRestore();
    expect((await readChecklist()).courts.map((c) => `${c.id}:${c.status}`).sort()).toEqual(['akd:linked', 'iasb:linked', 'iasd:linked', 'nvb:linked']);
    expect((await readOwnSettings()).firmNames).toEqual(['Lee & Associates', 'Lee Partners']);
  });

  it('a court dated later than tomorrow is left out and named; the rest is imported, and the court’s writes go on', async () => {
    const farAhead = Number.MAX_SAFE_INTEGER;
    const plan = await planImport(
      file({
        courts: [
          { id: 'iasb', status: 'linked', added: 1, updated: farAhead, linked: 1 },
          { id: 'nvb', status: 'todo', added: 1, updated: 1 },
        ],
      }),
    );
    expect(plan.summary).toBe('adds 1 court, leaves out 1 court dated later than tomorrow (iasb)');
    expect(plan.late).toEqual(['iasb']);
    await applyImport(plan);
    expect(await readCourt('iasb')).toBeUndefined();
    await addCourt('iasb', 5);
    await setPaused('iasb', true, 6);
    expect(await readCourt('iasb')).toMatchObject({ paused: true, updated: 6 });
  });

  it('a court of appeals in the file is left out and named as a court the guide does not walk; the rest is imported', async () => {
    const plan = await planImport(
      file({
        courts: [
          { id: 'ca9', status: 'todo', added: 1, updated: 1 },
          { id: 'nvb', status: 'todo', added: 1, updated: 1 },
        ],
      }),
    );
    expect(plan.notGuided).toEqual(['ca9']);
    expect(plan.summary).toBe(
      'adds 1 court, leaves out U.S. Court of Appeals, Ninth Circuit: this version does not guide courts of appeals (only district and bankruptcy courts)',
    );
    await applyImport(plan);
    expect(await readCourt('ca9')).toBeUndefined();
    expect(await readCourt('nvb')).toMatchObject({ status: 'todo' });
  });

  it('carries no verification from a file, whatever its status; a file written by a clock ahead is read', async () => {
    const plan = await planImport(
      JSON.stringify({
        format: 'cmecf-link-guide/checklist',
        version: 1,
        exported: Date.now() + 3 * 86_400_000,
        courts: [{ id: 'iasb', status: 'linked', added: 1, updated: 5, linked: 4, verified: 4 }],
      }),
    );
    await applyImport(plan);
    expect(await readCourt('iasb')).toEqual({ id: 'iasb', status: 'linked', added: 1, updated: 5, linked: 4 });
  });

  it('refuses in the preview what Import could not save (lists too long together); says when it pauses or resumes a court', async () => {
    await updateSettings({ sharedUsernames: Array.from({ length: 150 }, (_, i) => `mine${i}`) });
    await expect(planImport(file({ settings: { sharedUsernames: Array.from({ length: 100 }, (_, i) => `theirs${i}`) } }))).rejects.toThrow(
      "Together with yours, that file's settings cannot be saved. sharedUsernames: Line 201: too many usernames (at most 200). Nothing was changed.",
    );
    await addCourt('iasb', 1);
    await setPaused('iasb', true, 2);
    const plan = await planImport(file({ courts: [{ id: 'iasb', status: 'todo', added: 1, updated: 9, lastStep: 'pacer-login' }] }));
    expect(plan.changes).toEqual([
      { id: 'iasb', name: 'U.S. Bankruptcy Court, Southern District of Iowa', outcome: 'updated', from: 'todo', to: 'todo', pause: 'resumes' },
    ]);
  });
});
