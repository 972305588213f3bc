import { collapseSpaces } from '../text';
import { findControl, firstElements, normalize, textOf } from './dom';
import { linkPageText, linkUtilityPage } from './link-page';
import type { Examples, Recognised } from './types';
import { CONFIRM_QUESTION, SUBMIT } from './wording';

const CMECF_LABEL = /^cm\s?\/\s?ecf(?: account| name| login)?:?$/;
const PACER_LABEL = /^pacer(?: account| name)?:?$/;

/** The name shown beside a label cell ("CM/ECF" | "Train Attorney03"). */
function nameBeside(main: Element, label: RegExp): string {
  for (const el of firstElements(main, 300)) {
    if (el.children.length > 1 || !label.test(textOf(el))) continue;
    const value = el.nextElementSibling ?? el.parentElement?.nextElementSibling;
    if (value) return collapseSpaces(value.textContent ?? '');
  }
  return '';
}

/** "Do you want to link these accounts?" (or "Verify your account information") with the CM/ECF name and the PACER name. */
export function recognizeLinkConfirm(doc: Document, url: URL): Recognised<'link-confirm'> {
  const main = linkUtilityPage(doc, url);
  if (!main || !CONFIRM_QUESTION.test(linkPageText(main))) return null;
  const cmecfName = nameBeside(main, CMECF_LABEL);
  const pacerName = nameBeside(main, PACER_LABEL);
  if (!normalize(cmecfName) && !normalize(pacerName)) return null;
  return { kind: 'link-confirm', cmecfName, pacerName, submit: findControl(main, SUBMIT, true) };
}

export const EXAMPLES = {
  'link-confirm': [
    { practice: 'link confirm', url: 'http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl', facts: { cmecfName: 'Train Attorney03', pacerName: 'Train Attorneythree' } },
    { handmade: 'cob-confirm-verify.html', url: 'https://ecf.cob.uscourts.gov/cgi-bin/LinkAccount.pl', facts: { cmecfName: 'Jane Q. Filer', pacerName: 'Jane Filer', submit: { text: '' } } },
    { practice: 'link confirm, "Verify your account information"', url: 'http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl', facts: { cmecfName: 'Train Attorney03', pacerName: 'Train Attorneythree' } },
  ],
} satisfies Examples;
