// CM/ECF pages that show case data. None of them is a step of linking an account, and they are
// the largest pages a filer opens (dockets of thousands of entries, claims registers of 800 KB), so
// the manifests keep the content script out of them altogether (`exclude_matches`, both browsers).
// Only scripts known to show case data are listed: any other page, a court's own place for the
// link utility included, still gets the content script. Sources: the real pages in
// tests/fixtures/real and the report scripts juriscraper and RECAP read (README, "How it works").

import type { CourtKind } from './families';

/** Every page the content script may run on. */
export const COURT_PAGES = '*://*.uscourts.gov/*';

/**
 * The hosts whose pages get the content script with the guard (CM/ECF, its training databases,
 * PACER's login and account pages), as the manifests' globs: `include_globs` for gate.js and the
 * same list as `exclude_globs` for website-gate.js, so that every court page gets exactly one of
 * the two. Globs read the whole address, a user name before the host included
 * (https://u@ecf.…), hence the `@` forms. A court website whose address merely contains one of
 * them (in its query) gets gate.js: the heavier of the two, never neither.
 */
export const GUARDED_HOSTS = ['ecf', 'ecf-train', 'pacer', 'train-login'].flatMap((host) => [`*://${host}.*`, `*@${host}.*`]);

/** Pages of case data, grouped by what they show. */
type CaseDataPaths = Readonly<Record<string, readonly string[]>>;

/**
 * District and bankruptcy CM/ECF's scripts (the same software; a script one family lacks is never
 * asked for there). Paths in match-pattern syntax: matched against the path and query,
 * case-sensitive, `*` is any run of characters. CM/ECF spells its script names exactly like this in
 * every link it makes.
 */
const CMECF_CASE_DATA: CaseDataPaths = {
  'docket reports': ['/cgi-bin/DktRpt.pl*'],
  'docket histories': ['/cgi-bin/HistDocQry.pl*'],
  'documents and attachment pages': [
    '/doc1/*',
    '/docs1/*',
    '/cgi-bin/show_doc.pl*',
    '/cgi-bin/show_multidocs.pl*',
    '/cgi-bin/show_case_doc*',
    '/cgi-bin/show_temp.pl*',
    '/cgi-bin/DocVerify.pl*',
  ],
  'claims registers and creditors': [
    '/cgi-bin/SearchClaims.pl*',
    '/cgi-bin/ClaimHistory.pl*',
    '/cgi-bin/ClaimsActRpt.pl*',
    '/cgi-bin/CredHistory.pl*',
    '/cgi-bin/CreditorQry.pl*',
    '/cgi-bin/CredMatrixCase.pl*',
    '/cgi-bin/MailList.pl*',
    '/cgi-bin/MailLabelsCase.pl*',
  ],
  'case queries and their reports': [
    '/cgi-bin/iquery.pl*',
    '/cgi-bin/mobile_query.pl*',
    '/cgi-bin/possible_case_numbers.pl*',
    '/cgi-bin/qryAlias.pl*',
    '/cgi-bin/qryAscCases.pl*',
    '/cgi-bin/qryAttorneys.pl*',
    '/cgi-bin/qryDocument.pl*',
    '/cgi-bin/qryMDL.pl*',
    '/cgi-bin/qryParties.pl*',
    '/cgi-bin/qrySummary.pl*',
    '/cgi-bin/qryTrustee.pl*',
    '/cgi-bin/qryViewDocument.pl*',
    '/cgi-bin/AsccaseDisplay.pl*',
    '/cgi-bin/FilerQry.pl*',
    '/cgi-bin/NoticeOfFiling.pl*',
    '/cgi-bin/QryRMSLocation.pl*',
    '/cgi-bin/RelTransactQry.pl*',
    '/cgi-bin/SchedQry.pl*',
    '/cgi-bin/StatusQry.pl*',
  ],
  'transaction receipts': ['/cgi-bin/DisplayReceipt.pl*'],
  'RSS feeds': ['/cgi-bin/rss_outside.pl*', '/cgi-bin/rss_outside4.pl*'],
  // Some courts prefix their own copy: OHND_WrtOpRpt.pl.
  'written opinions': ['/cgi-bin/WrtOpRpt.pl*', '/cgi-bin/*_WrtOpRpt.pl*'],
};

/**
 * Each court family's pages of case data: the case-data column of the court-family table
 * (utils/courts/families.ts), kept here because only the manifests read it, so court pages never
 * load it. The compiler asks for an entry per family.
 */
const CASE_DATA_PATHS: Readonly<Record<CourtKind, CaseDataPaths>> = {
  district: CMECF_CASE_DATA,
  bankruptcy: CMECF_CASE_DATA,
  // Not yet described: their pages get the content script, whose gate ends at once for a family not served.
  appellate: {},
  national: {},
};

const onCourtHosts = (path: string) => `*://*.uscourts.gov${path}`;

/**
 * The content script's `exclude_matches`, grouped by what the pages show (docs/how-it-works.md lists
 * them): every family's, once each. A match pattern cannot tell one court's host from another's.
 */
export const CASE_DATA_PAGES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  [...new Set(Object.values(CASE_DATA_PATHS).flatMap(Object.keys))].map((group) => [
    group,
    [...new Set(Object.values(CASE_DATA_PATHS).flatMap((family) => family[group] ?? []))].map(onCourtHosts),
  ]),
);

/** The same list, flat, as the manifests carry it. */
export const EXCLUDED_PAGES: readonly string[] = Object.values(CASE_DATA_PAGES).flat();
