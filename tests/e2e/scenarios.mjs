// The E2E scenarios both browsers run, as one list: Chromium's runner (tests/e2e-chromium/scenarios.spec.ts)
// and Firefox's (tests/e2e-firefox/scenarios.test.mjs) loop over it, each with its own driver (the
// same verbs). What only one browser can check (Chromium's service worker, Firefox's policies.json,
// a timing logged from the page) stays in that browser's own files.
import {
  confirmWording,
  farFutureRecord,
  escapeCancelsHold,
  hideKeepsHold,
  loginRecordedForVerifiedCourt,
  ownLoginPasses,
  sharedLoginNamesAgree,
  storageChangeElsewhere,
  uncheckedCourt,
} from './guard.mjs';
import { walkPasswordAndNotice } from './interstitials.mjs';
import {
  courtOfAppealsInPopup,
  enrolmentPromptVariants,
  filingAgentChoosesFiler,
  landingLinkWordings,
  legacyUsernameAtLogin,
  utilitiesWithoutLinkItem,
  walkSecondCourtOfOneSignOn,
  yourAccountsUtilities,
} from './pacer-2026.mjs';
import { walkPlacement } from './placement.mjs';
import { walkBesideRecap } from './recap.mjs';
import { refreshAfterPostAnswer, sharedLoginNotVerified } from './safety.mjs';
import { walkUnexpectedPage } from './unexpected.mjs';
import { walkCourtGuideWordings, walkDropDown } from './variants.mjs';

/**
 * `run(d, court, browser)`: `browser.readClipboard`, where the browser lets a test read its clipboard
 * back (Chromium); elsewhere what is copied is checked in its preview only. `browser.openReport`: the
 * tracker's new-issue tab, answered by a local page (Chromium).
 * @type {{ name: string, run: (d: any, court: any, browser: { readClipboard?: () => Promise<string>, openReport?: (click: () => Promise<void>) => Promise<{ url: string, title: string }> }) => Promise<unknown> }[]}
 */
export const SCENARIOS = [
  { name: 'guard: a listed shared login with names that agree is held; the card says so', run: (d, court) => sharedLoginNamesAgree(d, court) },
  {
    name: 'guard: names that agree under the user’s own login seen at PACER pass without a question, and verify the court',
    run: (d, court) => ownLoginPasses(d, court),
  },
  ...['verified', 'paused', 'absent'].map((status) => ({
    name: `guard: a court the checklist calls ${status}: names that differ are held by the guard’s own notice`,
    run: (d, court) => uncheckedCourt(d, court, status),
  })),
  {
    name: 'guard: names inline in one paragraph ("CM/ECF login: … PACER login: …"), differing, are held',
    run: (d, court) => confirmWording(d, court, 'inline', /The two names differ/),
  },
  {
    name: 'guard: "Are you sure … This action cannot be undone." is the confirm page, not the error page, and is held',
    run: (d, court) => confirmWording(d, court, 'are-you-sure', /The two names differ/),
  },
  {
    name: 'guard: a confirm page nothing recognises, answering the link form, is held',
    run: (d, court) => confirmWording(d, court, 'untitled', /cannot tell what this page of the link utility sends/),
  },
  { name: 'guard: a court record stamped in the far future does not release the hold', run: (d, court) => farFutureRecord(d, court) },
  { name: 'guard: Hide on the armed card keeps the page held and says so', run: (d, court) => hideKeepsHold(d, court) },
  {
    name: 'guard: Esc on the card’s question cancels the held Submit; nothing is sent and the page stays held',
    run: (d, court) => escapeCancelsHold(d, court),
  },
  {
    name: 'guard: a storage change from another tab (court verified, guide switched off) does not release the hold',
    run: (d, court) => storageChangeElsewhere(d, court),
  },
  {
    name: 'guard: PACER’s login records the login for a court the checklist calls verified: agreeing names pass untouched',
    run: (d, court) => loginRecordedForVerifiedCourt(d, court),
  },
  ...['skippable', 'required'].map((password) => ({
    name: `PACER after sign-in: a password change (${password === 'skippable' ? 'skipped' : 'no skips left, changed'}) and a notice are steps of their own, not counted; the walk goes on to the link`,
    run: (d, court) => walkPasswordAndNotice(d, court, password),
  })),
  {
    name: 'one sign-on: the second court of a session opens at its main menu, counted without PACER’s sign-in, and says so',
    run: (d, court) => walkSecondCourtOfOneSignOn(d, court),
  },
  {
    name: 'a 6-character username at PACER’s login: the card warns of a legacy account; signing in goes on',
    run: (d, court) => legacyUsernameAtLogin(d, court),
  },
  { name: 'a court of appeals searched in the popup: nothing to add, one line says why', run: (d) => courtOfAppealsInPopup(d) },
  {
    name: 'the landing pages’ wordings ("Document Filing Application", "[LOG IN]", "CONTINUE", …): the guide points at the live link',
    run: (d, court) => landingLinkWordings(d, court),
  },
  {
    name: 'PACER’s enrolment prompt titled "PACER Account Disabled", and one asking for a new password too: the enrolment step',
    run: (d, court) => enrolmentPromptVariants(d, court),
  },
  {
    name: 'Utilities under "Your Accounts", the item in capitals: the card quotes it as the court words it',
    run: (d, court) => yourAccountsUtilities(d, court),
  },
  {
    name: 'Utilities without the link item: the reasons that remain and PACER’s fallback, never "not live"',
    run: (d, court) => utilitiesWithoutLinkItem(d, court),
  },
  {
    name: 'a filing agent chooses the filer: its own step, and the filer’s menus after it never link or verify the court',
    run: (d, court) => filingAgentChoosesFiler(d, court),
  },
  {
    name: 'beside RECAP (a stand-in for its DOM changes): every step of the walk shows the same guidance; Manage My Account is still read',
    run: (d, court) => walkBesideRecap(d, court),
  },
  {
    name: 'court guides’ wordings: "Verify your account information", "YOUR ACCOUNT", filing menus by their links',
    run: (d, court) => walkCourtGuideWordings(d, court),
  },
  { name: 'E-Filing link in a drop-down that opens on hover or focus', run: (d, court) => walkDropDown(d, court, 'hover-menu') },
  { name: 'E-Filing link in a drop-down a button opens', run: (d, court) => walkDropDown(d, court, 'click-menu') },
  {
    name: 'the hint card beside its target on a transformed <body>, and docked while a scrolling box hides it',
    run: (d, court) => walkPlacement(d, court),
  },
  {
    name: '"Refresh now" after the court answered the confirm POST with the success page: one confirm request',
    run: (d, court) => refreshAfterPostAnswer(d, court),
  },
  { name: 'filing menus seen after a shared firm login do not verify the court', run: (d, court) => sharedLoginNotVerified(d, court) },
  {
    name: 'a page the guide has never seen, reached through the highlight: unexpected-page card, its outline and “Report this page”; by its address: nothing',
    run: (d, court, { readClipboard, openReport }) => walkUnexpectedPage(d, court, { readClipboard, openReport }),
  },
];
