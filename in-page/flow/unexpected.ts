// Where following a step's highlighted target should lead, in words: what the unexpected-page card
// tells a user whose court showed a page the guide has never seen. Plain data, one line per step.
import type { StepId } from './step-ids';

const LEADS_TO: Partial<Record<StepId, string>> = {
  'court-website': 'open the court’s CM/ECF site, with its “Document Filing System” link',
  'open-filing-system': 'reach PACER’s login for this court',
  'pacer-login': 'log in to PACER and accept the redaction notice',
  'mfa-code': 'finish PACER’s login and accept the redaction notice',
  'mfa-enroll': 'enroll in PACER’s MFA or skip it, then accept the redaction notice',
  'redaction-agreement': 'reach CM/ECF’s main menu, with Utilities on its menu bar',
  'open-utilities': 'open Utilities, with the “Link a CM/ECF account to my PACER account” item',
  'open-nextgen-menu': 'open “NextGen Release 1.1 Menu Items”, with the “Link a CM/ECF account to my PACER account” item',
  'open-link-utility': 'open the link utility, where you enter your old CM/ECF login and password',
  'enter-cmecf-credentials': 'see the page that shows your CM/ECF and PACER names before you confirm the link',
  'link-error': 'try your old CM/ECF login and password again in the link utility',
  'confirm-link': 'see that your accounts are linked',
};

/** What the user was about to reach after following `step`'s target. */
export function expectedAfter(step: StepId | undefined): string {
  return (step && LEADS_TO[step]) || 'go on to the next step of linking';
}
