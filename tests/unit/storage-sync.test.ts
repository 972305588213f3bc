// Sync across browsers, when the user turns it on: storage.local stays the source the guide reads,
// storage.sync holds a mirror. Two simulated browsers share one sync "server"; every order of their
// writes and deliveries ends with the same checklist in both, and no court ever moves back.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addCourt,
  type CourtRecord,
  dismissOffer,
  mirrorChange,
  readChecklist,
  readCourt,
  readOwnSettings,
  readSetAside,
  readSyncStatus,
  recordProgress,
  removeCourt,
  resetAll,
  resumeSync,
  saveNotification,
  setPaused,
  SyncError,
  turnSyncOff,
  turnSyncOn,
  updateSettings,
} from '@/utils/storage';
import { STATUS_RANK } from '@/utils/storage/merge';
import { bytesInUse, itemBytes, SYNC_LIMITS } from '@/utils/storage/sync-limits';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type Event = [Changes, string];

/** Hands every storage change to the background's mirror, one after another, as the background hears them. */
function background() {
  const heard: Event[] = [];
  fakeBrowser.storage.onChanged.addListener((changes: Changes, area: string) => void heard.push([changes, area]));
  return {
    heard,
    /** Until the mirror has nothing left to answer (it must come to rest: no endless echo between the areas). */
    async settle() {
      let answered = 0;
      for (let event = heard.shift(); event; event = heard.shift()) {
        if (++answered > 200) throw new Error(`the mirror does not come to rest: ${JSON.stringify(event)}`);
        await mirrorChange(...event);
      }
    },
  };
}

let bg: ReturnType<typeof background>;
beforeEach(() => {
  fakeBrowser.reset();
  bg = background();
});

const local = () => fakeBrowser.storage.local.get(null);
const synced = () => fakeBrowser.storage.sync.get(null);
const NOTE = { transactionId: '10005', submitted: '11/01/2015 10:40:36 CST', request: 'Link', status: 'Processed' };
const courtsIn = (area: Record<string, unknown>) => Object.fromEntries(Object.entries(area).filter(([key]) => key.startsWith('court:')));

