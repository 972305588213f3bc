// "Keep my checklist in sync across my browsers" in the built extension: turning it on in the
// options page puts the checklist in chrome.storage.sync (one key per court, within Chrome's
// limits); the background mirrors changes both ways; turning it off (by keyboard) loses nothing.
import type { Page } from '@playwright/test';
import { bytesInUse } from '../../utils/storage/sync-limits';
import { expect, test } from './fixtures';

type Stored = Record<string, unknown>;
const read = (page: Page, area: 'local' | 'sync') =>
  page.evaluate((a) => (globalThis as unknown as { chrome: typeof browser }).chrome.storage[a].get(null) as Promise<Stored>, area);
const courtsIn = (all: Stored) => Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('court:')));
const withoutSyncChoice = ({ sync: _choice, ...rest }: Stored) => rest;

const IDS = [
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

test('turning sync on puts the 25-court checklist in storage.sync; changes travel both ways; turning it off loses nothing', async ({ d, extensionId }) => {
  const options = await d.page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.sync.clear());

  // Twenty-five courts in every state, some with the court's email, and the user's names.
  await options.evaluate((ids) => {
    const statuses = ['todo', 'in-progress', 'linked', 'verified'] as const;
    const day = Date.UTC(2026, 0, 5);
    const note = { transactionId: '10005', submitted: '01/05/2026 10:40:36 CST', request: 'Link', status: 'Processed' };
    return (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set(
      Object.fromEntries(
        ids.map((id, i) => {
          const status = statuses[i % 4];
          const at = day + i * 3_600_000;
          const done = status === 'linked' || status === 'verified';
          return [
            `court:${id}`,
            {
              id,
              status,
              added: day + i,
              updated: at,
              ...(status !== 'todo' && { lastStep: done ? 'refresh-menus' : 'confirm-link' }),
              ...(done && { linked: at, notification: { ...note, transactionId: String(10_000 + i) } }),
              ...(status === 'verified' && { verified: at }),
            },
          ];
        }),
      ),
    );
  }, IDS);
  await options.fill('#individual', 'Ann.Lee');
  await options.locator('#individual').blur();
  await options.fill('#firms', 'Lee & Associates');
  await options.locator('#firms').blur();
  await expect(options.getByRole('status')).toHaveText('Saved.');

  const sync = options.getByRole('checkbox', { name: 'Keep my checklist in sync across my browsers' });
  await expect(sync).not.toBeChecked();
  expect(await read(options, 'sync'), 'off by default: nothing in sync').toEqual({});

  await sync.check();
  await expect(options.getByRole('status')).toHaveText('Sync is on: your checklist and names are in your browser’s sync.');
  const local = await read(options, 'local');
  const synced = await read(options, 'sync');
  expect(Object.keys(courtsIn(synced))).toHaveLength(25);
  expect(courtsIn(synced)).toEqual(courtsIn(local));
  expect(synced).toMatchObject({
    'setting:individualUsername': 'ann.lee',
    'setting:firmNames': ['Lee & Associates'],
    'setting:sharedUsernames': [],
    version: 1,
  });
  expect(JSON.stringify(synced)).not.toMatch(/guideEnabled|dismissedOffers/);

  // Chrome's own count of what sync holds; the extension's count, which its limit checks use, is
  // never below it (and only a few bytes above: it counts every time in Chrome's longer form).
  const bytes = await options.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { sync: { getBytesInUse(keys: null): Promise<number> } } } }).chrome.storage.sync.getBytesInUse(null),
  );
  expect(bytesInUse(synced)).toBeGreaterThanOrEqual(bytes);
  expect(bytesInUse(synced) - bytes).toBeLessThan(100);
  expect(bytes).toBeLessThan(102_400 / 10);
  test.info().annotations.push({ type: 'sync size', description: `25 courts, 3 settings, version: ${bytes} bytes in ${Object.keys(synced).length} items` });

  // A step recorded in this browser is mirrored by the background.
  await options.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({
      'court:akb': { id: 'akb', status: 'in-progress', lastStep: 'pacer-login', added: 1, updated: Date.now() + 3_600_000 },
    }),
  );
  await expect.poll(async () => (await read(options, 'sync'))['court:akb']).toMatchObject({ status: 'in-progress', added: 1 });
  // Another browser verified IASB and added MND: merged here, forward-only.
  await options.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.storage.sync.set({
      'court:iasb': { id: 'iasb', status: 'verified', added: 1, updated: Date.now() + 3_600_000, linked: 5, verified: 6 },
      'court:mnd': { id: 'mnd', status: 'todo', added: 7, updated: 7 },
      'court:iand': { id: 'iand', status: 'todo', added: 7, updated: Date.now() + 3_600_000 },
    }),
  );
  await expect.poll(async () => (await read(options, 'local'))['court:iasb']).toMatchObject({ status: 'verified', linked: 5, verified: 6 });
  await expect.poll(async () => (await read(options, 'local'))['court:mnd']).toMatchObject({ status: 'todo' });
  expect((await read(options, 'local'))['court:iand'], 'a copy from sync saying "todo" never moves a verified court back').toMatchObject({
    status: 'verified',
  });
  const popup = await d.openPopup();
  await expect(popup.locator('li[data-court="iasb"]')).toHaveAttribute('data-status', 'verified');
  await expect(popup.locator('li[data-court]')).toHaveCount(26);

  // Off, by keyboard: everything stays here, nothing more is sent.
  const before = await read(options, 'local');
  await sync.focus();
  await options.keyboard.press('Space');
  await expect(options.getByRole('status')).toHaveText('Sync is off. Everything stays in this browser; your other browsers keep the synced copy.');
  await expect(sync).not.toBeChecked();
  expect(withoutSyncChoice(await read(options, 'local'))).toEqual(withoutSyncChoice(before));
  const copy = await read(options, 'sync');
  await options.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({
      'court:akd': { id: 'akd', status: 'verified', added: 1, updated: Date.now() + 3_600_000, linked: 2, verified: 3 },
    }),
  );
  await options.waitForTimeout(1000);
  expect(await read(options, 'sync'), 'nothing is sent once sync is off').toEqual(copy);
  await options.reload();
  await expect(options.getByRole('checkbox', { name: 'Keep my checklist in sync across my browsers' })).not.toBeChecked();
  await popup.reload();
  await expect(popup.locator('li[data-court]')).toHaveCount(26);
});
