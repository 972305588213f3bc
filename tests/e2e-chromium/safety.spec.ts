// The safety net in Chromium (scenarios in tests/e2e/safety.mjs, shared with Firefox).
import { expect, test } from './fixtures';
import { heldSubmission, reloadedMidWalk, SUBMISSIONS, tabsOfOneCourt } from '../e2e/safety.mjs';

for (const tabs of [2, 3]) {
  test(`${tabs} tabs of one court at different steps: at most 2 storage writes in the 5 s after they settle`, async ({ d, court }) => {
    const writes = await tabsOfOneCourt(d, court, tabs);
    console.log(`${tabs} tabs: ${writes} storage writes in 5 s`);
    expect(writes).toBeLessThanOrEqual(2);
  });
}

for (const how of Object.keys(SUBMISSIONS)) {
  test(`hold: ${how} is held; a page script's "Link anyway" does nothing; the user's sends it once`, async ({ d, court }) => {
    // The moment the hold is armed, seen from the page: milliseconds since the page started loading.
    await d.page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (!document.querySelector('cmecf-link-guide[data-hold=armed]')) return;
        // Kept in sessionStorage: the page is gone by the time the test reads it.
        sessionStorage.setItem('holdArmedAt', String(performance.now()));
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await heldSubmission(d, court, how);
    const armedAt = await d.page.evaluate(() => Number(sessionStorage.getItem('holdArmedAt')));
    expect(armedAt).toBeGreaterThan(0);
    console.log(`${how}: hold armed ${armedAt.toFixed(0)} ms after the confirm page started loading`);
  });
}

// Last in this file: the extension reloads under the test.
test('extension reloaded mid-walk: the page stays held, only the user’s "Link anyway" sends it, once', async ({ d, court }) => {
  console.log(`Chromium: ${await reloadedMidWalk(d, court)}`);
});
