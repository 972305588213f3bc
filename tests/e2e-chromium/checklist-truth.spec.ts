// What the checklist says is true, through the built extension's popup as a user drives it: a
// pasted e-mail that names another court is refused, and Remove asks first (by mouse and by
// keyboard). The import preview's truth is in import.spec.ts.
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
