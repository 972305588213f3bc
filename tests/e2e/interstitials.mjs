// PACER's prompts after sign-in besides MFA, walked the same way in Chromium and Firefox: the 180-day
// password change ("User Update Required") and a one-button notice. Each is a step of its own that
// "Step n of N" does not count; what is typed into the new password never reaches the extension.
import assert from 'node:assert/strict';
import { expectCardBesideDialog } from './placement.mjs';
import { addCourtInPopup, expectStep, walkFlow } from './walk.mjs';

/** What the walk types as the new password: looked for in every storage area afterwards. */
const NEW_PASSWORD_SENTINEL = 'Sntl-newpw-5c1e';

/** Everything the extension keeps, as one string (its popup reads every storage area). */
async function everythingStored(d) {
  await d.openPopup();
  return d.popup.evaluate(async () => {
    const api = window.browser ?? window.chrome;
    const areas = await Promise.all(['local', 'sync', 'session'].map((area) => api.storage[area]?.get(null).catch(() => ({})) ?? {}));
    return JSON.stringify(areas);
  });
}

/**
 * The walker for walkFlow's `afterSignIn` option: with skips left the guide points at Skip and the
 * walk skips; with none it points at Update and the walk types a new password; then the notice's OK.
 */
function walkInterstitials(password) {
  return async (d, { court }) => {
    if (password === 'skippable') {
      const prompt = await expectStep(d, 'password-update', { court, target: 'Skip' });
      assert.equal(prompt.progress, '', 'not counted in "Step n of N"');
      assert.match(prompt.text, /every 180 days/);
      await expectCardBesideDialog(d);
      await d.clickTarget();
    } else {
      const prompt = await expectStep(d, 'password-update', { court, target: 'Update' });
      assert.match(prompt.text, /skips are used up/);
      await d.type('[id="frmUserUpdate:newPassword"]', NEW_PASSWORD_SENTINEL);
      await d.type('[id="frmUserUpdate:confirmPassword"]', NEW_PASSWORD_SENTINEL);
      await d.clickTarget();
    }
    const notice = await expectStep(d, 'acknowledge-notice', { court, target: 'OK' });
    assert.equal(notice.progress, '', 'not counted in "Step n of N"');
    await d.clickTarget();
  };
}

/** A whole walk through a court whose PACER sign-in asks for a new password and shows a notice. */
export async function walkPasswordAndNotice(d, court, password) {
  court.reset({ password, notice: true });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await walkFlow(d, 'iasb', { afterSignIn: walkInterstitials(password) });
  if (password === 'required') {
    assert.ok(
      court.requests.some((r) => r.body?.includes(NEW_PASSWORD_SENTINEL)),
      'the walk really sent the new password to PACER',
    );
    assert.ok(!(await everythingStored(d)).includes(NEW_PASSWORD_SENTINEL), 'the new password is nowhere in the extension’s storage');
  }
}