describe('turning sync on', () => {
  it('puts every court and the synced settings in sync, one key per court, and nothing else', async () => {
    await addCourt('iasb', 1);
    await recordProgress('iasb', 'refresh-menus', {}, 2);
    await addCourt('iasd', 3);
    await updateSettings({
      individualUsername: 'Ann.Lee',
      sharedUsernames: ['firmpacer'],
      firmNames: ['Lee & Associates'],
      guideEnabled: false,
      dismissedOffers: ['nvb'],
    });
    await fakeBrowser.storage.managed.set({ sharedUsernames: ['policyuser'], firmNames: ['Policy Firm LLP'] });
    await fakeBrowser.storage.local.set({ prerequisites: { upgraded: 'yes', seen: 5 } });

    expect(await synced()).toEqual({});
    expect(await turnSyncOn()).toEqual({ on: true, allowed: true, pending: [] });
    const everything = await local();
    expect(await synced()).toEqual({
      'court:iasb': everything['court:iasb'],
      'court:iasd': everything['court:iasd'],
      'setting:individualUsername': 'ann.lee',
      'setting:sharedUsernames': ['firmpacer'],
      'setting:firmNames': ['Lee & Associates'],
      version: 1,
    });
    // What must not travel: this browser's guide on/off and dismissed offers, the firm's policy, the account check.
    const text = JSON.stringify(await synced());
    for (const word of ['policyuser', 'Policy Firm', 'nvb', 'guideEnabled', 'upgraded']) expect(text).not.toContain(word);
  });

  it('with data on both sides: courts merge forward-only both ways, lists combine, this browser keeps its username', async () => {
    await addCourt('iasb', 5);
    await recordProgress('iasb', 'pacer-login', {}, 6);
    await addCourt('nvb', 7);
    await recordProgress('nvb', 'refresh-menus', {}, 8);
    await updateSettings({ individualUsername: 'ann.lee', firmNames: ['Lee & Associates'] });
    // Another browser synced before: IASB linked there (earlier), NVB only started, IASD only there.
    await fakeBrowser.storage.sync.set({
      version: 1,
      'court:iasb': { id: 'iasb', status: 'linked', added: 1, updated: 4, linked: 4 },
      'court:nvb': { id: 'nvb', status: 'todo', added: 2, updated: 20, paused: true },
      'court:iasd': { id: 'iasd', status: 'verified', added: 3, updated: 9, linked: 9, verified: 9 },
      'setting:individualUsername': 'other.user',
      'setting:firmNames': ['Lee Partners LLP', 'Lee & Associates'],
      'setting:sharedUsernames': ['firmpacer'],
    });
    await turnSyncOn();
    await bg.settle();

    const expected = {
      'court:iasb': { id: 'iasb', status: 'linked', added: 1, updated: 6, linked: 4, lastStep: 'pacer-login' },
      'court:nvb': { id: 'nvb', status: 'linked', added: 2, updated: 20, linked: 8, lastStep: 'refresh-menus', paused: true },
      'court:iasd': { id: 'iasd', status: 'verified', added: 3, updated: 9, linked: 9, verified: 9 },
    };
    expect(courtsIn(await local())).toEqual(expected);
    expect(courtsIn(await synced())).toEqual(expected);
    expect(await readOwnSettings()).toMatchObject({
      individualUsername: 'ann.lee',
      firmNames: ['Lee & Associates', 'Lee Partners LLP'],
      sharedUsernames: ['firmpacer'],
    });
    expect(await synced()).toMatchObject({ 'setting:individualUsername': 'ann.lee', 'setting:firmNames': ['Lee & Associates', 'Lee Partners LLP'] });
  });

  it('a browser without a username takes the synced one', async () => {
    await fakeBrowser.storage.sync.set({ 'setting:individualUsername': 'ann.lee' });
    await turnSyncOn();
    expect((await readOwnSettings()).individualUsername).toBe('ann.lee');
  });

  it('with lists that together hold more than one list can: refused, nothing changed in either browser, and said', async () => {
    const mine = Array.from({ length: 150 }, (_, i) => `mine${i}`);
    const theirs = Array.from({ length: 100 }, (_, i) => `theirs${i}`);
    await updateSettings({ sharedUsernames: mine, firmNames: ['Lee & Associates'] });
    await fakeBrowser.storage.sync.set({ version: 1, 'setting:sharedUsernames': theirs, 'setting:firmNames': ['Other LLP'] });
    const before = [await local(), await synced()];
    await expect(turnSyncOn()).rejects.toThrow(
      "Together, this browser (150) and your browser's sync (100) hold 250 shared firm usernames, more than the 200 one list can hold. Nothing was changed in either. Remove some here or in your other browser, then turn sync on again.",
    );
    await bg.settle();
    expect([await local(), await synced()]).toEqual(before);
    expect((await readSyncStatus()).on).toBe(false);
  });

  it('is refused, changing nothing, when the firm’s policy forbids it', async () => {
    await addCourt('iasb', 1);
    await fakeBrowser.storage.managed.set({ syncAllowed: false });
    const before = await local();
    await expect(turnSyncOn()).rejects.toThrow(new SyncError("Your firm's policy does not allow sync for this extension. Nothing was changed."));
    expect(await local()).toEqual(before);
    expect(await synced()).toEqual({});
    expect(await readSyncStatus()).toEqual({ on: false, allowed: false, pending: [] });
  });

  it('is refused when sync holds a newer version’s checklist, which is left alone', async () => {
    await addCourt('iasb', 1);
    await fakeBrowser.storage.sync.set({ version: 2, 'court:iasb': { id: 'iasb', shape: 'new' } });
    const before = [await local(), await synced()];
    await expect(turnSyncOn()).rejects.toThrow(/newer version of CM\/ECF Link Guide\. Update the extension/);
    expect([await local(), await synced()]).toEqual(before);
  });
});

