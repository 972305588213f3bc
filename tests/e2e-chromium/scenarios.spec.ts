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
      // The tracker's form, answered by a local page: nothing reaches github.com (every request
      // goes to the practice court's proxy, which forwards nothing). A tab the extension opens is
      // navigated before a route can catch it: its address is read from its history, then the
      // route answers a reload.
      openReport: async (click: () => Promise<void>) => {
        const context = d.page.context();
        const [tab] = await Promise.all([context.waitForEvent('page'), click()]);
        await tab.waitForLoadState();
        const history = await (await context.newCDPSession(tab)).send('Page.getNavigationHistory');
        const url = history.entries[history.currentIndex].url;
        await tab.route('https://github.com/**', (route) =>
          route.fulfill({ contentType: 'text/html', body: '<title>Report form (practice)</title><h1>New issue</h1>' }),
        );
        await tab.reload();
        const report = { url, title: await tab.title() };
        await tab.close();
        return report;
      },
    });
  });
}
