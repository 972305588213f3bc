// Importing a partial checklist through the options page of the built extension: a preview first,
// then only what the file holds changes; every earlier setting is intact afterwards.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const stored = (page: Page) => page.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.get(null));

/** Chooses a checklist file on the options page, as the user's file picker would. */
const chooseFile = (options: Page, body: object, name = 'checklist.json') =>
  options.setInputFiles('input[type=file]', {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'cmecf-link-guide/checklist', version: 1, exported: 1, courts: [], ...body })),
  });

test('a file holding only firm names and two courts: preview, Import, and every earlier setting intact', async ({ d, extensionId }) => {
  const options = await d.page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);

  // Earlier settings, typed as a user would; each save says so.
  await options.fill('#individual', '  Ann.Lee ');
  await options.locator('#individual').blur();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await options.fill('#shared', 'FirmPacer\nfirm2');
  await options.locator('#shared').blur();
  await options.fill('#firms', 'Lee & Associates');
  await options.locator('#firms').blur();
  await options.getByLabel('Show the guide on court pages').uncheck();
  await expect.poll(async () => ((await stored(options)).settings as { guideEnabled?: boolean } | undefined)?.guideEnabled).toBe(false);
  // A court already under way.
  await options.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({
      'court:iasb': { id: 'iasb', status: 'in-progress', lastStep: 'confirm-link', added: 1, updated: 2 },
    }),
  );
  const before = await stored(options);

  const file = {
    format: 'cmecf-link-guide/checklist',
    version: 1,
    exported: 3,
    courts: [
      { id: 'iasb', status: 'todo', added: 1, updated: 99, nextGenLayout: true },
      { id: 'nvb', status: 'todo', added: 3, updated: 3 },
    ],
    settings: { firmNames: ['Lee Partners LLP'] },
  };
  await chooseFile(options, file, 'partial.json');
  const preview = options.getByRole('group', { name: 'Import this checklist?' });
  await expect(preview).toContainText('This file adds 1 court, updates 1 court, changes firm names.');
  await expect(preview).toBeFocused();
  expect(await stored(options), 'nothing changes before Import').toEqual(before);

  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(options.getByRole('status')).toHaveText(/^Imported: the file adds 1 court/);

  await options.reload();
  await expect(options.locator('#individual')).toHaveValue('ann.lee');
  await expect(options.locator('#shared')).toHaveValue('firmpacer\nfirm2');
  await expect(options.locator('#firms')).toHaveValue('Lee & Associates\nLee Partners LLP');
  await expect(options.getByLabel('Show the guide on court pages')).not.toBeChecked();
  const after = await stored(options);
  expect(after['court:iasb']).toMatchObject({ status: 'in-progress', lastStep: 'confirm-link', nextGenLayout: true, updated: 99 });
  expect(after['court:nvb']).toMatchObject({ status: 'todo' });

  const popup = await d.openPopup();
  await expect(popup.locator('li[data-court="iasb"]')).toHaveAttribute('data-status', 'in-progress');
  await expect(popup.locator('li[data-court="nvb"]')).toHaveAttribute('data-status', 'todo');
});

test('Cancel changes nothing; a file from a newer version and an unknown court are refused in plain words', async ({ d, extensionId }) => {
  const options = await d.page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.fill('#firms', 'Lee & Associates');
  await options.locator('#firms').blur();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  const before = await stored(options);
  const choose = (body: object) => chooseFile(options, body, 'x.json');

  await choose({ settings: { guideEnabled: false } });
  await expect(options.getByRole('group', { name: 'Import this checklist?' })).toContainText('This file turns the guide off.');
  await options.getByRole('button', { name: 'Cancel' }).click();
  await expect(options.getByRole('status')).toHaveText('Import cancelled. Nothing was changed.');

  await choose({ version: 2 });
  await expect(options.getByRole('alert')).toHaveText(
    /saved by a newer version of CM\/ECF Link Guide.*Update the extension, then import it again\. Nothing was changed\./,
  );
  await choose({ courts: [{ id: 'zzzb', status: 'todo', added: 1, updated: 1 }] });
  await expect(options.getByRole('alert')).toHaveText('That file lists a court this version does not know: zzzb. Nothing was changed.');

  // A save that is refused keeps the text and says why beside the field.
  const long = `Lee & Associates\n${'L'.repeat(201)}`;
  await options.fill('#firms', long);
  await options.locator('#firms').blur();
  await expect(options.locator('#firms-error')).toHaveText('Line 2: too long (at most 200 characters).');
  await expect(options.locator('#firms')).toHaveValue(long);
  await expect(options.locator('#firms')).toHaveAttribute('aria-invalid', 'true');
  expect(await stored(options)).toEqual(before);
});

test('the import preview names each court and the status it reaches; a file’s verified arrives as linked', async ({ d, extensionId }) => {
  const options = await d.page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({
      'court:iasb': { id: 'iasb', status: 'in-progress', added: 1, updated: 2 },
    }),
  );
  const before = await stored(options);
  const file = {
    format: 'cmecf-link-guide/checklist',
    version: 1,
    exported: 3,
    courts: [
      { id: 'iasb', status: 'verified', added: 1, updated: 9, linked: 8, verified: 9 },
      { id: 'nvb', status: 'todo', added: 3, updated: 3 },
      { id: 'akd', status: 'linked', added: 3, updated: Number.MAX_SAFE_INTEGER, linked: 3 },
    ],
  };
  await chooseFile(options, file, 'other-browser.json');
  const preview = options.getByRole('group', { name: 'Import this checklist?' });
  await expect(preview).toContainText('This file adds 1 court, moves 1 forward, leaves out 1 court dated later than tomorrow (akd).');
  const courts = preview.getByRole('list', { name: 'Courts this import changes' }).getByRole('listitem');
  await expect(courts).toHaveText([
    'U.S. Bankruptcy Court, Southern District of Iowa: In progress → Linked — refresh to confirm',
    'U.S. Bankruptcy Court, District of Nevada: added as To do',
  ]);
  await expect(preview).toContainText('A status is your own: a court the file calls verified arrives as linked here');
  expect(await stored(options), 'nothing changes before Import').toEqual(before);

  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(options.getByRole('status')).toHaveText(/^Imported: the file adds 1 court, moves 1 forward/);
  const after = await stored(options);
  expect(after['court:iasb']).toEqual({ id: 'iasb', status: 'linked', added: 1, updated: 9, linked: 8 });
  expect(after['court:nvb']).toMatchObject({ status: 'todo' });
  expect(after['court:akd']).toBeUndefined();

  const popup = await d.openPopup();
  await expect(popup.locator('li[data-court="iasb"]')).toHaveAttribute('data-status', 'linked');
});
