// The linking flow as data: which step a page is, one row per page kind and condition; what a step
// means beyond that is its entry in step-info.ts. A court quirk is a row or a wording, not a branch.
// Wording follows the courts' own guides (see tests/fixtures/seeds).
import type { LoginFacts } from '../../utils/messages';
import { collapseSpaces } from '../../utils/text';
import type { CourtRecord } from '../../utils/storage/schema';
import type { PageKind, PageOf } from '../recognize';
import { STEP_INFO } from './step-info';
import type { StepId } from './step-ids';
import { expectedAfter } from './unexpected';

interface StepText<K extends PageKind = PageKind> {
  court: string;
  /** "Civil and Criminal" or "Bankruptcy and Adversary". */
  menus: string;
  /** The page, typed for the row's kind. */
  page: PageOf<K>;
  /** The step whose highlighted target the user followed to reach this page, when fresh. */
  followed?: StepId;
  /** The court opened straight into CM/ECF: PACER's one sign-on was done at another court. */
  signedIn?: boolean;
}

/** The words any row's text may use whatever its page: for texts shared by rows of several kinds. */
type CourtWords = Pick<StepText, 'court' | 'menus' | 'followed'>;

/** What a row's condition may look at besides the page. */
interface StepContext {
  record: CourtRecord | undefined;
  /** The current PACER login (memory only); absent when the guide has not seen one. */
  login: LoginFacts | undefined;
  /** The step whose highlighted target the user just followed to reach this page (once, shortly after). */
  followed?: StepId;
  /** This page load's own step before this decision (recorded, or found stored): what the page was judged to be, whatever storage says since. */
  shownBefore?: StepId;
  /** A filing agent chose a filer at this court since this login (the background's session fact). */
  filerChosen?: boolean;
}

/**
 * One row of the flow, typed for its page's kind. Its functions are methods, not function-valued
 * fields, so a row typed for its kind fits the one table of all kinds without a cast. decide()
 * hands a row a page of the row's own kind, or, for the 'unknown' rows (which look only at the
 * context), any page no other row names.
 */
interface StepRow<K extends PageKind = PageKind> {
  id: StepId;
  page: K;
  when?(page: PageOf<K>, context: StepContext): boolean;
  /** The element to act on; absent when the step has nothing on the page to point at. */
  target?(page: PageOf<K>): Element | null;
  /** How to name the target when it is missing: "the Utilities menu". */
  targetName?: string;
  /** The card's heading; it may quote the page's own words. */
  title(t: StepText<K>): string;
  text(t: StepText<K>): string;
  /** This row shows the court's help desk even when its step does not (the last remedy). */
  help?: true;
}

/** Marks a row made by row(): the only way into STEPS, so every row is checked against its own kind. */
const CHECKED: unique symbol = Symbol('checked against its kind');
type CheckedRow = StepRow & { readonly [CHECKED]: true };

/** A row, its functions typed for its kind (`page`). */
const row = <K extends PageKind>(r: StepRow<K>): StepRow<K> & { readonly [CHECKED]: true } => ({ ...r, [CHECKED]: true });

/** Pages that still showed the PACER-only menus after the court was linked (0 before it is). */
const linkedMenusMissing = ({ record }: StepContext) => (record?.status === 'linked' ? (record.setbacks?.menusMissing ?? 0) : 0);

/** A control's words as the page shows them, without a trailing arrow ("E-Filing (CM/ECF) »"). */
const nameOf = (el: Element | null) =>
  collapseSpaces(el?.getAttribute('aria-label') || el?.textContent || '')
    .replace(/[\s»›▾▼]+$/, '')
    .slice(0, 80);

/** A refresh of a page that answered a form would send the form again: the link request. */
const NO_RESEND = 'If you press F5 instead and the browser asks to resend the form, choose Cancel.';

/** What enrolling in PACER's MFA means (PACER's "MFA tips and resources", Feb 2026). */
const MFA_ENROLLMENT =
  'PACER has required multi-factor authentication for CM/ECF filers since December 31, 2025. Enrolling takes a few minutes (here, or in Manage My Account: Manage MFA Settings → Add App, after a security code PACER e-mails you) and needs an authentication app on your phone or computer.';

/** PACER Service Center, for someone locked out (PACER's announcements and FAQs). */
const PACER_SERVICE_CENTER = 'the PACER Service Center, (800) 676-6856 (Monday–Friday, 8 a.m.–6 p.m. CT)';

