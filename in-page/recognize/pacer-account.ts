import { courtAt, findByText, textOf } from './dom';
import type { Examples, Recognized } from './types';

const LABELS = 'label, th, dt, td, span, b, strong';

/** The value beside a label cell ("Account Type:" | "Upgraded PACER Account"), or ''. */
function valueBeside(doc: Document, label: RegExp): string {
  const el = findByText(doc, LABELS, label);
  return textOf(el?.nextElementSibling ?? el?.parentElement?.nextElementSibling);
}

/** PACER's label for MFA on Manage My Account ("Multifactor Auth"), and how other pages word it. */
const MFA_LABEL = /^(?:mfa|multi-?factor auth(?:entication)?)(?: status)?:?$/;
/** Not enrolled: said so, or the value is PACER's "Enroll" link (its learning aid: "click the Enroll link in the Multifactor Auth field"). */
const NOT_ENROLLED = /^(?:enroll?(?: now)?|set up(?: now)?)$|\b(?:not enroll?ed|none|off|disabled)\b/;
const ENROLLED = /\b(?:enroll?ed|on|enabled)\b/;

/** PACER's Manage My Account (pacer.psc.uscourts.gov): whether the account is upgraded and enrolled in MFA. */
export function recognizePacerAccount(doc: Document, url: URL): Recognized<'pacer-account'> {
  if (courtAt(url)?.site !== 'pacer-account') return null;
  const type = valueBeside(doc, /^account type:?$/);
  const accountType = /\bupgraded\b/.test(type) ? 'upgraded' : /\blegacy\b/.test(type) ? 'legacy' : undefined;
  const mfa = valueBeside(doc, MFA_LABEL);
  const mfaEnrolled = NOT_ENROLLED.test(mfa) ? false : ENROLLED.test(mfa) ? true : undefined;
  return { kind: 'pacer-account', accountType, mfaEnrolled };
}

/** Manage My Account's real landing page (RECAP's source and its issue #306). */
const ACCOUNT = 'https://pacer.psc.uscourts.gov/pscof/manage/maint.jsf';

export const EXAMPLES = {
  'pacer-account': [
    { practice: 'Manage My Account', url: ACCOUNT, facts: { accountType: 'legacy', mfaEnrolled: false } },
    { practice: 'Manage My Account, MFA app added', url: ACCOUNT, facts: { accountType: 'upgraded', mfaEnrolled: true } },
    { handmade: 'pacer-account-mfa-status.html', url: ACCOUNT, facts: { accountType: 'legacy', mfaEnrolled: false } },
  ],
} satisfies Examples;
