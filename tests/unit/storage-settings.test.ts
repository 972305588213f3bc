// Bad stored data is set aside, never overwritten; every write folds usernames and explains a refusal.
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addCourt,
  applyStartingCourts,
  checkPolicy,
  importChecklist,
  inspectSettings,
  LIMITS,
  readChecklist,
  readCourt,
  readOwnSettings,
  readPolicyCheck,
  readSetAside,
  readSettings,
  recordProgress,
  saveNotification,
  SettingsError,
  setPaused,
  updateSettings,
} from '@/utils/storage';

beforeEach(() => fakeBrowser.reset());

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key] as Record<string, unknown> | undefined;
const LONG_FIRM = 'L'.repeat(201);

describe('stored settings that fail validation', () => {
  const BAD = {
    individualUsername: 'ann.lee',
    sharedUsernames: ['firm1', 42, 'x'.repeat(81)],
    firmNames: [LONG_FIRM, 'Lee & Associates'],
    guideEnabled: 'yes',
    fromNewerVersion: { a: 1 },
  };

  it('keep every valid field and entry; the rest is reported', async () => {
    await fakeBrowser.storage.local.set({ settings: BAD });
    expect(await readOwnSettings()).toEqual({
      individualUsername: 'ann.lee',
      sharedUsernames: ['firm1'],
      firmNames: ['Lee & Associates'],
      guideEnabled: true,
      dismissedOffers: [],
    });
    const { rejected } = await inspectSettings();
    expect(rejected.map((r) => `${r.path}: ${r.reason}`)).toEqual([
      'sharedUsernames[1]: not text',
      'sharedUsernames[2]: too long (at most 80 characters)',
      'firmNames[0]: too long (at most 200 characters)',
      'guideEnabled: not on or off',
    ]);
    expect((await readChecklist()).invalid.map((i) => i.key)).toEqual([
      'settings.sharedUsernames[1]',
      'settings.sharedUsernames[2]',
      'settings.firmNames[0]',
      'settings.guideEnabled',
    ]);
  });

  it('are never overwritten by defaults: a save writes only its own field', async () => {
    await fakeBrowser.storage.local.set({ settings: BAD });
    await updateSettings({ individualUsername: 'Ann.Lee2' });
    expect(await stored('settings')).toEqual({ ...BAD, individualUsername: 'ann.lee2' });
    expect(await readSetAside()).toEqual([]);
  });

  it('are set aside, whole, before a save replaces them', async () => {
    await fakeBrowser.storage.local.set({ settings: BAD });
    await updateSettings({ firmNames: ['Lee & Associates', 'Lee Partners'] });
    expect((await stored('settings'))?.firmNames).toEqual(['Lee & Associates', 'Lee Partners']);
    const aside = await readSetAside();
    expect(aside).toMatchObject([
      { key: 'settings.firmNames', value: [LONG_FIRM, 'Lee & Associates'], reason: 'firmNames[0]: too long (at most 200 characters)' },
    ]);
  });

  it('a stored value that is not settings at all is set aside, never lost, and a second one gets its own place', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await readOwnSettings()).toMatchObject({ guideEnabled: true, sharedUsernames: [] });
    await updateSettings({ guideEnabled: false });
    await fakeBrowser.storage.local.set({ settings: ['more garbage'] });
    await updateSettings({ firmNames: ['Lee'] });
    expect((await readSetAside()).map((e) => [e.key, e.value])).toEqual([
      ['settings', 'garbage'],
      ['settings#2', ['more garbage']],
    ]);
    expect(await readOwnSettings()).toMatchObject({ firmNames: ['Lee'], guideEnabled: true });
  });
});