describe('while sync is on', () => {
  beforeEach(async () => {
    await addCourt('iasb', 1);
    await turnSyncOn();
    await bg.settle();
  });

  it('every local change of a court is mirrored; a removal here leaves sync too', async () => {
    await recordProgress('iasb', 'refresh-menus', {}, 2);
    await addCourt('iasd', 3);
    await bg.settle();
    expect(courtsIn(await synced())).toEqual(courtsIn(await local()));
    await removeCourt('iasd');
    await bg.settle();
    expect(Object.keys(courtsIn(await synced()))).toEqual(['court:iasb']);
    // Removed and added again before the background heard of the removal: the new court stays, in
    // sync too, and what sync knew of the removed one (linked) does not come back with it.
    await removeCourt('iasb');
    await addCourt('iasb', 9);
    await bg.settle();
    expect(await readCourt('iasb')).toMatchObject({ status: 'todo' });
    expect((await synced())['court:iasb']).toEqual(await readCourt('iasb'));
    expect(await synced()).not.toHaveProperty('removed:iasb');
  });

  it('a further copy from another browser moves this one forward; an older one moves nothing back and is answered', async () => {
    await fakeBrowser.storage.sync.set({ 'court:iasb': { id: 'iasb', status: 'verified', added: 1, updated: 9, linked: 8, verified: 9 } });
    await bg.settle();
    expect(await readCourt('iasb')).toEqual({ id: 'iasb', status: 'verified', added: 1, updated: 9, linked: 8, verified: 9 });
    await fakeBrowser.storage.sync.set({ 'court:iasb': { id: 'iasb', status: 'todo', added: 1, updated: 50 } });
    await bg.settle();
    // Nothing moves back; the later time is taken, so that both copies end the same.
    expect(await readCourt('iasb')).toEqual({ id: 'iasb', status: 'verified', added: 1, updated: 50, linked: 8, verified: 9 });
    expect((await synced())['court:iasb']).toEqual(await readCourt('iasb'));
  });

  it('a court removed from sync (or all of sync cleared elsewhere) deletes nothing here', async () => {
    await fakeBrowser.storage.sync.clear();
    await bg.settle();
    expect(await readCourt('iasb')).toMatchObject({ id: 'iasb' });
  });

  it('a copy this version cannot read, or of a court it does not know, is set aside once and never written over', async () => {
    const fromNewer = { id: 'iasb', status: 'archived', added: 1, updated: 99 };
    const unknown = { id: 'zzzb', status: 'todo', added: 1, updated: 1 };
    await fakeBrowser.storage.sync.set({ 'court:iasb': fromNewer, 'court:zzzb': unknown });
    await bg.settle();
    await recordProgress('iasb', 'pacer-login', {}, 100);
    await fakeBrowser.storage.sync.set({ 'court:iasb': fromNewer });
    await resumeSync();
    await bg.settle();
    expect(await readCourt('iasb')).toMatchObject({ status: 'in-progress' });
    expect((await synced())['court:iasb']).toEqual(fromNewer);
    expect((await readChecklist()).courts.map((c) => c.id)).toEqual(['iasb']);
    expect((await readSetAside()).map((e) => [e.key, e.reason])).toEqual([
      ['sync:court:iasb', "from the browser's sync: status: Invalid input"],
      ['sync:court:zzzb', "from the browser's sync: a court this version does not know"],
    ]);
  });

  it('settings: a change here is sent, one from another browser is taken; an unusable copy is set aside, never taken', async () => {
    await updateSettings({ individualUsername: 'Ann.Lee' });
    await dismissOffer('nvb');
    await updateSettings({ guideEnabled: false });
    await bg.settle();
    expect(await synced()).toMatchObject({ 'setting:individualUsername': 'ann.lee' });
    expect(JSON.stringify(await synced())).not.toMatch(/nvb|guideEnabled/);

    await fakeBrowser.storage.sync.set({ 'setting:firmNames': ['Lee   Partners'] });
    await bg.settle();
    expect((await readOwnSettings()).firmNames).toEqual(['Lee Partners']);
    expect((await synced())['setting:firmNames']).toEqual(['Lee Partners']);

    await fakeBrowser.storage.sync.set({ 'setting:firmNames': ['L'.repeat(201)], 'setting:individualUsername': 42 });
    await bg.settle();
    expect(await readOwnSettings()).toMatchObject({ firmNames: ['Lee Partners'], individualUsername: 'ann.lee' });
    expect((await readSetAside()).map((e) => e.key).sort()).toEqual(['sync:setting:firmNames', 'sync:setting:individualUsername']);
  });

  it('a firm policy that forbids sync stops the mirror, and says so', async () => {
    await fakeBrowser.storage.managed.set({ syncAllowed: false });
    await recordProgress('iasb', 'refresh-menus', {}, 5);
    await bg.settle();
    expect((await synced())['court:iasb']).toMatchObject({ status: 'todo' });
    expect(await readSyncStatus()).toEqual({ on: false, allowed: false, pending: [] });
  });
});

