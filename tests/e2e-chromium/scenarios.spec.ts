// The scenarios both browsers run (tests/e2e/scenarios.mjs), in Chromium. Its clipboard can be read
// back, in the extension's own page (a secure context, which the http practice court is not).
import { SCENARIOS } from '../e2e/scenarios.mjs';
import { test } from './fixtures';

for (const scenario of SCENARIOS) {
  test(scenario.name, async ({ d, court }) => {
    await d.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await scenario.run(d, court, {
      readClipboard: async () => {
        const popup = await d.openPopup();
        await popup.bringToFront();
        const text = await popup.evaluate(() => navigator.clipboard.readText());
        await d.page.bringToFront();
        return text;
      },
    });
  });
}
