import { courtAt, findByText, textOf } from './dom';
import type { Recognised } from './types';

/** PACER's Manage My Account (pacer.psc.uscourts.gov): tells whether the account is upgraded. */
export function recognizePacerAccount(doc: Document, url: URL): Recognised<'pacer-account'> {
  if (courtAt(url)?.site !== 'pacer-account') return null;
  const label = findByText(doc, 'label, th, dt, td, span, b, strong', /^account type:?$/)[0];
  const value = textOf(label?.nextElementSibling ?? label?.parentElement?.nextElementSibling);
  const accountType = /\bupgraded\b/.test(value) ? 'upgraded' : /\blegacy\b/.test(value) ? 'legacy' : undefined;
  return { kind: 'pacer-account', accountType };
}
