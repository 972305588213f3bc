// The guard on the permanent link in Firefox ESR (scenarios in tests/e2e/guard.mjs, shared with Chromium).
import { test } from 'node:test';
import {
  confirmWording,
  farFutureRecord,
  hideKeepsHold,
  loginRecordedForVerifiedCourt,
  ownLoginPasses,
  sharedLoginNamesAgree,
  storageChangeElsewhere,
  uncheckedCourt,
} from '../e2e/guard.mjs';
import { firefoxSuite } from './driver.mjs';

let court;
let d;
firefoxSuite((now) => ({ court, d } = now));

test('guard: a listed shared login with names that agree is held; the card says so', async () => {
  await sharedLoginNamesAgree(d, court);
});

test('guard: names that agree under the user’s own login seen at PACER pass without a question, and verify the court', async () => {
  await ownLoginPasses(d, court);
});

for (const status of ['verified', 'paused', 'absent']) {
  test(`guard: a court the checklist calls ${status}: names that differ are held by the guard’s own notice`, async () => {
    await uncheckedCourt(d, court, status);
  });
}

test('guard: names inline in one paragraph, differing, are held', async () => {
  await confirmWording(d, court, 'inline', /The two names differ/);
});

test('guard: "Are you sure … This action cannot be undone." is the confirm page, and is held', async () => {
  await confirmWording(d, court, 'are-you-sure', /The two names differ/);
});

test('guard: a confirm page nothing recognises, answering the link form, is held', async () => {
  await confirmWording(d, court, 'untitled', /cannot tell what this page of the link utility sends/);
});

test('guard: a court record stamped in the far future does not release the hold', async () => {
  await farFutureRecord(d, court);
});

test('guard: Hide on the armed card keeps the page held and says so', async () => {
  await hideKeepsHold(d, court);
});

test('guard: a storage change from another tab does not release the hold', async () => {
  await storageChangeElsewhere(d, court);
});

test('guard: PACER’s login records the login for a court the checklist calls verified: agreeing names pass untouched', async () => {
  await loginRecordedForVerifiedCourt(d, court);
});