describe('what sync never took, and clocks that differ', () => {
  it('a list too large for sync is sent again at the next start, never replaced by the older copy sync holds', async () => {
    await updateSettings({ sharedUsernames: ['firmpacer'] });
    await turnSyncOn();
    const many = Array.from({ length: 200 }, (_, i) => `shared.firm.account.number.${i}.of.many.in.this.firm`);
    await updateSettings({ sharedUsernames: many });
    await bg.settle();
    expect((await synced())['setting:sharedUsernames']).toEqual(['firmpacer']);
    expect((await readSyncStatus()).pending).toEqual(['setting:sharedUsernames']);
    expect((await readOwnSettings()).sharedUsernames).toEqual(many);
    // The browser starts again (or the extension is updated): the list here is kept, whole.
    await resumeSync();
    await bg.settle();
    expect((await readOwnSettings()).sharedUsernames).toEqual(many);
    // Once it fits again, it is sent and no longer pending.
    await updateSettings({ sharedUsernames: [...many.slice(0, 3)] });
    await bg.settle();
    expect((await synced())['setting:sharedUsernames']).toEqual(many.slice(0, 3));
    expect((await readSyncStatus()).pending).toEqual([]);
  });

  it('a pause made here is not undone by a copy stamped by another browser whose clock ran ahead', async () => {
    await addCourt('iasb', 1);
    await turnSyncOn();
    const ahead = { id: 'iasb', status: 'in-progress', added: 1, updated: 5_000, lastStep: 'pacer-login' };
    await fakeBrowser.storage.sync.set({ 'court:iasb': ahead });
    await bg.settle();
    expect((await readCourt('iasb'))?.updated).toBe(5_000);
    await setPaused('iasb', true, 2_000);
    await bg.settle();
    expect((await readCourt('iasb'))?.paused).toBe(true);
    expect((await synced())['court:iasb']).toMatchObject({ paused: true });
    await setPaused('iasb', false, 2_500);
    await bg.settle();
    expect((await readCourt('iasb'))?.paused).toBeUndefined();
  });
});

describe('turning sync off', () => {
  it('loses nothing here, sends nothing more, and leaves the synced copy for other browsers', async () => {
    await addCourt('iasb', 1);
    await updateSettings({ individualUsername: 'ann.lee', firmNames: ['Lee'] });
    await turnSyncOn();
    await fakeBrowser.storage.sync.set({ 'court:nvb': { id: 'nvb', status: 'linked', added: 2, updated: 3, linked: 3 } });
    await bg.settle();
    const before = await local();
    const copy = await synced();

    await turnSyncOff();
    await bg.settle();
    const { sync: _state, ...after } = await local();
    const { sync: _was, ...kept } = before;
    expect(after).toEqual(kept);
    expect(await readSyncStatus()).toEqual({ on: false, allowed: true, pending: [] });

    await recordProgress('iasb', 'refresh-menus', {}, 5);
    await fakeBrowser.storage.sync.set({ 'court:iasd': { id: 'iasd', status: 'todo', added: 9, updated: 9 } });
    await bg.settle();
    expect(await synced()).toEqual({ ...copy, 'court:iasd': { id: 'iasd', status: 'todo', added: 9, updated: 9 } });
    expect(await readCourt('iasd')).toBeUndefined();
  });

  it('Reset removes everything from this browser only and turns sync off here', async () => {
    await addCourt('iasb', 1);
    await turnSyncOn();
    await resetAll();
    await bg.settle();
    expect(courtsIn(await synced())).toEqual({ 'court:iasb': { id: 'iasb', status: 'todo', added: 1, updated: 1 } });
    expect((await readSyncStatus()).on).toBe(false);
  });
});

