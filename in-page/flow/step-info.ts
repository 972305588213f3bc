// What each step means beyond the page it matches (that is its row in steps.ts): one entry per step
// id, so a step without one does not compile. In the order a filer meets the steps, which is the
// order "Step n of N" counts in. Plain data: the guide core carries it to every page it guides.
import type { CourtStatus } from '../../utils/storage/schema';
import type { StepId } from './step-ids';

/** The card's buttons, by what they do (ui.ts gives them their public names). */
export type CardAction = 'accept-offer' | 'dismiss-offer' | 'refresh-menus' | 'hide' | 'not-now' | 'copy-outline';

export interface StepInfo {
  /** The popup's words for a court whose last step this was. */
  label: string;
  /** The checklist status that seeing this step proves; absent: 'in-progress', as most steps. */
  proves?: CourtStatus;
  /**
   * Where it counts in "Step n of N" (in the order of this map): on every court's path, only where
   * the link item sits behind the NextGen menu, only where PACER asked for MFA at this court's
   * login, or as the step it stands in for. Absent: not counted.
   */
  progress?: 'every-court' | 'nextgen-layout' | 'mfa' | { as: StepId };
  actions: readonly CardAction[];
  /** Shows the court's help desk even when nothing is missing. */
  help?: true;
  /** The last word: the card stays up, whatever storage says next. */
  final?: true;
  /** For courts not on the checklist, and only for them (the offer). */
  notOnChecklist?: true;
  /**
   * Where the step sits around PACER's one sign-on: before it (the court's own pages), part of it
   * (shown at the first court of a browser session only), where CM/ECF lands once signed in, or
   * after that. Absent: no place (an offer, a page new to the guide).
   */
  signOn?: 'before' | 'part' | 'landing' | 'after';
}

const GUIDED: readonly CardAction[] = ['hide', 'not-now'];

/**
 * Whether a court opened straight into CM/ECF (PACER's one sign-on already done) once `step` is shown
 * after `lastStep` (its record's): where CM/ECF lands once signed in, reached from a step before the
 * sign-on or from none. A step before or part of the sign-on starts the question again (no); a step
 * with no place (an offer, a page new to the guide) tells nothing; later steps keep what was known.
 */
export function opensSignedIn(lastStep: StepId | undefined, step: StepId, known: boolean): boolean {
  const stage = STEP_INFO[step].signOn;
  if (stage === 'part' || stage === 'before') return false;
  const before = !lastStep || STEP_INFO[lastStep].signOn === 'before';
  return (stage === 'landing' && before) || known;
}

export const STEP_INFO: Record<StepId, StepInfo> = {
  'court-website': { label: 'On the court website', progress: 'every-court', actions: GUIDED, signOn: 'before' },
  'open-filing-system': { label: 'On the CM/ECF welcome page', progress: 'every-court', actions: GUIDED, signOn: 'before' },
  'pacer-login': { label: 'At the PACER login', progress: 'every-court', actions: GUIDED, signOn: 'part' },
  // PACER shows a code prompt or an enrolment prompt at a login, not both: one place on the path.
  'mfa-code': { label: 'At PACER’s MFA code prompt', progress: 'mfa', actions: GUIDED, signOn: 'part' },
  'mfa-enroll': { label: 'At PACER’s MFA enrollment prompt', progress: { as: 'mfa-code' }, actions: GUIDED, signOn: 'part' },
  // PACER's own interstitials after some logins (a password due, a notice to acknowledge): not counted.
  'password-update': { label: 'At PACER’s password update', actions: GUIDED, signOn: 'part' },
  'acknowledge-notice': { label: 'At a PACER notice', actions: GUIDED, signOn: 'part' },
  'redaction-agreement': { label: 'At the redaction notice', progress: 'every-court', actions: GUIDED, signOn: 'part' },
  // A filing agent's choice of filer: proves nothing about a link, and is not counted.
  'select-filer': { label: 'Choosing the filer (filing agent)', actions: GUIDED, signOn: 'landing' },
  'open-utilities': { label: 'Logged in to CM/ECF', progress: 'every-court', actions: GUIDED, signOn: 'landing' },
  'open-nextgen-menu': { label: 'On Utilities', progress: 'nextgen-layout', actions: GUIDED, signOn: 'after' },
  'open-link-utility': { label: 'Opening the link utility', progress: 'every-court', actions: GUIDED, signOn: 'after' },
  'enter-cmecf-credentials': { label: 'At the link form', progress: 'every-court', actions: GUIDED, signOn: 'after' },
  'confirm-link': { label: 'At the confirm page', progress: 'every-court', actions: GUIDED, signOn: 'after' },
  'link-error': { label: 'The link form refused the login', progress: { as: 'enter-cmecf-credentials' }, actions: GUIDED, help: true, signOn: 'after' },
  'refresh-menus': { label: 'Linked; refresh pending', proves: 'linked', progress: 'every-court', actions: ['refresh-menus', ...GUIDED], signOn: 'after' },
  linked: { label: 'Filing menus seen', proves: 'verified', actions: ['hide'], final: true, signOn: 'after' },
  'not-live': { label: 'No link item on Utilities', proves: 'todo', actions: GUIDED, help: true, signOn: 'after' },
  offer: { label: 'Offered the guide', proves: 'todo', actions: ['accept-offer', 'dismiss-offer'], notOnChecklist: true },
  // Right after the user followed a highlighted target, a page no row knows: this court differs.
  'unexpected-page': { label: 'On a page new to the guide', actions: ['copy-outline', ...GUIDED], help: true },
};