/** What follows an enrolment prompt that also asks for a new password. */
const PASSWORD_TOO = ' The same prompt asks for a new password: PACER wants one every 180 days.';

/**
 * What to know once linked (research note, "Who cannot simply link"): one PACER account links one
 * CM/ECF account (deb.uscourts.gov/nextgen, azb), and secondary e-mail addresses stay in CM/ECF (pamb).
 */
const AFTER_LINKING =
  'One PACER account links to one CM/ECF account: a second role here (a trustee who is also an attorney) needs its own PACER account, or a filing agent. Secondary e-mail addresses for notices stay in CM/ECF: Utilities → Maintain Your ECF Account → Email information.';

/** Shown once, where the filing menus first appear after the link. */
const LINKED = {
  id: 'linked',
  title: () => 'Linked',
  text: ({ court }: CourtWords) => `Linked — you can e-file in the ${court} with your PACER account; your old CM/ECF login no longer works. ${AFTER_LINKING}`,
} as const;

/**
 * A filing agent chose a filer here: the menus now shown are that filer's. Three signals, any one
 * enough: the background's session fact (it outlasts the steps the filer's pages record, an import,
 * the court removed and added again), the court's last step, and this page load's own last step.
 */
const chosenFiler = (_page: unknown, { record, shownBefore, filerChosen }: StepContext) =>
  filerChosen === true || record?.lastStep === 'select-filer' || shownBefore === 'select-filer';

/** Filing menus seen after a filing agent chose a filer: the filer's, never proof for this checklist. */
const AGENT_FILING = {
  id: 'select-filer',
  title: () => 'These filing menus are the filer’s you chose',
  text: ({ court }: CourtWords) =>
    `You act as a filing agent here, so these menus show the chosen filer’s filing rights in the ${court}, not a link of your own. The guide does not mark the court linked or verified from them. An attorney links their own old CM/ECF account with their own PACER account.`,
} as const;

/** Filing menus seen while logged in with a listed shared firm account prove nothing for the user. */
const SHARED_FILING = {
  id: 'linked',
  title: () => 'These filing menus belong to a shared firm account',
  text: ({ court }: CourtWords) =>
    `You are logged in to PACER with an account on your shared-firm list, so the filing rights shown are that account’s, not yours. The ${court} is not verified for you: log out, then log in with your individual PACER account.`,
} as const;
const sharedLogin = (_p: unknown, { login }: StepContext) => login?.shared === true;

/** Filing menus seen under a PACER login the guide did not see (one sign-on from elsewhere, a restarted browser): linked, not verified. */
const UNSEEN_LOGIN_FILING = {
  id: 'linked',
  title: () => 'Filing menus seen: sign in here to verify',
  text: ({ court }: CourtWords) =>
    `The guide did not see which PACER account is signed in, so the ${court} is marked linked, not verified. To confirm it is yours: log out of PACER, then sign in again through this court’s CM/ECF login.`,
} as const;
const unseenLogin = (_p: unknown, { login }: StepContext) => login === undefined;

/** Courts not on the checklist, on CM/ECF's landing and login and PACER's login. */
const OFFER = {
  id: 'offer',
  title: () => 'Linking your CM/ECF account?',
  text: ({ court }: CourtWords) => `Linking your CM/ECF account in the ${court}? Start the guide.`,
} as const;

