import { courtById } from '../../utils/courts/catalog';
import { recognizeCmecfLanding } from './cmecf-landing';
import { recognizeCmecfFiler, recognizeCmecfPacerOnly } from './cmecf-menu';
import { recognizeCourtWebsite } from './court-website';
import { courtAt } from './dom';
import { recognizeLinkConfirm } from './link-confirm';
import { recognizeLinkError } from './link-error';
import { recognizeLinkForm } from './link-form';
import { linkUtilityPage } from './link-page';
import { recognizeLinkSuccess } from './link-success';
import { recognizeFilerSelect } from './filer-select';
import { recognizePasswordUpdate } from './password-update';
import { recognizeAcknowledgeNotice } from './acknowledge-notice';
import { recognizeMfaCode, recognizeMfaEnroll } from './mfa';
import { recognizeNextGenMenu } from './nextgen-menu';
import { recognizePacerAccount } from './pacer-account';
import { recognizePacerLogin } from './pacer-login';
import { inOneRecognition } from './reading';
import { recognizeRedactionAgreement } from './redaction-agreement';
import { recognizeUtilities } from './utilities';
import type { Examples, Page, PageKind, Recognized } from './types';

export type { Example, Examples, Page, PageKind, PageOf } from './types';

type Recognizer = (doc: Document, url: URL) => Recognized<PageKind>;

/** The menu bar says whether the account is linked; on the link utility's own pages it is not the step. */
const outsideLinkUtility =
  (recognize: Recognizer): Recognizer =>
  (doc, url) =>
    linkUtilityPage(doc, url) ? null : recognize(doc, url);

/**
 * Every recogniser, in order of precedence: the first that claims a page names its kind. This order
 * is the one place precedence lives; the recognisers themselves only look for their own signals.
 * The redaction, MFA, password and notice dialogs open over PACER's login form, and a code field
 * outranks enrolment words, which outrank a password change in the same dialog; the confirm page (its question and both names) comes before the error page, so that a
 * confirm page whose instructions mention failure still holds its Submit; a filing agent's choice of
 * filer comes before the menu pages, whose bar there is the agent's and proves nothing; the link utility's error
 * page carries its form again, and the form is the page with the password field; Utilities, the NextGen menu and the link utility's pages carry the same menu bar
 * as every other CM/ECF page.
 */
export const RECOGNIZERS: Record<Exclude<PageKind, 'unknown'>, Recognizer> = {
  'court-website': recognizeCourtWebsite,
  'cmecf-landing': recognizeCmecfLanding,
  'redaction-agreement': recognizeRedactionAgreement,
  'mfa-code': recognizeMfaCode,
  'mfa-enroll': recognizeMfaEnroll,
  'password-update': recognizePasswordUpdate,
  'acknowledge-notice': recognizeAcknowledgeNotice,
  'pacer-login': recognizePacerLogin,
  'pacer-account': recognizePacerAccount,
  'link-confirm': recognizeLinkConfirm,
  'link-error': recognizeLinkError,
  'link-form': recognizeLinkForm,
  'link-success': recognizeLinkSuccess,
  utilities: recognizeUtilities,
  'nextgen-menu': recognizeNextGenMenu,
  'filer-select': recognizeFilerSelect,
  'cmecf-filer': outsideLinkUtility(recognizeCmecfFiler),
  'cmecf-pacer-only': outsideLinkUtility(recognizeCmecfPacerOnly),
};

/** What page is this? Pure: reads the document, writes nothing. */
export function recognize(doc: Document, location: string | URL): Page {
  return inOneRecognition(() => recognizeOnce(doc, location));
}

function recognizeOnce(doc: Document, location: string | URL): Page {
  const url = parseUrl(location);
  // courtAt() here and in the recognisers is one reading of the address for the whole recognition.
  const where = url && courtAt(url);
  const base = { urlFacts: where, court: where?.known ? courtById(where.courtId) : undefined };
  if (!url || !where) return { ...base, kind: 'unknown' };
  for (const recognizer of Object.values(RECOGNIZERS)) {
    const facts = recognizer(doc, url);
    if (facts) return { ...base, ...facts } as Page;
  }
  return { ...base, kind: 'unknown' };
}

function parseUrl(location: string | URL): URL | null {
  try {
    return new URL(String(location));
  } catch {
    return null;
  }
}

/** Pages no recogniser claims. */
export const EXAMPLES = {
  unknown: [
    { real: 'jscr__authentication_samples__please_log_in.html', url: 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1' },
    // The practice court's stand-in for a court's own page the guide has never seen (the unexpected-page step).
    { practice: 'unfamiliar page', url: 'http://ecf.iasb.uscourts.gov/cgi-bin/AcctServices.pl' },
  ],
} satisfies Examples;
