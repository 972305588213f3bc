// The safety net in Firefox ESR (scenarios in tests/e2e/safety.mjs, shared with Chromium).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { heldSubmission, reloadedMidWalk, SUBMISSIONS, tabsOfOneCourt, unguidedSubmission } from '../e2e/safety.mjs';
import { firefoxSuite } from './driver.mjs';

let court;
let d;
firefoxSuite((now) => ({ court, d } = now));

for (const tabs of [2, 3]) {
  test(`${tabs} tabs of one court at different steps: at most 2 storage writes in the 5 s after they settle`, async () => {
    const writes = await tabsOfOneCourt(d, court, tabs);
    console.log(`# ${tabs} tabs: ${writes} storage writes in 5 s`);
    assert.ok(writes <= 2, `${writes} writes`);
  });
}

for (const how of Object.keys(SUBMISSIONS)) {
  test(`hold: ${how} is held; a page script's "Link anyway" does nothing; the user's sends it once`, async () => {
    await heldSubmission(d, court, how);
  });
}

test('"Link anyway" sends what the same form sends with the guide switched off', async () => {
  const guided = (await heldSubmission(d, court, 'second submit button')).replace(/token=t\d+/, 'token=T');
  const plain = (await unguidedSubmission(d, court, 'second submit button')).replace(/token=t\d+/, 'token=T');
  assert.equal(guided, plain);
});

// Last: the extension reloads under the test.
test('extension reloaded mid-walk: the page stays held, only the user’s "Link anyway" sends it, once', async () => {
  console.log(`# Firefox: ${await reloadedMidWalk(d, court)}`);
});