export const STEPS: readonly CheckedRow[] = [
  // The link sits in a closed drop-down: point at what opens it; once open, the next row points at the link.
  row({
    id: 'court-website',
    page: 'court-website',
    when: (p) => Boolean(p.menuOpener),
    target: (p) => p.menuOpener,
    title: () => 'Open the court’s e-filing system',
    text: ({ page }) => `Open “${nameOf(page.menuOpener)}”, then choose “${nameOf(page.cmecfLink)}”.`,
  }),
  row({
    id: 'court-website',
    page: 'court-website',
    target: (p) => p.cmecfLink,
    targetName: 'the E-Filing (CM/ECF) link',
    title: () => 'Open the court’s e-filing system',
    text: ({ court }) => `Click “E-Filing (CM/ECF)” to go to the CM/ECF site of the ${court}.`,
  }),
  row({
    id: 'open-filing-system',
    page: 'cmecf-landing',
    when: (p) => !p.redirects || Boolean(p.filingSystemLink),
    target: (p) => p.filingSystemLink,
    targetName: 'the Document Filing System link',
    title: () => 'Click the Document Filing System link',
    text: () => 'It takes you to the PACER login. Use the live system, not a “Train” link.',
  }),
  row({
    id: 'pacer-login',
    page: 'pacer-login',
    target: (p) => p.username,
    targetName: 'the PACER username field',
    title: () => 'Log in with your own upgraded PACER account',
    text: () =>
      'Use your individual PACER username and password. Do not log in with a shared firm PACER account: your filing rights would be linked to the firm’s account for good.',
  }),
  row({
    id: 'mfa-code',
    page: 'mfa-code',
    target: (p) => p.codeField,
    targetName: 'the MFA code field',
    title: () => 'Enter the one-time passcode from your authentication app',
    text: () =>
      `Open your authentication app and type the current 6-digit passcode for PACER, or one of your backup codes. Passcodes change every 30 seconds: if one is refused, type the new one. PACER never sends the code by text or e-mail at login. No app and no backup codes? Call ${PACER_SERVICE_CENTER}. The guide never reads, keeps or sends what you type here.`,
  }),
  row({
    id: 'mfa-enroll',
    page: 'mfa-enroll',
    when: (p) => p.skippable,
    target: (p) => p.action,
    targetName: 'the Enroll or Skip button',
    title: () => 'PACER asks you to enroll in MFA',
    text: ({ page }) =>
      `${MFA_ENROLLMENT} PACER lets you skip three times: skip for now and go on linking, or enroll first and link after.${page.passwordToo ? PASSWORD_TOO : ''}`,
  }),
  row({
    id: 'mfa-enroll',
    page: 'mfa-enroll',
    target: (p) => p.action,
    targetName: 'the Enroll button',
    title: () => 'PACER requires MFA enrollment now',
    text: ({ page }) =>
      `${MFA_ENROLLMENT} The skips PACER allows are used up, so enroll now; linking can continue after, at your next login.${page.passwordToo ? PASSWORD_TOO : ''}`,
  }),
  row({
    id: 'password-update',
    page: 'password-update',
    when: (p) => p.skippable,
    target: (p) => p.action,
    targetName: 'the Skip button',
    title: () => 'PACER asks for a new password',
    text: () =>
      'PACER passwords must change every 180 days. Change it now, or skip: PACER allows three skips, then disables the account until it is changed. Linking goes on either way. The guide never reads what you type here.',
  }),
  row({
    id: 'password-update',
    page: 'password-update',
    target: (p) => p.action,
    targetName: 'the button that saves the new password',
    title: () => 'PACER requires a new password now',
    text: () =>
      `PACER passwords must change every 180 days and the skips are used up: choose a new password to go on. Linking continues after. Locked out? Call ${PACER_SERVICE_CENTER}. The guide never reads what you type here.`,
  }),
  row({
    id: 'acknowledge-notice',
    page: 'acknowledge-notice',
    target: (p) => p.button,
    targetName: 'the notice’s button',
    title: () => 'Read PACER’s notice, then click OK',
    text: () => 'PACER shows this notice after login. Read it, then press its button to go on to the court.',
  }),
  row({
    id: 'select-filer',
    page: 'filer-select',
    target: (p) => p.list,
    targetName: 'the list of filers',
    title: () => 'Choose the filer you are filing for',
    text: () =>
      'As a filing agent, choose the filer, then Continue. The menus that follow are that filer’s, so the guide does not take them as proof of your own link. Each attorney links their own old CM/ECF account with their own PACER account.',
  }),
  row({
    id: 'redaction-agreement',
    page: 'redaction-agreement',
    when: (p) => !p.checked,
    target: (p) => p.checkbox,
    targetName: 'the redaction checkbox',
    title: () => 'Accept the redaction notice',
    text: () => 'Tick the box to confirm you will comply with the redaction rules. It appears at every login.',
  }),
  row({
    id: 'redaction-agreement',
    page: 'redaction-agreement',
    target: (p) => p.continueButton,
    targetName: 'the Continue button',
    title: () => 'Now click Continue',
    text: () => 'You will land on CM/ECF with the PACER-only menu bar.',
  }),
  // The filing menus still missing after a refresh: the remedies in order, one more per page that
  // still shows the PACER-only menus (counted per court, so the advice survives a new login).
  row({
    id: 'refresh-menus',
    page: 'cmecf-pacer-only',
    when: (_p, c) => linkedMenusMissing(c) >= 3,
    help: true,
    title: () => 'Still no filing menus: call the court’s help desk',
    text: ({ court }) =>
      `The ${court} recorded your link, but your filing menus still do not appear after logging in again and clearing cookies. Call the CM/ECF help desk: tell them the accounts are linked and the filing menus are missing.`,
  }),
  row({
    id: 'refresh-menus',
    page: 'cmecf-pacer-only',
    when: (_p, c) => linkedMenusMissing(c) === 2,
    title: () => 'Still no filing menus: clear this court’s cookies',
    text: ({ page }) =>
      `In your browser’s settings, delete the cookies and site data of ${page.court ? `ecf.${page.court.id}.uscourts.gov` : 'this court’s CM/ECF site'} and of pacer.uscourts.gov, close this tab, then log in again with your individual PACER account.`,
  }),
  row({
    id: 'refresh-menus',
    page: 'cmecf-pacer-only',
    when: (_p, c) => linkedMenusMissing(c) === 1,
    title: () => 'Still no filing menus: log out and log in again',
    text: ({ menus }) =>
      `Your link is saved, but this session still has the PACER-only menus. Log out of CM/ECF (and PACER), then log in again with your individual PACER account: the ${menus} menus should appear.`,
  }),
  row({
    id: 'refresh-menus',
    page: 'cmecf-pacer-only',
    when: (_p, { record }) => record?.status === 'linked',
    title: () => 'Refresh to see your filing menus',
    text: ({ menus }) => `Your accounts are linked. Click Refresh now to load the main menu again: the ${menus} menus appear on the menu bar. ${NO_RESEND}`,
  }),
  row({
    id: 'open-utilities',
    page: 'cmecf-pacer-only',
    target: (p) => p.menu.utilities,
    targetName: 'the Utilities menu',
    title: () => 'Click Utilities',
    text: ({ signedIn }) =>
      `Until your accounts are linked you only have PACER menus. The link utility is under Utilities.${signedIn ? ' PACER’s sign-in is already done: one sign-on in this browser serves every court, so this court opened at its main menu.' : ''}`,
  }),
  row({
    id: 'open-link-utility',
    page: 'utilities',
    when: (p) => Boolean(p.linkItem),
    target: (p) => p.linkItem,
    title: ({ page }) => `Click “${nameOf(page.linkItem) || 'Link a CM/ECF account to my PACER account'}”`,
    text: () => 'This opens the one-time link utility for this court.',
  }),
  row({
    id: 'open-nextgen-menu',
    page: 'utilities',
    when: (p) => Boolean(p.nextGenItem),
    target: (p) => p.nextGenItem,
    title: () => 'Click “NextGen Release 1.1 Menu Items”',
    text: () => 'In this court the link item is on the NextGen Release 1.1 Menu Items page.',
  }),
  row({
    id: 'not-live',
    page: 'utilities',
    title: () => 'No link item on this Utilities page',
    text: () =>
      'Every district and bankruptcy court is on NextGen CM/ECF, but Utilities shows no “Link a CM/ECF account to my PACER account” item. Most often: this PACER account is already linked here, or you are signed in with another PACER account than the one you meant; some courts keep the item in another menu (look under Utilities’ other headings), and some want new e-filers to ask through PACER instead. Follow the court’s own instructions first; if they do not help, PACER’s way is Manage My Account → Maintenance → Attorney Admissions / E-File Registration.',
  }),
  row({
    id: 'open-link-utility',
    page: 'nextgen-menu',
    target: (p) => p.linkItem,
    targetName: 'the “Link a CM/ECF account to my PACER account” item',
    title: ({ page }) => `Click “${nameOf(page.linkItem) || 'Link a CM/ECF account to my PACER account'}”`,
    text: () => 'This opens the one-time link utility for this court.',
  }),
  row({
    id: 'enter-cmecf-credentials',
    page: 'link-form',
    target: (p) => p.login,
    targetName: 'the CM/ECF login field',
    title: () => 'Enter your old CM/ECF login and password',
    text: () =>
      'Type the CM/ECF login and password you used to e-file in this court — not your PACER ones — then click Submit. Forgot the password? The court can reset it for linking. An old login containing &, @, $ or * cannot be linked: the court’s help desk must help.',
  }),
  row({
    id: 'link-error',
    page: 'link-error',
    target: (p) => p.retry,
    when: (_p, { record }) => (record?.setbacks?.linkErrors ?? 0) >= 2,
    title: () => 'The court refused it again',
    text: ({ page }) =>
      `${page.message ? `“${page.message}” ` : ''}If linking still fails, PACER’s advice is to ask for e-filing access instead: in PACER’s Manage My Account choose Maintenance, then “Attorney Admissions/E-File Registration”. Or call the court’s CM/ECF help desk, below.`,
  }),
  row({
    id: 'link-error',
    page: 'link-error',
    target: (p) => p.retry,
    title: () => 'The court did not accept that',
    text: ({ page }) =>
      `${page.message ? `“${page.message}” ` : ''}Check your old CM/ECF login and password and try again, or ask the court to reset the password for linking.`,
  }),
  row({
    id: 'confirm-link',
    page: 'link-confirm',
    target: (p) => p.submit,
    targetName: 'the Submit button',
    title: () => 'Check both names, then Submit',
    text: () => 'Submitting links the two accounts permanently. The PACER account must be your own individual account.',
  }),
  // After a filing agent chose a filer, filing menus are that filer's: they prove nothing for this court.
  row({ ...AGENT_FILING, page: 'cmecf-filer', when: chosenFiler }),
  row({ ...AGENT_FILING, page: 'link-success', when: (p, c) => p.filer && chosenFiler(p, c) }),
  row({ ...SHARED_FILING, page: 'link-success', when: (p, c) => p.filer && sharedLogin(p, c) }),
  row({ ...UNSEEN_LOGIN_FILING, page: 'link-success', when: (p, c) => p.filer && unseenLogin(p, c) && c.record?.status !== 'verified' }),
  row({ ...LINKED, page: 'link-success', when: (p, { record }) => p.filer && record?.status !== 'verified' }),
  row({
    id: 'refresh-menus',
    page: 'link-success',
    when: (p) => !p.filer,
    title: () => 'Linked. Now refresh the page',
    text: ({ menus }) => `Click Refresh now to load the main menu again with the ${menus} menus for filing. ${NO_RESEND}`,
  }),
  row({ ...SHARED_FILING, page: 'cmecf-filer', when: sharedLogin }),
  row({ ...UNSEEN_LOGIN_FILING, page: 'cmecf-filer', when: (p, c) => unseenLogin(p, c) && c.record?.status !== 'verified' }),
  row({ ...LINKED, page: 'cmecf-filer', when: (_p, { record }) => record?.status !== 'verified' }),
  // login.pl shows the PACER-only main menu once signed in.
  row({ ...OFFER, page: 'cmecf-landing' }),
  row({ ...OFFER, page: 'pacer-login' }),
  row({ ...OFFER, page: 'cmecf-pacer-only' }),
  // A page no row above names (decide() looks here then), reached by following a highlighted target:
  // this court's page differs from every one the guide knows. Reached any other way, the guide is silent.
  row({
    id: 'unexpected-page',
    page: 'unknown',
    when: (_p, { followed }) => Boolean(followed),
    title: () => 'This page is new to the guide',
    text: ({ court, followed }) =>
      `You were going to ${expectedAfter(followed)}, but this page of the ${court} differs from the ones the guide knows, so it highlights nothing here. Look for that on this page, or ask the court’s help desk about the court’s own page. To help the guide learn this page, report it to the extension’s makers: you read its outline first, and it has no field values or other page text.`,
  }),
];

/** A step that is PACER's MFA, which only some courts' logins have shown (its own place, or the one it stands in for). */
export function countsOnMfaPath(step: StepId): boolean {
  const progress = STEP_INFO[step].progress;
  return (typeof progress === 'object' ? STEP_INFO[progress.as].progress : progress) === 'mfa';
}

/**
 * "Step n of N": the steps that count (step-info.ts), in the order of STEP_INFO: what this court will
 * show. `signedIn`: it opened straight into CM/ECF (PACER's one sign-on done at another court), so
 * the sign-on's own steps are not on its path.
 */
export function progressOf(step: StepId, nextGenLayout: boolean, mfa = false, signedIn = false): { n: number; of: number } | null {
  const counts = (id: StepId) => {
    const { progress, signOn } = STEP_INFO[id];
    if (signedIn && signOn === 'part') return false;
    return progress === 'every-court' || (progress === 'nextgen-layout' && nextGenLayout) || (progress === 'mfa' && mfa);
  };
  const path = (Object.keys(STEP_INFO) as StepId[]).filter(counts);
  const progress = STEP_INFO[step].progress;
  const n = path.indexOf(typeof progress === 'object' ? progress.as : step) + 1;
  return n > 0 ? { n, of: path.length } : null;
}
