// The practice-court walk, written once against a small driver so that Chromium (Playwright) and
// Firefox (Puppeteer over WebDriver BiDi) run the very same steps and assertions.
import assert from 'node:assert/strict';
import { expectCardBesideDialog } from './placement.mjs';

export const SITES = {
  iasb: { website: 'http://www.iasb.uscourts.gov/', menus: ['Bankruptcy', 'Adversary'] },
  iasd: { website: 'http://www.iasd.uscourts.gov/', menus: ['Civil', 'Criminal'] },
};

/** Reads the public DOM contract and the hint card's words. */
export function readGuide() {
  const host = document.querySelector('cmecf-link-guide');
  const targets = document.querySelectorAll('[data-link-guide-target]');
  const card = host?.shadowRoot?.querySelector('section');
  return {
    hosts: document.querySelectorAll('cmecf-link-guide').length,
    step: host?.getAttribute('data-step') ?? null,
    court: host?.getAttribute('data-court') ?? null,
    warning: host?.getAttribute('data-warning') ?? '',
    targets: targets.length,
    targetStep: targets[0]?.getAttribute('data-link-guide-target') ?? null,
    targetText: (targets[0]?.textContent || targets[0]?.getAttribute('value') || targets[0]?.id || '').trim(),
    title: card?.querySelector('.title')?.textContent ?? '',
    text: card?.querySelector('.text')?.textContent ?? '',
    progress: card?.querySelector('.progress')?.textContent ?? '',
    notices: Array.from(card?.querySelectorAll('.warning') ?? []).map((n) => n.textContent),
    buttons: Array.from(card?.querySelectorAll('button') ?? []).map((b) => b.textContent),
    role: card?.getAttribute('role') ?? null,
  };
}

/** A page script's click() on a button of the hint card (untrusted: the guide must ignore it). */
export function clickGuideButton(name) {
  const host = document.querySelector('cmecf-link-guide');
  const button = Array.from(host?.shadowRoot?.querySelectorAll('button') ?? []).find((b) => b.textContent === name);
  if (!button) throw new Error(`no guide button named ${name}`);
  button.click();
}

/**
 * Waits until the guide shows `step` (and, when given, its target carries the expected text).
 * @param d the driver
 * @param {string} step
 * @param {object} [expected] what the card must show besides
 * @param {string} [expected.court] the court it is for
 * @param {string} [expected.progress] its progress line, e.g. "Step 2 of 9"
 * @param {string} [expected.target] text its target carries (its text, value or id)
 * @param {RegExp} [expected.title] its title
 */
export async function expectStep(d, step, { court, progress, target, title } = {}) {
  await d
    .waitFor(
      (args) => {
        const host = document.querySelector('cmecf-link-guide');
        const t = document.querySelector('[data-link-guide-target]');
        if (host?.getAttribute('data-step') !== args.step) return false;
        return !args.target || (t && (t.textContent || t.getAttribute('value') || t.id || '').includes(args.target));
      },
      { step, target },
    )
    .catch(async (error) => {
      // Say what the page showed instead: a timeout alone cannot tell a slow page from a wrong step.
      const shown = await Promise.all([d.evaluate(() => location.href), d.evaluate(readGuide)]).catch(() => null);
      throw new Error(`waited for step ${step}${target ? ` (target "${target}")` : ''}; the page showed ${JSON.stringify(shown)}`, { cause: error });
    });
  const g = await d.evaluate(readGuide);
  assert.equal(g.hosts, 1, 'exactly one <cmecf-link-guide>');
  assert.equal(g.step, step);
  if (court) assert.equal(g.court, court);
  assert.ok(g.targets <= 1, 'at most one data-link-guide-target');
  if (target) assert.equal(g.targetStep, step, 'the target carries the step id');
  if (progress) assert.equal(g.progress, progress);
  if (title) assert.match(g.title, title);
  assert.ok(g.title.length > 0 && g.text.length > 0, 'the hint has a title and words');
  await d.shot(`${d.name}-${court ?? 'x'}-${step}`);
  return g;
}

export async function addCourtInPopup(d, query, courtId) {
  await d.openPopup();
  await d.popup.type('input[type=search]', query);
  await d.popup.press('input[type=search]', 'Enter');
  await d.popup.waitFor((id) => document.querySelector(`li[data-court="${id}"]`), courtId);
  // Back to the court's tab, as the user would: Firefox throttles a tab left in the background
  // (a walk there took 24 s instead of 6).
  await d.page.bringToFront();
}

/** Values typed into the court's forms; the trust tests replace them with sentinels to look for. */
const TYPED = { pacerPassword: 'practice-password', cmecfPassword: 'old-cmecf-password', clientCode: '' };

/**
 * Walks the whole linking flow for one court in the practice court, asserting the step, the target
 * and the words at every page.
 * `linkItem`: the link item's words on Utilities (courts capitalise it differently).
 * `mfa`: walks PACER's MFA prompt after the password (tests/e2e/mfa.mjs), which from then on makes
 * the court's path one step longer. `afterSignIn`: walks PACER's other prompts after that (a password
 * change, a notice: tests/e2e/interstitials.mjs), which the path does not count.
 * @param {any} d @param {string} courtId @param {{ layout?: string, warnings?: string[], wrongPasswordFirst?: boolean, typed?: typeof TYPED, linkItem?: string, mfa?: (d: any, at: { court: string, progress: string, typed: typeof TYPED }) => Promise<void>, afterSignIn?: (d: any, at: { court: string }) => Promise<void> }} [options]
 */
