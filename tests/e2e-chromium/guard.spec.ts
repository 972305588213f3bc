// The guard on the permanent link in Chromium (scenarios in tests/e2e/guard.mjs, shared with Firefox).
import { test } from './fixtures';
import { confirmWording, farFutureRecord, hideKeepsHold, ownLoginPasses, sharedLoginNamesAgree, storageChangeElsewhere, uncheckedCourt } from '../e2e/guard.mjs';

test('guard: a listed shared login with names that agree is held; the card says so', async ({ d, court }) => {
  await sharedLoginNamesAgree(d, court);
});

test('guard: names that agree under the user’s own login seen at PACER pass without a question, and verify the court', async ({ d, court }) => {
  await ownLoginPasses(d, court);
});

for (const status of ['verified', 'paused', 'absent'] as const) {
  test(`guard: a court the checklist calls ${status}: names that differ are held by the guard’s own notice`, async ({ d, court }) => {
    await uncheckedCourt(d, court, status);
  });
}

test('guard: names inline in one paragraph ("CM/ECF login: … PACER login: …"), differing, are held', async ({ d, court }) => {
  await confirmWording(d, court, 'inline', /The two names differ/);
});

test('guard: "Are you sure … This action cannot be undone." is the confirm page, not the error page, and is held', async ({ d, court }) => {
  await confirmWording(d, court, 'are-you-sure', /The two names differ/);
});

test('guard: a confirm page nothing recognises, answering the link form, is held', async ({ d, court }) => {
  await confirmWording(d, court, 'untitled', /cannot tell what this page of the link utility sends/);
});

test('guard: a court record stamped in the far future (every write fails) does not release the hold', async ({ d, court }) => {
  await farFutureRecord(d, court);
});

test('guard: Hide on the armed card keeps the page held and says so', async ({ d, court }) => {
  await hideKeepsHold(d, court);
});

test('guard: a storage change from another tab (court verified, guide switched off) does not release the hold', async ({ d, court }) => {
  await storageChangeElsewhere(d, court);
});