describe('every save', () => {
  it('folds usernames: trimmed, lower-case, once; firm names single-spaced', async () => {
    await updateSettings({
      individualUsername: '  Ann.Lee ',
      sharedUsernames: ['FirmPacer', ' firmpacer', 'B'],
      firmNames: ['Lee   &  Associates ', 'Lee & Associates'],
    });
    expect(await stored('settings')).toMatchObject({ individualUsername: 'ann.lee', sharedUsernames: ['firmpacer', 'b'], firmNames: ['Lee & Associates'] });
  });

  it('is refused whole with one message per field, and writes nothing', async () => {
    await updateSettings({ firmNames: ['Lee'] });
    const before = await fakeBrowser.storage.local.get(null);
    const refusal = await updateSettings({
      individualUsername: 'a'.repeat(81),
      sharedUsernames: Array.from({ length: LIMITS.own.sharedUsernames + 1 }, (_, i) => `user${i}`),
      firmNames: ['ok', LONG_FIRM],
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SettingsError);
    expect((refusal as SettingsError).errors).toEqual({
      individualUsername: 'Too long (at most 80 characters).',
      sharedUsernames: 'Line 201: too many usernames (at most 200).',
      firmNames: 'Line 2: too long (at most 200 characters).',
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});

describe('a court record this version cannot read', () => {
  const FROM_NEWER = { id: 'iasb', status: 'archived', added: 1, updated: 2, linked: 2 };

  it('is never overwritten by addCourt, progress, pause, a notification or an import', async () => {
    await fakeBrowser.storage.local.set({ 'court:iasb': FROM_NEWER });
    expect(await addCourt('iasb')).toBeUndefined();
    expect(await recordProgress('iasb', 'refresh-menus')).toBeUndefined();
    await setPaused('iasb', true);
    await saveNotification('iasb', { transactionId: '1', submitted: 'x', request: 'Link', status: 'Processed' });
    await importChecklist(
      JSON.stringify({ format: 'cmecf-link-guide/checklist', version: 1, exported: 1, courts: [{ id: 'iasb', status: 'todo', added: 1, updated: 9 }] }),
    );
    expect(await stored('court:iasb')).toEqual(FROM_NEWER);
    expect((await readChecklist()).invalid).toEqual([{ key: 'court:iasb', reason: expect.stringMatching(/^status: /) }]);
  });

  it('set aside by an earlier release, is back on the checklist once it reads again (merged forward)', async () => {
    await addCourt('iasb', 5);
    await fakeBrowser.storage.local.set({
      'invalid:court:iasb': { value: { id: 'iasb', status: 'linked', added: 1, updated: 3, linked: 3 }, reason: 'old', at: 4 },
    });
    expect((await readChecklist()).courts).toEqual([{ id: 'iasb', status: 'linked', added: 1, updated: 5, linked: 3 }]);
    expect(await stored('invalid:court:iasb')).toBeUndefined();
    expect(await readCourt('iasb')).toMatchObject({ status: 'linked' });
  });
});

describe('firm policy, entry by entry', () => {
  const POLICY = {
    startingCourts: ['IASB', ' iasd ', 'IASBK', 'zzzz', 42],
    sharedUsernames: ['FirmPacer', 'x'.repeat(81), ''],
    firmNames: ['Lee  &  Associates'],
    colour: 'blue',
  };

  it('normalises court ids and usernames, drops only what still fails, and lists it', () => {
    const { policy, dropped } = checkPolicy(POLICY);
    expect(policy).toEqual({ startingCourts: ['iasb', 'iasd'], sharedUsernames: ['firmpacer'], firmNames: ['Lee & Associates'] });
    expect(dropped.map((d) => `${d.path}: ${d.reason}`)).toEqual([
      'startingCourts[3]: not a court this version knows',
      'startingCourts[4]: not text',
      'sharedUsernames[1]: too long (at most 80 characters)',
      'colour: not a setting this version knows',
    ]);
  });

  it('one bad entry never costs the firm’s other values', async () => {
    await fakeBrowser.storage.managed.set(POLICY);
    expect(await readSettings()).toMatchObject({ sharedUsernames: ['firmpacer'], firmNames: ['Lee & Associates'] });
    await applyStartingCourts(() => true);
    expect((await readChecklist()).courts.map((c) => c.id)).toEqual(['iasb', 'iasd']);
    expect((await readPolicyCheck()).dropped).toHaveLength(4);
  });

  it('starting courts only add missing courts: a paused court stays paused, and nothing is stamped newer', async () => {
    await addCourt('iasb', 1);
    await setPaused('iasb', true, 2);
    const before = await readCourt('iasb');
    await fakeBrowser.storage.managed.set({ startingCourts: ['iasb', 'iasd'] });
    await applyStartingCourts(() => true);
    expect(await readCourt('iasb')).toEqual(before);
    expect((await readCourt('iasd'))?.status).toBe('todo');
  });

  it('starting courts are courts the guide serves: an appellate or national court is dropped, named as the court it is, and never put on the checklist', async () => {
    await fakeBrowser.storage.managed.set({ startingCourts: ['ca9', 'IASBK', 'cit'] });
    expect((await readPolicyCheck()).dropped.map((d) => `${d.path}: ${d.reason}`)).toEqual([
      'startingCourts[0]: U.S. Court of Appeals, Ninth Circuit: this version does not guide courts of appeals (only district and bankruptcy courts)',
      'startingCourts[2]: U.S. Court of International Trade: this version does not guide national courts (only district and bankruptcy courts)',
    ]);
    await applyStartingCourts(() => true);
    expect((await readChecklist()).courts.map((c) => c.id)).toEqual(['iasb']);
  });

  it('syncAllowed is true or false (or a registry DWORD’s 0 or 1); anything else is dropped on its own', () => {
    expect(checkPolicy({ syncAllowed: false, firmNames: ['Lee'] })).toEqual({ policy: { syncAllowed: false, firmNames: ['Lee'] }, dropped: [] });
    expect(checkPolicy({ syncAllowed: 0 })).toEqual({ policy: { syncAllowed: false }, dropped: [] });
    expect(checkPolicy({ syncAllowed: 1 })).toEqual({ policy: { syncAllowed: true }, dropped: [] });
    expect(checkPolicy({ syncAllowed: 2 }).dropped).toEqual([{ path: 'syncAllowed', value: 2, reason: 'not true or false' }]);
    expect(checkPolicy({ syncAllowed: 'no', firmNames: ['Lee'] })).toEqual({
      policy: { firmNames: ['Lee'] },
      dropped: [{ path: 'syncAllowed', value: 'no', reason: 'not true or false' }],
    });
  });

  it('a list that is not a list is dropped on its own', () => {
    expect(checkPolicy({ sharedUsernames: 'firmpacer', firmNames: ['Lee'] })).toEqual({
      policy: { firmNames: ['Lee'] },
      dropped: [{ path: 'sharedUsernames', value: 'firmpacer', reason: 'not a list' }],
    });
    expect(checkPolicy(undefined)).toEqual({ policy: {}, dropped: [] });
  });

  it('assets/managed-schema.json describes the same formats, in what Chrome’s policy schema supports, with no pattern', () => {
    const schema = JSON.parse(readFileSync('assets/managed-schema.json', 'utf8'));
    // No `pattern`: Chrome drops a whole list when one entry breaks it, and nobody is warned. The
    // extension checks each entry itself (checkPolicy) and drops only the one that does not fit.
    const allowed = new Set(['type', 'title', 'description', 'properties', 'items']);
    const walk = (node: Record<string, unknown>): void => {
      for (const [key, value] of Object.entries(node)) {
        expect(allowed.has(key), `attribute ${key}`).toBe(true);
        if (key === 'properties') Object.values(value as Record<string, Record<string, unknown>>).forEach(walk);
        if (key === 'items') walk(value as Record<string, unknown>);
      }
    };
    walk(schema);
    expect(Object.keys(schema.properties).sort()).toEqual([...Object.keys(LIMITS.policy), 'syncAllowed'].sort());
    expect(schema.properties.syncAllowed.type).toBe('boolean');
    for (const key of Object.keys(LIMITS.policy)) expect(schema.properties[key].items).toEqual({ type: 'string' });
    expect(schema.properties.sharedUsernames.description).toContain(`1 to ${LIMITS.username} characters`);
    expect(schema.properties.firmNames.description).toContain(`1 to ${LIMITS.firmName} characters`);
    for (const [key, max] of Object.entries(LIMITS.policy)) expect(schema.properties[key].description).toContain(`at most ${max} entries`);
  });

  it('a list with one entry too long keeps every other entry (the schema lets Chrome deliver it whole)', () => {
    const { policy, dropped } = checkPolicy({ sharedUsernames: ['firmpacer', 'u'.repeat(LIMITS.username + 1), 'other'] });
    expect(policy.sharedUsernames).toEqual(['firmpacer', 'other']);
    expect(dropped).toHaveLength(1);
  });

  it('a policy key named like an object’s own property (constructor, __proto__) voids nothing', () => {
    const { policy, dropped } = checkPolicy(JSON.parse('{"constructor": ["x"], "__proto__": ["y"], "toString": 1, "sharedUsernames": ["firmpacer"]}'));
    expect(policy).toEqual({ sharedUsernames: ['firmpacer'] });
    expect(dropped.map((d) => d.path).sort()).toEqual(['__proto__', 'constructor', 'toString']);
  });
});

describe('one way into the settings', () => {
  it('every save, an import’s included, and the first save after a reset, writes the version marker', async () => {
    const { resetAll } = await import('@/utils/storage');
    const marker = async () => (await fakeBrowser.storage.local.get('settings$'))['settings$'];
    await importChecklist(JSON.stringify({ format: 'cmecf-link-guide/checklist', version: 1, exported: 1, courts: [], settings: { firmNames: ['Lee'] } }));
    expect(await marker()).toEqual({ v: 2 });
    await resetAll();
    await updateSettings({ sharedUsernames: ['FirmPacer'] });
    expect(await marker()).toEqual({ v: 2 });
    expect(await readOwnSettings()).toMatchObject({ sharedUsernames: ['firmpacer'] });
  });
});

describe('settings written at the same moment', () => {
  it('two offers dismissed at once and an import racing a save: nothing is lost', async () => {
    const { dismissOffer, importChecklist: importFile } = await import('@/utils/storage');
    await Promise.all([
      dismissOffer('akd'),
      dismissOffer('nvd'),
      updateSettings({ sharedUsernames: ['firm1'] }),
      importFile(
        JSON.stringify({
          format: 'cmecf-link-guide/checklist',
          version: 1,
          exported: 1,
          courts: [],
          settings: { firmNames: ['Lee'], sharedUsernames: ['firm2'] },
        }),
      ),
    ]);
    const own = await readOwnSettings();
    expect(own.dismissedOffers.sort()).toEqual(['akd', 'nvd']);
    expect(own.firmNames).toEqual(['Lee']);
    expect(own.sharedUsernames).toEqual(['firm1', 'firm2']);
  });
});