/** A checklist of 25 courts as a busy filer has it: every status, times, last steps, some court emails. */
async function twentyFiveCourts() {
  const ids = [
    'akb',
    'akd',
    'alnb',
    'alnd',
    'azb',
    'azd',
    'cacb',
    'cacd',
    'caeb',
    'caed',
    'ianb',
    'iand',
    'iasb',
    'iasd',
    'nvb',
    'nvd',
    'nyeb',
    'nyed',
    'nysb',
    'nysd',
    'txsb',
    'txsd',
    'txnb',
    'txnd',
    'wawb',
  ];
  const day = 1_767_225_600_000;
  for (const [i, id] of ids.entries()) {
    await addCourt(id, day + i);
    if (i % 4 > 0)
      await recordProgress(id, i % 4 === 1 ? 'confirm-link' : i % 4 === 2 ? 'refresh-menus' : 'linked', { nextGenLayout: i % 2 === 0 }, day + i * 3_600_000, {
        login: 'own',
      });
    if (i % 4 >= 2)
      await saveNotification(id, { ...NOTE, transactionId: String(10_000 + i), court: `U.S. Court ${id.toUpperCase()}` }, day + i * 3_600_000 + 60_000);
  }
  await updateSettings({ individualUsername: 'ann.lee', sharedUsernames: ['firmpacer', 'firmpacer2'], firmNames: ['Lee & Associates, LLP'] });
}

describe('the limits of the browser’s sync', () => {
  it('a checklist of 25 courts takes a small part of it (the size docs/storage-and-sync.md gives)', async () => {
    await twentyFiveCourts();
    await turnSyncOn();
    const all = await synced();
    expect(Object.keys(courtsIn(all))).toHaveLength(25);
    const size = bytesInUse(all);
    console.log(`25-court checklist in sync: ${size} bytes, ${Object.keys(all).length} items`);
    expect(size).toBeLessThan(SYNC_LIMITS.total / 10);
  });

  it('sizes are counted as Chrome counts them: key and JSON, times past 32 bits in exponent form', () => {
    // Chromium's storage.sync.getBytesInUse for these two items: 121 and 83 bytes.
    expect(itemBytes('court:akd', { added: 1767571200001, id: 'akd', lastStep: 'confirm-link', status: 'in-progress', updated: 1767574800000 })).toBe(121);
    expect(itemBytes('court:akb', { added: 1767571200000, id: 'akb', status: 'todo', updated: 1767571200000 })).toBe(83);
    expect(itemBytes('setting:firmNames', ['Lee & Associates, LLP — Ü'])).toBe('setting:firmNames'.length + 2 + 2 + 'Lee & Associates, LLP — Ü'.length + 2 + 1);
  });

  it('an item over 8 KB stays in this browser, the rest is synced, and the user is told', async () => {
    await addCourt('iasb', 1);
    const many = Array.from({ length: 200 }, (_, i) => `shared.firm.account.number.${i}.of.many.in.this.firm`);
    await updateSettings({ sharedUsernames: many });
    const status = await turnSyncOn();
    expect(status.problem).toBe(
      "Your list of shared firm usernames is larger than the 8,192 bytes your browser's sync allows for one item, so it is kept in this browser only. Everything else is synced.",
    );
    expect(await synced()).toMatchObject({ 'court:iasb': { id: 'iasb' } });
    expect((await synced())['setting:sharedUsernames']).toBeUndefined();
    expect((await readOwnSettings()).sharedUsernames).toEqual(many);
    // Once the list is short enough, the next change sends it and the message goes.
    await updateSettings({ sharedUsernames: many.slice(0, 5) });
    await bg.settle();
    expect((await synced())['setting:sharedUsernames']).toEqual(many.slice(0, 5));
    expect((await readSyncStatus()).problem).toBeUndefined();
  });

  it('when sync is full nothing of the change is written, everything stays here, and the user is told', async () => {
    // Sync left nearly full by something else (a newer version's data, say): 13 items, 98,917 bytes.
    await fakeBrowser.storage.sync.set(Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`other:${i}`, 'x'.repeat(7_600)])));
    await twentyFiveCourts();
    const before = [await local(), await synced()];
    const status = await turnSyncOn();
    expect(status.problem).toMatch(
      /^Your checklist and settings would take 10\d,\d{3} bytes in your browser's sync, more than the 102,400 it allows\. Everything is kept in this browser/,
    );
    const { sync: _state, ...after } = await local();
    expect([after, await synced()]).toEqual([before[0], before[1]]);
  });

  it('a write the browser refuses keeps the change here, says so, and the next write that goes through clears the message', async () => {
    await addCourt('iasb', 1);
    await turnSyncOn();
    await bg.settle();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await recordProgress('iasb', 'refresh-menus', {}, 2);
    await bg.settle();
    expect(await readCourt('iasb')).toMatchObject({ status: 'linked' });
    expect((await readSyncStatus()).problem).toMatch(
      /did not take the last change \(MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded\)\. Everything is kept in this browser/,
    );
    await recordProgress('iasb', 'linked', {}, 3, { login: 'own' });
    await bg.settle();
    expect((await synced())['court:iasb']).toMatchObject({ status: 'verified' });
    expect((await readSyncStatus()).problem).toBeUndefined();
    set.mockRestore();
  });
});

