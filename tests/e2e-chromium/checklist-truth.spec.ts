// What the checklist says is true, through the built extension's popup and options
// pages as a user drives them: a pasted e-mail that names another court is refused, Remove asks
// first (by mouse and by keyboard), and an import previews each court and the status it reaches,
// bringing a file's "verified" in as "linked".
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const stored = (page: Page) => page.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.get(null));
const email = (court: string) =>
  `This email is notification that the change you requested to your NextGen CM/ECF account has been processed.\nAccount Number: 111111\nCourt: ${court}\nDate/Time Submitted: 11/01/2015 10:40:36 CST\nTransaction ID: 10005\nRequest: Link\nTransaction Status: Processed`;

async function addCourt(popup: Page, query: string, id: string) {
  await popup.fill('#court-search', query);
  await popup.press('#court-search', 'Enter');
  await expect(popup.locator(`li[data-court="${id}"]`)).toBeVisible();
}

test('an e-mail naming another court is refused under this row, naming both; the right one marks it linked', async ({ d }) => {
  const popup = await d.openPopup();
  await addCourt(popup, 'iasd', 'iasd');
  const row = popup.locator('li[data-court="iasd"]');
  await row.getByText('Paste the court’s confirmation email').click();
  const area = row.getByRole('textbox', { name: /Confirmation email/ });
  await area.fill(email('SOUTHERN DISTRICT OF IOWA BANKRUPTCY COURT'));
  const before = await stored(popup);
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('alert')).toHaveText(
    'That email is about “SOUTHERN DISTRICT OF IOWA BANKRUPTCY COURT” (U.S. Bankruptcy Court, Southern District of Iowa), not the U.S. District Court, Southern District of Iowa. Paste it under that court’s row instead. Nothing was saved.',
  );
  expect(await stored(popup)).toEqual(before);
  await expect(row).toHaveAttribute('data-status', 'todo');
  await expect(area, 'the pasted text stays, to be pasted where it belongs').toHaveValue(/BANKRUPTCY COURT/);

  await area.fill(email('SOUTHERN DISTRICT OF IOWA DISTRICT COURT'));
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row).toHaveAttribute('data-status', 'linked');
  await expect(row).toContainText('Transaction 10005');
});

test('Remove asks once in the row: Keep (focused, Enter) and Escape keep the court and its e-mail; Yes, remove removes', async ({ d }) => {
  const popup = await d.openPopup();
  await addCourt(popup, 'iasb', 'iasb');
  const row = popup.locator('li[data-court="iasb"]');
  await row.getByText('Paste the court’s confirmation email').click();
  await row.getByRole('textbox', { name: /Confirmation email/ }).fill(email('SOUTHERN DISTRICT OF IOWA BANKRUPTCY COURT'));
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row).toHaveAttribute('data-status', 'linked');
  const before = await stored(popup);

  const remove = row.getByRole('button', { name: /^Remove U\.S\. Bankruptcy Court/ });
  await remove.click();
  const question = row.getByRole('group', { name: /^Remove U\.S\. Bankruptcy Court, Southern District of Iowa from your checklist\?/ });
  await expect(question).toContainText('The court’s email you pasted (transaction 10005) goes with it.');
  await expect(question.getByRole('button', { name: 'Keep' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(remove).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(question.getByRole('button', { name: 'Keep' })).toBeFocused();
  await popup.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  expect(await stored(popup)).toEqual(before);

  await remove.click();
  await question.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(row).toHaveCount(0);
  expect((await stored(popup))['court:iasb']).toBeUndefined();
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
  await options.setInputFiles('input[type=file]', { name: 'other-browser.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
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
