// PACER's MFA at login in Chromium: each practice-court MFA variant, walked through the
// whole linking flow; what is typed into MFA fields appears in no storage area, message or console.
import { MFA_SENTINELS, MFA_WALKS } from '../e2e/mfa.mjs';
import { addCourtInPopup, walkFlow } from '../e2e/walk.mjs';
import { type driver, expect, recordEverything, test } from './fixtures';

type Driver = ReturnType<typeof driver>;

/** Everything the extension kept or said during a walk (fixtures' recordEverything), checked to have seen the walk. */
async function recordWalk(d: Driver) {
  const read = await recordEverything(d);
  return async () => {
    const { areas, messages, everything } = await read();
    expect(messages.length, 'the background heard the walk').toBeGreaterThan(10);
    expect(areas.local).toContain('"court:');
    return everything;
  };
}

const mfaShown = (d: Driver) => d.popupPage().locator('[data-prerequisite="mfa"] strong');

const VARIANTS = [
  { mfa: 'code', courtId: 'iasb', layout: 'direct', typed: [MFA_SENTINELS.code] },
  { mfa: 'backup', courtId: 'iasd', layout: 'nextgen', typed: [MFA_SENTINELS.backupCode] },
  { mfa: 'enroll', courtId: 'iasb', layout: 'nextgen', typed: [] },
  { mfa: 'required', courtId: 'iasd', layout: 'direct', typed: [MFA_SENTINELS.securityCode, MFA_SENTINELS.code] },
] as const;

for (const { mfa, courtId, layout, typed } of VARIANTS) {
  test(`MFA ${mfa}: the whole flow, one more step from the MFA prompt on, nothing typed there kept or said`, async ({ d, court }) => {
    court.reset({ layout, mfa });
    await addCourtInPopup(d, courtId, courtId);
    const everything = await recordWalk(d);
    await d.page.bringToFront();
    await walkFlow(d, courtId, { layout, mfa: MFA_WALKS[mfa] });
    const all = await everything();
    for (const secret of typed) {
      expect(all).not.toContain(secret);
      expect(
        court.requests.some((r) => r.body?.includes(secret)),
        'the walk really sent it to PACER',
      ).toBe(true);
    }
    await expect(d.popupPage().locator(`li[data-court="${courtId}"]`)).toHaveAttribute('data-status', 'verified');
    // MFA is the PACER account's: remembered once for every court, never on the court's record.
    expect(all).toContain('"mfaAtLogin":true');
    expect(all).not.toMatch(/"court:[^"]*":\{[^}]*"mfaSeen"/);
    // "Before you start" knows MFA enrolment from PACER's prompt at sign-in (a code: enrolled; the
    // enrolment prompt: not), and Manage My Account says the same once visited.
    await expect(mfaShown(d)).toHaveText(mfa === 'enroll' ? 'no' : 'yes');
    await d.page.bringToFront();
    await d.goto('http://pacer.psc.uscourts.gov/pscof/manage/maint.jsf');
    await expect(mfaShown(d)).toHaveText(mfa === 'enroll' ? 'no' : 'yes');
  });
}
