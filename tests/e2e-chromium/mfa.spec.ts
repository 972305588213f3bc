// PACER's MFA at login (issue 14) in Chromium: each practice-court MFA variant, walked through the
// whole linking flow; what is typed into MFA fields appears in no storage area, message or console.
import { MFA_SENTINELS, MFA_WALKS } from '../e2e/mfa.mjs';
import { addCourtInPopup, walkFlow } from '../e2e/walk.mjs';
import { type driver, expect, test } from './fixtures';

// Functions below run inside the extension's pages and service worker, where `chrome` exists.
declare const chrome: typeof browser;
type Driver = ReturnType<typeof driver>;

/** From now on: every message the background receives and everything logged. Returns a reader of all of it plus storage. */
async function recordEverything(d: Driver) {
  const context = d.page.context();
  const worker = context.serviceWorkers()[0]!;
  await worker.evaluate(() => {
    (self as unknown as { seen: string[] }).seen = [];
    chrome.runtime.onMessage.addListener((m: unknown) => void (self as unknown as { seen: string[] }).seen.push(JSON.stringify(m)));
  });
  const logs: string[] = [];
  d.page.on('console', (m) => logs.push(m.text()));
  worker.on('console', (m) => logs.push(m.text()));
  return async () => {
    const popup = await d.openPopup();
    const areas = await popup.evaluate(async () => {
      const read = async (area: { get: (keys: null) => Promise<unknown> }) => JSON.stringify(await area.get(null).catch((e: Error) => ({ error: e.message })));
      return [await read(chrome.storage.local), await read(chrome.storage.sync), await read(chrome.storage.session)];
    });
    const messages = await worker.evaluate(() => (self as unknown as { seen: string[] }).seen);
    expect(messages.length, 'the background heard the walk').toBeGreaterThan(10);
    expect(areas[0]).toContain('"court:');
    return [...areas, ...messages, ...logs].join('\n');
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
    const everything = await recordEverything(d);
    await d.page.bringToFront();
    await walkFlow(d, courtId, { layout, mfa: MFA_WALKS[mfa] });
    const all = await everything();
    for (const secret of typed) {
      expect(all).not.toContain(secret);
      expect(court.requests.some((r) => r.body?.includes(secret)), 'the walk really sent it to PACER').toBe(true);
    }
    await expect(d.popupPage().locator(`li[data-court="${courtId}"]`)).toHaveAttribute('data-status', 'verified');
    expect(all).toContain('"mfaSeen":true');
    // "Before you start" reads MFA enrolment from Manage My Account once it is visited.
    if (mfa === 'required') await expect(mfaShown(d)).toHaveText('yes');
    else {
      await expect(mfaShown(d)).toHaveText('unknown');
      await d.page.bringToFront();
      await d.goto('http://pacer.psc.uscourts.gov/pscManage/account.jsf');
      await expect(mfaShown(d)).toHaveText(mfa === 'enroll' ? 'no' : 'yes');
    }
  });
}
