import { expect, test } from './fixtures';

test('the built extension loads: its service worker runs and the popup renders', async ({ d, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const popup = await d.openPopup();
  await expect(popup.getByRole('heading', { name: 'CM/ECF Link Guide' })).toBeVisible();
  await expect(popup.getByRole('combobox', { name: 'Add a court' })).toBeVisible();
  await popup.screenshot({ path: 'tests/e2e-output/chromium-popup-empty.png' });
});

test('the content script runs on a practice-court page at its uscourts.gov hostname', async ({ d }) => {
  await d.goto('http://ecf.iasb.uscourts.gov/');
  const host = d.page.locator('cmecf-link-guide');
  // A court that is not on the checklist gets the small offer, nothing more.
  await expect(host).toHaveAttribute('data-step', 'offer');
  await expect(host).toHaveAttribute('data-court', 'iasb');
  await expect(d.page.getByText('Linking your CM/ECF account in the U.S. Bankruptcy Court, Southern District of Iowa? Start the guide.')).toBeVisible();
  await expect(d.page.locator('[data-link-guide-target]')).toHaveCount(0);
});