export async function walkFlow(
  d,
  courtId,
  {
    layout = 'direct',
    warnings = [],
    wrongPasswordFirst = false,
    typed = TYPED,
    linkItem = 'Link a CM/ECF account to my PACER account',
    mfa,
    afterSignIn,
  } = {},
) {
  // Until Utilities shows where the link item is, the guide counts the common 9-step path; an MFA
  // prompt adds one step, after the PACER login (step 3).
  const of = layout === 'nextgen' ? 10 : 9;
  let known = false;
  let mfaSeen = 0;
  const step = (n) => `Step ${n > 3 ? n + mfaSeen : n} of ${(known ? of : 9) + mfaSeen}`;
  await d.goto(SITES[courtId].website);
  await expectStep(d, 'court-website', { court: courtId, target: 'E-Filing (CM/ECF)', progress: step(1) });
  await d.clickTarget();

  await expectStep(d, 'open-filing-system', { court: courtId, target: 'Document Filing System', progress: step(2) });
  await d.clickTarget();

  const login = await expectStep(d, 'pacer-login', { court: courtId, target: 'loginForm:loginName', progress: step(3) });
  assert.match(login.text, /shared firm PACER account/);
  await d.type('[id="loginForm:loginName"]', 'tattorney');
  await d.type('[id="loginForm:password"]', typed.pacerPassword);
  if (typed.clientCode) await d.type('[id="loginForm:clientCode"]', typed.clientCode);
  await d.click('[id="loginForm:fbtnLogin"]');
  if (mfa) {
    mfaSeen = 1;
    await mfa(d, { court: courtId, progress: 'Step 4 of 10', typed });
  }
  if (afterSignIn) await afterSignIn(d, { court: courtId });

  await expectStep(d, 'redaction-agreement', { court: courtId, target: 'regmsg:chkRedact', progress: step(4) });
  await expectCardBesideDialog(d);
  await d.click('[id="regmsg:chkRedact"]');
  await expectStep(d, 'redaction-agreement', { court: courtId, target: 'Continue', progress: step(4) });
  await d.clickTarget();

  await expectStep(d, 'open-utilities', { court: courtId, target: 'Utilities', progress: step(5) });
  await d.clickTarget();
  known = true;

  if (layout === 'nextgen') {
    await expectStep(d, 'open-nextgen-menu', { court: courtId, target: 'NextGen Release 1.1 Menu Items', progress: step(6) });
    await d.clickTarget();
  }
  await expectStep(d, 'open-link-utility', { court: courtId, target: linkItem, progress: step(of - 3) });
  await d.clickTarget();

  await expectStep(d, 'enter-cmecf-credentials', { court: courtId, target: 'cmecf_login', progress: step(of - 2) });
  if (wrongPasswordFirst) {
    await d.type('#cmecf_login', 'tattorney03');
    await d.type('#cmecf_password', 'wrong');
    await d.click('input[type=submit]');
    const error = await expectStep(d, 'link-error', { court: courtId, progress: step(of - 2) });
    assert.match(error.text, /Invalid CM\/ECF login or password/);
  }
  await d.type('#cmecf_login', 'tattorney03');
  await d.type('#cmecf_password', typed.cmecfPassword);
  await d.click('input[type=submit]');

  const confirm = await expectStep(d, 'confirm-link', { court: courtId, target: 'Submit', progress: step(of - 1) });
  assert.deepEqual(confirm.warning ? confirm.warning.split(' ').sort() : [], [...warnings].sort());
  if (warnings.length) {
    // The first click on Submit is held; nothing is sent until "Link anyway".
    const before = await d.requestCount();
    await d.clickTarget();
    await d.waitFor(() => document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('[role=alertdialog]'));
    const held = await d.evaluate(readGuide);
    assert.equal(held.role, 'alertdialog');
    assert.ok(held.buttons.includes('Link anyway') && held.buttons.includes('Cancel'));
    assert.equal(await d.requestCount(), before, 'the held Submit sent nothing');
    await d.shot(`${d.name}-${courtId}-hold`);
    await d.clickGuide('Cancel');
    assert.equal((await d.evaluate(readGuide)).step, 'confirm-link');
    await d.clickTarget();
    await d.waitFor(() => document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('[role=alertdialog]'));
    await d.clickGuide('Link anyway');
  } else {
    await d.clickTarget();
  }

  const success = await expectStep(d, 'refresh-menus', { court: courtId, progress: step(of) });
  assert.match(success.text, new RegExp(SITES[courtId].menus.join(' and ')));
  assert.ok(success.buttons.includes('Refresh now'));
  await d.clickGuide('Refresh now');

  const linked = await expectStep(d, 'linked', { court: courtId });
  assert.match(linked.text, /Linked — you can e-file in the .* with your PACER account; your old CM\/ECF login no longer works/);
  const menus = await d.evaluate(() => Array.from(document.querySelectorAll('#topmenu a')).map((a) => a.textContent.trim()));
  // "Bankruptcy", or "Bankruptcy Events" where a court labels its menus so.
  for (const menu of SITES[courtId].menus)
    assert.ok(
      menus.some((m) => m.startsWith(menu)),
      `${menu} menu appears after the refresh`,
    );
  assert.deepEqual(d.errors, [], 'no uncaught error or unhandled rejection on any page of the walk');
}
