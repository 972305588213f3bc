// PACER's MFA at login in Firefox ESR: the same walks as Chromium (tests/e2e/mfa.mjs);
// what is typed into MFA fields appears in no storage area and no console message.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MFA_SENTINELS, MFA_WALKS } from '../e2e/mfa.mjs';
import { addCourtInPopup, walkFlow } from '../e2e/walk.mjs';
import { firefoxSuite } from './driver.mjs';

let court;
let d;
firefoxSuite((now) => ({ court, d } = now));

const storageAreas = () =>
  d.popup.evaluate(async () => {
    const read = async (name) => JSON.stringify(await window.browser.storage[name].get(null).catch((e) => ({ error: String(e) })));
    return [await read('local'), await read('sync'), await read('session')].join('\n');
  });
const mfaShown = (answer) => d.popup.waitFor((a) => document.querySelector('[data-prerequisite="mfa"] strong')?.textContent === a, answer);

const VARIANTS = [
  { mfa: 'code', courtId: 'iasb', layout: 'direct', typed: [MFA_SENTINELS.code] },
  { mfa: 'backup', courtId: 'iasd', layout: 'nextgen', typed: [MFA_SENTINELS.backupCode] },
  { mfa: 'enroll', courtId: 'iasb', layout: 'nextgen', typed: [] },
  { mfa: 'required', courtId: 'iasd', layout: 'direct', typed: [MFA_SENTINELS.securityCode, MFA_SENTINELS.code] },
];

for (const { mfa, courtId, layout, typed } of VARIANTS) {
  test(`MFA ${mfa}: the whole flow, one more step from the MFA prompt on, nothing typed there kept or said`, async () => {
    const logs = [];
    d.page.on('console', (m) => logs.push(m.text()));
    court.reset({ layout, mfa });
    await addCourtInPopup(d, courtId, courtId);
    // A background tab's timers and frames are throttled (the card is placed after a frame): a walk there takes ten times as long.
    await d.page.bringToFront();
    await walkFlow(d, courtId, { layout, mfa: MFA_WALKS[mfa] });
    await d.openPopup();
    await d.popup.waitFor((id) => document.querySelector(`li[data-court="${id}"]`)?.getAttribute('data-status') === 'verified', courtId);
    const areas = await storageAreas();
    // MFA is the PACER account's: remembered once for every court, never on the court's record.
    assert.match(areas, /"mfaAtLogin":true/);
    assert.doesNotMatch(areas, /"mfaSeen"/);
    const everything = `${areas}\n${logs.join('\n')}`;
    for (const secret of typed) {
      assert.ok(!everything.includes(secret), `${secret} leaked`);
      assert.ok(
        court.requests.some((r) => r.body?.includes(secret)),
        'the walk really sent it to PACER',
      );
    }
    // "Before you start" knows MFA enrolment from PACER's prompt at sign-in (a code: enrolled; the
    // enrolment prompt: not), and Manage My Account says the same once visited.
    await mfaShown(mfa === 'enroll' ? 'no' : 'yes');
    await d.goto('http://pacer.psc.uscourts.gov/pscof/manage/maint.jsf');
    await mfaShown(mfa === 'enroll' ? 'no' : 'yes');
  });
}