describe('two browsers, one sync: every order of writes and deliveries', () => {
  /** One simulated browser: its own storage.local and its own copy of storage.sync. */
  interface Sim {
    local: Record<string, unknown>;
    sync: Record<string, unknown>;
    /** Sync keys this browser changed that the sync server has not passed on yet. */
    unsent: Set<string>;
    /** Every status IASB took in this browser's storage.local, in order. */
    seen: string[];
    /** Every linked time IASB's record held here. */
    linkedTimes: number[];
  }

  const START: CourtRecord = { id: 'iasb', status: 'todo', added: 1, updated: 1 };
  const sim = (): Sim => ({
    local: { 'court:iasb': START, sync: { on: true } },
    sync: { 'court:iasb': START, version: 1 },
    unsent: new Set(),
    seen: [],
    linkedTimes: [],
  });

  /** Runs `work` in browser `b`, with its background answering every change until it rests. */
  async function inBrowser(b: Sim, work: () => Promise<unknown>) {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set(b.local);
    await fakeBrowser.storage.sync.set(b.sync);
    const mirror = background();
    fakeBrowser.storage.local.onChanged.addListener((changes: Changes) => {
      const record = changes['court:iasb']?.newValue as CourtRecord | undefined;
      if (record) b.seen.push(record.status);
      if (record?.linked) b.linkedTimes.push(record.linked);
    });
    await work();
    const arrived = await synced();
    await mirror.settle();
    [b.local, b.sync] = [await local(), await synced()];
    for (const key of new Set([...Object.keys(arrived), ...Object.keys(b.sync)]))
      if (JSON.stringify(arrived[key]) !== JSON.stringify(b.sync[key])) b.unsent.add(key);
  }

  /** The sync server passes what `from` changed on to `to` (the last write of a key wins, as in Chrome and Firefox). */
  async function deliver(from: Sim, to: Sim) {
    if (!from.unsent.size) return;
    const keys = [...from.unsent];
    from.unsent.clear();
    await inBrowser(to, async () => {
      for (const key of keys) {
        if (from.sync[key] === undefined) await fakeBrowser.storage.sync.remove(key);
        else await fakeBrowser.storage.sync.set({ [key]: from.sync[key] });
      }
    });
  }

  function permutations<T>(items: T[]): T[][] {
    if (items.length <= 1) return [items];
    return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
  }

  it('progress, a new court, a verification and a court email in two browsers: the same checklist in both, never a step back', {
    timeout: 120_000,
  }, async () => {
    const events = {
      'A links IASB': (a: Sim) => inBrowser(a, () => recordProgress('iasb', 'refresh-menus', {}, 10)),
      'A adds IASD': (a: Sim) => inBrowser(a, () => addCourt('iasd', 11)),
      'B verifies IASB': (_a: Sim, b: Sim) => inBrowser(b, () => recordProgress('iasb', 'linked', {}, 20, { login: 'own' })),
      'B saves the court email': (_a: Sim, b: Sim) => inBrowser(b, () => saveNotification('iasb', NOTE, 21)),
      'A → B': (a: Sim, b: Sim) => deliver(a, b),
      'B → A': (a: Sim, b: Sim) => deliver(b, a),
    };
    const orders = permutations(Object.keys(events) as (keyof typeof events)[]);
    expect(orders).toHaveLength(720);
    for (const order of orders) {
      const [a, b] = [sim(), sim()];
      for (const name of order) await events[name](a, b);
      // Then the sync server passes everything on until nothing is left to pass.
      for (let round = 0; a.unsent.size || b.unsent.size; round++) {
        expect(round, order.join(', ')).toBeLessThan(5);
        await deliver(a, b);
        await deliver(b, a);
      }
      const why = order.join(', ');
      expect(courtsIn(a.local), why).toEqual(courtsIn(b.local));
      expect(courtsIn(a.sync), why).toEqual(courtsIn(a.local));
      expect(courtsIn(b.sync), why).toEqual(courtsIn(b.local));
      // The earliest linked time either browser recorded (10 unless A heard of B's link before its own) is kept.
      const linked = Math.min(...a.linkedTimes, ...b.linkedTimes);
      expect(a.local['court:iasb'], why).toMatchObject({ status: 'verified', added: 1, linked, verified: 20, notification: NOTE });
      // A change is stamped later than the copy it changed, so the last one may be a tick past 21.
      expect((a.local['court:iasb'] as CourtRecord).updated, why).toBeGreaterThanOrEqual(21);
      expect((a.local['court:iasb'] as CourtRecord).updated, why).toBeLessThanOrEqual(23);
      expect(a.local['court:iasd'], why).toEqual({ id: 'iasd', status: 'todo', added: 11, updated: 11 });
      for (const seen of [a.seen, b.seen]) {
        const ranks = seen.map((s) => STATUS_RANK[s as CourtRecord['status']]);
        expect(ranks, why).toEqual([...ranks].sort((x, y) => x - y));
      }
    }
  });

  describe('a removal lasts in every browser; a re-add wins over an older removal', () => {
    const IASD: CourtRecord = { id: 'iasd', status: 'todo', added: 2, updated: 2 };
    const both = () => {
      const [a, b] = [sim(), sim()];
      for (const x of [a, b]) Object.assign(x.local, { 'court:iasd': IASD }), Object.assign(x.sync, { 'court:iasd': IASD });
      return [a, b] as const;
    };
    async function settleAll(a: Sim, b: Sim, why: string) {
      for (let round = 0; a.unsent.size || b.unsent.size; round++) {
        expect(round, why).toBeLessThan(6);
        await deliver(a, b);
        await deliver(b, a);
      }
      // Then each browser starts again (sync catches up at every start): nothing comes back.
      await inBrowser(a, resumeSync);
      await inBrowser(b, resumeSync);
      for (let round = 0; a.unsent.size || b.unsent.size; round++) {
        expect(round, why).toBeLessThan(6);
        await deliver(a, b);
        await deliver(b, a);
      }
    }

    it('A removes IASD while B changed it earlier: gone from both browsers and from sync, in every order', { timeout: 60_000 }, async () => {
      const before = Date.now() - 60_000;
      const events = {
        'A removes IASD': (a: Sim) => inBrowser(a, () => removeCourt('iasd')),
        'B starts IASD (stamped before the removal)': (_a: Sim, b: Sim) => inBrowser(b, () => recordProgress('iasd', 'pacer-login', {}, before)),
        'A → B': (a: Sim, b: Sim) => deliver(a, b),
        'B → A': (a: Sim, b: Sim) => deliver(b, a),
      };
      for (const order of permutations(Object.keys(events) as (keyof typeof events)[])) {
        const [a, b] = both();
        for (const name of order) await events[name](a, b);
        const why = order.join(', ');
        await settleAll(a, b, why);
        for (const area of [a.local, b.local, a.sync, b.sync]) expect(area['court:iasd'], why).toBeUndefined();
        expect(courtsIn(a.local), why).toEqual(courtsIn(b.local));
        expect(a.local['court:iasb'], why).toEqual(START);
      }
    });

    it('A removes IASD, then adds it again: the re-add wins everywhere, and the marker goes', { timeout: 60_000 }, async () => {
      const later = Date.now() + 60_000;
      const events = {
        'B → A': (a: Sim, b: Sim) => deliver(b, a),
        'A → B': (a: Sim, b: Sim) => deliver(a, b),
        'B starts IASB': (_a: Sim, b: Sim) => inBrowser(b, () => recordProgress('iasb', 'pacer-login', {}, 5)),
      };
      for (const order of permutations(Object.keys(events) as (keyof typeof events)[])) {
        const [a, b] = both();
        await inBrowser(a, () => removeCourt('iasd'));
        await inBrowser(a, () => addCourt('iasd', later));
        for (const name of order) await events[name](a, b);
        const why = order.join(', ');
        await settleAll(a, b, why);
        for (const area of [a.local, b.local, a.sync, b.sync]) expect(area['court:iasd'], why).toMatchObject({ id: 'iasd', status: 'todo', added: 2 });
        expect(a.sync['removed:iasd'], why).toBeUndefined();
        expect(courtsIn(a.local), why).toEqual(courtsIn(b.local));
      }
    });

    it('a court added again after a removal stamped by a clock running ahead stays: the add is stamped after the marker', async () => {
      const ahead = Date.now() + 3_600_000;
      await fakeBrowser.storage.local.set({ sync: { on: true }, 'court:iasd': { id: 'iasd', status: 'todo', added: 1, updated: ahead } });
      await fakeBrowser.storage.sync.set({ version: 1, 'court:iasd': { id: 'iasd', status: 'todo', added: 1, updated: ahead } });
      await removeCourt('iasd');
      await bg.settle();
      expect((await synced())['removed:iasd']).toEqual({ at: ahead + 1 });
      await addCourt('iasd');
      await bg.settle();
      expect(await readCourt('iasd')).toMatchObject({ status: 'todo', updated: ahead + 2 });
      expect((await synced())['court:iasd']).toMatchObject({ updated: ahead + 2 });
      expect(await synced()).not.toHaveProperty('removed:iasd');
    });

    it('a removal sync refused is sent again at the next start (the marker stays here meanwhile), so the court does not come back', async () => {
      await fakeBrowser.storage.local.set({ sync: { on: true }, 'court:iasd': { id: 'iasd', status: 'todo', added: 1, updated: 2 } });
      await fakeBrowser.storage.sync.set({ version: 1, 'court:iasd': { id: 'iasd', status: 'todo', added: 1, updated: 2 } });
      const refused = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
      await removeCourt('iasd');
      await bg.settle();
      refused.mockRestore();
      expect(await synced()).not.toHaveProperty('removed:iasd');
      expect((await readSyncStatus()).pending).toEqual(['removed:iasd']);
      await resumeSync();
      expect((await synced())['removed:iasd']).toMatchObject({ at: expect.any(Number) });
      expect((await readSyncStatus()).pending).toEqual([]);
      // The other browser's old copy, arriving now, is removed rather than brought back.
      await fakeBrowser.storage.sync.set({ 'court:iasd': { id: 'iasd', status: 'todo', added: 1, updated: 2 } });
      await bg.settle();
      expect(await readCourt('iasd')).toBeUndefined();
      expect(await synced()).not.toHaveProperty('court:iasd');
    });

    it('an expired marker is dropped from sync; one stamped later than tomorrow is set aside and removes nothing', async () => {
      await fakeBrowser.storage.local.set({ sync: { on: true }, 'court:iasb': START });
      await fakeBrowser.storage.sync.set({ version: 1, 'court:iasb': START, 'removed:nvb': { at: 5 }, 'removed:iasb': { at: Date.now() + 3 * 86_400_000 } });
      await resumeSync();
      expect(await synced()).not.toHaveProperty('removed:nvb');
      expect(await readCourt('iasb')).toEqual(START);
      expect((await readSetAside()).map((e) => e.key)).toEqual(['sync:removed:iasb']);
    });
  });
});

describe('a browser still on an earlier version (mfaSeen on court records)', () => {
  it('a copy that differs only by mfaSeen is the same court: nothing is rewritten either way', async () => {
    const court = { id: 'iasb', status: 'in-progress', added: 1, updated: 5, lastStep: 'open-utilities' };
    await fakeBrowser.storage.local.set({ 'court:iasb': court });
    await fakeBrowser.storage.sync.set({ 'court:iasb': { ...court, mfaSeen: true } });
    const syncWrites = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const localWrites = vi.spyOn(fakeBrowser.storage.local, 'set');
    await turnSyncOn();
    expect(syncWrites.mock.calls.filter(([items]) => 'court:iasb' in items)).toEqual([]);
    expect(localWrites.mock.calls.filter(([items]) => 'court:iasb' in items)).toEqual([]);
    expect(await readCourt('iasb')).toEqual(court);
  });
});
