import { walkUnexpectedPage } from '../e2e/unexpected.mjs';
import { test } from './fixtures';

test('a page the guide has never seen, reached through the highlight: unexpected-page card, outline copied; by its address: nothing', async ({ d, court }) => {
  // The clipboard is read back in the extension's own page (a secure context, which the http practice court is not).
  await d.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await walkUnexpectedPage(d, court, {
    readClipboard: async () => {
      const popup = await d.openPopup();
      await popup.bringToFront();
      const text = await popup.evaluate(() => navigator.clipboard.readText());
      await d.page.bringToFront();
      return text;
    },
  });
});
