import { courtAt, findByText, textOf } from './dom';
import type { Examples, Recognized } from './types';

const LABELS = 'label, th, dt, td, span, b, strong';

/** The value beside a label cell ("Account Type:" | "Upgraded PACER Account"), or ''. */
function valueBeside(doc: Document, label: RegExp): string {
  const el = findByText(doc, LABELS, label);
  return textOf(el?.nextElementSibling ?? el?.parentElement?.nextElementSibling);
}

/** PACER's Manage My Account (pacer.psc.uscourts.gov): whether the account is upgraded and enrolled in MFA. */
export function recognizePacerAccount(doc: Document, url: URL): Recognized<'pacer-account'> {
  if (courtAt(url)?.site !== 'pacer-account') return null;
  const type = valueBeside(doc, /^account type:?$/);
  const accountType = /\bupgraded\b/.test(type) ? 'upgraded' : /\blegacy\b/.test(type) ? 'legacy' : undefined;
  const mfa = valueBeside(doc, /^(?:mfa|multi-factor authentication)(?: status)?:?$/);
  const mfaEnrolled = /\b(?:not enroll?ed|none|off|disabled)\b/.test(mfa) ? false : /\b(?:enroll?ed|on|enabled)\b/.test(mfa) ? true : undefined;
  return { kind: 'pacer-account', accountType, mfaEnrolled };
}

const ACCOUNT = 'http://pacer.psc.uscourts.gov/pscManage/account.jsf';

export const EXAMPLES = {
  'pacer-account': [
    { practice: 'Manage My Account', url: ACCOUNT, facts: { accountType: 'legacy', mfaEnrolled: false } },
    { practice: 'Manage My Account, MFA app added', url: ACCOUNT, facts: { accountType: 'upgraded', mfaEnrolled: true } },
  ],
} satisfies Examples;
