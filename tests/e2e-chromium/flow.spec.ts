import { addCourtInPopup, walkFlow } from '../e2e/walk.mjs';
import { expect, test } from './fixtures';

const badge = (popup: import('@playwright/test').Page) =>
  popup.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.action.getBadgeText({}));

test('bankruptcy court, link item on Utilities: court website to verified; the badge counts it down', async ({ d, court }) => {
  court.reset({ layout: 'direct', names: 'match' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await expect.poll(() => badge(d.popupPage())).toBe('1');
  await d.page.bringToFront();
  await walkFlow(d, 'iasb', { layout: 'direct' });
  const popup = await d.openPopup();
  await expect(popup.locator('li[data-court="iasb"]')).toHaveAttribute('data-status', 'verified');
  await expect.poll(() => badge(popup)).toBe('');
});

test('district court, link item behind NextGen Release 1.1 Menu Items, one wrong password', async ({ d, court }) => {
  court.reset({ layout: 'nextgen', names: 'match' });
  await addCourtInPopup(d, 'iasd', 'iasd');
  await walkFlow(d, 'iasd', { layout: 'nextgen', wrongPasswordFirst: true });
});

test('shared firm account and name mismatch: Submit is held until "Link anyway"', async ({ d, court }) => {
  court.reset({ layout: 'direct', names: 'differ', account: 'firm' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await walkFlow(d, 'iasb', { warnings: ['shared-account', 'name-mismatch'] });
});

test('names differ on an individual account: the mismatch alone holds Submit', async ({ d, court }) => {
  court.reset({ layout: 'nextgen', names: 'differ' });
  await addCourtInPopup(d, 'Des Moines', 'iasb');
  await walkFlow(d, 'iasb', { layout: 'nextgen', warnings: ['name-mismatch'] });
});

test('the popup row follows a court tab live', async ({ d, court }) => {
  court.reset();
  await addCourtInPopup(d, 'iasd', 'iasd');
  const popup = await d.openPopup();
  const row = popup.locator('li[data-court="iasd"]');
  await expect(row).toHaveAttribute('data-status', 'todo');
  await d.page.bringToFront();
  await d.goto('http://ecf.iasd.uscourts.gov/');
  await expect(d.page.locator('cmecf-link-guide')).toHaveAttribute('data-step', 'open-filing-system');
  await expect(row).toHaveAttribute('data-status', 'in-progress');
});
