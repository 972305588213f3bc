// @vitest-environment node
// The content script's manifest entry: never on pages of case data, always on every page of the flow.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASE_DATA_PAGES, COURT_PAGES, EXCLUDED_PAGES, GUARDED_HOSTS } from '@/utils/courts/excluded-pages';
import { injectedInto, matchesGlob, matchesPattern } from './match-pattern';

/** The manifests' two content scripts (wxt.config.ts): the gate with the guard, and the court websites' gate. */
const GATE = { matches: [COURT_PAGES], exclude: EXCLUDED_PAGES, includeGlobs: GUARDED_HOSTS };
const WEBSITE_GATE = { matches: [COURT_PAGES], exclude: EXCLUDED_PAGES, excludeGlobs: GUARDED_HOSTS };
/** Which of them a page gets; never both. */
const scriptsOf = (url: string) => [injectedInto(url, GATE) && 'gate.js', injectedInto(url, WEBSITE_GATE) && 'website-gate.js'].filter(Boolean);
const gets = (url: string) => {
  const scripts = scriptsOf(url);
  expect(scripts.length, `${url}: ${scripts.join(', ')}`).toBeLessThan(2);
  return scripts.length === 1;
};

/**
 * Where each real case-data page in tests/fixtures/real is served: the script of its page type
 * (MANIFEST.tsv; juriscraper's report of that name), with the query the page names itself (its
 * form's action), else the case id in its file name, else a report result's `?<n>-L_1_0-1`.
 */
const CASE_DATA_FIXTURES: Record<string, string> = {
  'jscr__case_queries_advanced__cacb.html': 'https://ecf.cacb.uscourts.gov/cgi-bin/iquery.pl?127529787681925-L_1_0-0-1993438',
  'jscr__case_queries__ctd.html': 'https://ecf.ctd.uscourts.gov/cgi-bin/iquery.pl?126534',
  'jscr__dockets__bankruptcy__wiwb_1.html': 'https://ecf.wiwb.uscourts.gov/cgi-bin/DktRpt.pl?1-L_1_0-1',
  'jscr__dockets__bankruptcy__nvb_368678.html': 'https://ecf.nvb.uscourts.gov/cgi-bin/DktRpt.pl?368678',
  'jscr__dockets__bankruptcy__njb_2.html': 'https://ecf.njb.uscourts.gov/cgi-bin/DktRpt.pl?1-L_1_0-1',
  'jscr__dockets__bankruptcy__njb_3.html': 'https://ecf.njb.uscourts.gov/cgi-bin/DktRpt.pl?628871',
  'jscr__dockets__bankruptcy__wawb_3.html': 'https://ecf.wawb.uscourts.gov/cgi-bin/DktRpt.pl?1-L_1_0-1',
  'jscr__dockets__district__njd_509180.html': 'https://ecf.njd.uscourts.gov/cgi-bin/DktRpt.pl?509180',
  'jscr__dockets__district__nysd_4.html': 'https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?250002528804968-L_1_0-1',
  'jscr__dockets__district__pamd.html': 'https://ecf.pamd.uscourts.gov/cgi-bin/DktRpt.pl?1-L_1_0-1',
  'jscr__dockets__district__wawd.html': 'https://ecf.wawd.uscourts.gov/cgi-bin/DktRpt.pl?1-L_1_0-1',
  'jscr__dockets__not_dockets__njd_304994.html': 'https://ecf.njd.uscourts.gov/cgi-bin/DktRpt.pl?304994',
  'jscr__authentication_samples__please_log_in.html': 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1-L_1_0-1',
  'jscr__docket_history_reports__casb_463475.html': 'https://ecf.casb.uscourts.gov/cgi-bin/HistDocQry.pl?992165829230229-L_1_0-1',
  'jscr__docket_history_reports__ilnd_274007.html': 'https://ecf.ilnd.uscourts.gov/cgi-bin/HistDocQry.pl?274007',
  'jscr__docket_history_reports__ksd_8097.html': 'https://ecf.ksd.uscourts.gov/cgi-bin/HistDocQry.pl?8097',
  'jscr__docket_history_reports__njd_272151.html': 'https://ecf.njd.uscourts.gov/cgi-bin/HistDocQry.pl?272151',
  'jscr__attachment_pages__ilnd_06708278610.html': 'https://ecf.ilnd.uscourts.gov/doc1/06708278610',
  'jscr__attachment_pages__mdd_093030.html': 'https://ecf.mdd.uscourts.gov/doc1/093030',
  'jscr__attachment_pages__mnd_10111409561.html': 'https://ecf.mnd.uscourts.gov/doc1/10111409561',
  'jscr__attachment_pages__nysd_12708012898.html': 'https://ecf.nysd.uscourts.gov/doc1/12708012898',
  'jscr__attachment_pages__pawd_157015.html': 'https://ecf.pawd.uscourts.gov/doc1/157015',
  'jscr__confirmation_pages__ctd_1.html': 'https://ecf.ctd.uscourts.gov/doc1/04117953422',
  'jscr__claims_activity__txeb_1.html': 'https://ecf.txeb.uscourts.gov/cgi-bin/ClaimsActRpt.pl?377918491969442-L_1_0-1',
  'jscr__dockets__not_dockets__wawb_646603.html': 'https://ecf.wawb.uscourts.gov/cgi-bin/SearchClaims.pl?646603',
  'jscr__list_of_creditors__cacb_1.html': 'https://ecf.cacb.uscourts.gov/cgi-bin/CredMatrixCase.pl?1-L_1_0-1',
};

/** The real pages of the flow: CM/ECF landing pages and court websites. */
const FLOW_FIXTURES: Record<string, string> = Object.fromEntries(
  ['akb', 'almb', 'ca1', 'cacb', 'flnb', 'iasb', 'iasd', 'paeb'].map((id) => [`pacercourts__ecf.${id}__ecf.html`, `https://ecf.${id}.uscourts.gov/`]),
);
Object.assign(FLOW_FIXTURES, {
  'pacercourts__ecf.iasb__www.html': 'https://www.iasb.uscourts.gov/',
  'pacercourts__ecf.iasd__www.html': 'https://www.iasd.uscourts.gov/',
  'pacercourts__ecf.ilnd__www.html': 'https://www.ilnd.uscourts.gov/',
});

/** Every page the practice court serves on the way (tests/practice-court/server.mjs). */
const appUrl = encodeURIComponent('http://ecf.iasb.uscourts.gov/cgi-bin/login.pl');
const PRACTICE_FLOW = [
  'http://www.iasb.uscourts.gov/',
  'http://ecf.iasb.uscourts.gov/',
  'http://ecf.iasd.uscourts.gov/cgi-bin/ShowIndex.pl',
  'http://ecf.iasb.uscourts.gov/cgi-bin/login.pl',
  'http://ecf.iasb.uscourts.gov/cgi-bin/login.pl?logout',
  `http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK&appurl=${appUrl}`,
  'http://pacer.psc.uscourts.gov/pscManage/account.jsf',
  'http://ecf.iasb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
  'http://ecf.iasb.uscourts.gov/cgi-bin/DisplayMenu.pl?NextGenMenuItems',
  'http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl',
  'http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl?linked=1',
];

const manifestRows = readFileSync('tests/fixtures/real/MANIFEST.tsv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([file, , , , pageType, courtId]) => ({ file, pageType, courtId }));

describe('the matcher follows the browsers’ match patterns', () => {
  it.each([
    ['*://*.uscourts.gov/*', 'https://uscourts.gov/', true],
    ['*://*.uscourts.gov/*', 'http://ecf.iasb.uscourts.gov/cgi-bin/x.pl?1', true],
    ['*://*.uscourts.gov/*', 'https://ecf.iasb.uscourts.gov.example.com/', false],
    ['*://*.uscourts.gov/*', 'https://eviluscourts.gov/', false],
    ['*://*.uscourts.gov/*', 'ftp://ecf.iasb.uscourts.gov/', false],
    ['https://*/foo*', 'https://www.google.com/foo/baz/bar', true],
    ['https://*/foo*', 'https://www.google.com/bar/foo', false],
    ['*://*.uscourts.gov/cgi-bin/DktRpt.pl*', 'https://ecf.njd.uscourts.gov/cgi-bin/DktRpt.pl?509180', true],
    // The query is part of the path the pattern reads, the fragment is not, and case counts.
    ['*://*.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities', 'https://ecf.x.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities', true],
    ['*://*.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities', 'https://ecf.x.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities#top', true],
    ['*://*.uscourts.gov/cgi-bin/DisplayMenu.pl', 'https://ecf.x.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities', false],
    ['*://*.uscourts.gov/cgi-bin/DktRpt.pl*', 'https://ecf.x.uscourts.gov/cgi-bin/dktrpt.pl?1', false],
    // Dots and question marks are literal.
    ['*://*.uscourts.gov/a.pl', 'https://ecf.x.uscourts.gov/aXpl', false],
    ['*://*.uscourts.gov/cgi-bin/*_WrtOpRpt.pl*', 'https://ecf.ohnd.uscourts.gov/cgi-bin/OHND_WrtOpRpt.pl', true],
  ])('%s on %s → %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });
});

describe('the content script is not injected into pages of case data', () => {
  it('every real fixture is placed: a page of case data or a page of the flow, at its court', () => {
    for (const { file, courtId } of manifestRows) {
      const url = CASE_DATA_FIXTURES[file] ?? FLOW_FIXTURES[file];
      expect(url, `${file} has an address here`).toBeDefined();
      expect(new URL(url).hostname.split('.')[1], file).toBe(courtId);
    }
    expect(Object.keys({ ...CASE_DATA_FIXTURES, ...FLOW_FIXTURES }).sort()).toEqual(manifestRows.map((r) => r.file).sort());
  });

  it.each(Object.entries(CASE_DATA_FIXTURES))('%s (%s) gets no content script', (_file, url) => {
    expect(gets(url)).toBe(false);
    expect(gets(url.replace('https:', 'http:'))).toBe(false);
  });

  it.each([
    ['docket histories', 'https://ecf.casb.uscourts.gov/cgi-bin/HistDocQry.pl?463475'],
    ['documents and attachment pages', 'https://ecf.mad.uscourts.gov/cgi-bin/show_doc.pl?caseid=171908&de_seq_num=981&dm_id=15184563&doc_num=287'],
    [
      'documents and attachment pages',
      'https://ecf.ilnd.uscourts.gov/cgi-bin/show_multidocs.pl?caseid=274007&arr_de_seq_nums=5&magic_num=&pdf_header=&zipit=1',
    ],
    ['documents and attachment pages', 'https://ecf.ca2.uscourts.gov/docs1/00205695758'],
    ['claims registers and creditors', 'https://ecf.deb.uscourts.gov/cgi-bin/ClaimHistory.pl?171908,1-1,424461,18-10160-LSS'],
    ['case queries and their reports', 'https://ecf.ctd.uscourts.gov/cgi-bin/qryParties.pl?126534'],
    ['case queries and their reports', 'https://ecf.alsd.uscourts.gov/cgi-bin/SchedQry.pl?61919'],
    ['transaction receipts', 'https://ecf.wawb.uscourts.gov/cgi-bin/DisplayReceipt.pl?646603,4'],
    ['RSS feeds', 'https://ecf.nyed.uscourts.gov/cgi-bin/rss_outside.pl'],
    ['written opinions', 'https://ecf.dcd.uscourts.gov/cgi-bin/WrtOpRpt.pl?1-L_1_0-1'],
    ['written opinions', 'https://ecf.ohnd.uscourts.gov/cgi-bin/OHND_WrtOpRpt.pl'],
  ])('%s: %s', (kind, url) => {
    expect(CASE_DATA_PAGES[kind].some((p) => matchesPattern(p, url))).toBe(true);
    expect(gets(url)).toBe(false);
  });

  it('lists every pattern once, on court hosts only', () => {
    expect(new Set(EXCLUDED_PAGES).size).toBe(EXCLUDED_PAGES.length);
    for (const pattern of EXCLUDED_PAGES) expect(pattern).toMatch(/^\*:\/\/\*\.uscourts\.gov\/(?:cgi-bin\/|docs?1\/)/);
  });
});

describe('CM/ECF and PACER pages get the gate with the guard; court websites the lighter one', () => {
  it.each([
    ['https://ecf.iasb.uscourts.gov/cgi-bin/login.pl', 'gate.js'],
    ['http://ecf.iasb.uscourts.gov:8080/cgi-bin/LinkAccount.pl', 'gate.js'],
    ['https://ecf-train.iasb.uscourts.gov/', 'gate.js'],
    ['https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK', 'gate.js'],
    ['https://pacer.psc.uscourts.gov/pscof/manage/maint.jsf', 'gate.js'],
    ['https://train-login.uscourts.gov/csologin/login.jsf', 'gate.js'],
    ['https://www.iasb.uscourts.gov/', 'website-gate.js'],
    ['https://iasb.uscourts.gov/cm-ecf', 'website-gate.js'],
    ['https://www.iasd.uscourts.gov/news?entries=100', 'website-gate.js'],
    // A user name before the host (the browsers' globs read it): still the gate with the guard.
    ['https://u@ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl', 'gate.js'],
    ['https://u:p@pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK', 'gate.js'],
    // A court website whose address holds a CM/ECF address: the gate with the guard, never neither.
    ['https://www.iasb.uscourts.gov/go?to=https://ecf.iasb.uscourts.gov/', 'gate.js'],
  ])('%s → %s', (url, script) => {
    expect(scriptsOf(url)).toEqual([script]);
  });

  it.each([
    ['*://ecf.*', 'https://ecf.iasb.uscourts.gov/x', true],
    ['*://ecf.*', 'https://www.iasb.uscourts.gov/', false],
    ['*://ecf.*', 'https://ecfx.uscourts.gov/', false],
    ['*://ecf.*', 'https://u@ecf.iasb.uscourts.gov/', false],
    ['*@ecf.*', 'https://u@ecf.iasb.uscourts.gov/', true],
    ['a?c', 'abc', true],
    ['a?c', 'a.c', true],
    ['a.c', 'abc', false],
  ])('glob %s on %s → %s', (glob, url, expected) => {
    expect(matchesGlob(glob, url)).toBe(expected);
  });
});

describe('every page of the flow keeps the content script', () => {
  it.each(Object.entries(FLOW_FIXTURES))('%s (%s)', (_file, url) => {
    expect(gets(url)).toBe(true);
  });

  it.each(PRACTICE_FLOW)('practice court: %s', (url) => {
    expect(gets(url)).toBe(true);
  });

  it.each([
    // The PACER login a docket link sends a signed-out filer to: its appurl names the docket.
    `https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=NJDC&appurl=${encodeURIComponent('https://ecf.njd.uscourts.gov/cgi-bin/DktRpt.pl?509180')}`,
    'https://pacer.login.uscourts.gov/csologin/login.jsf?appurl=https://ecf.njd.uscourts.gov/doc1/119021128134',
    'https://train-login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK',
    'https://ecf.iasb.uscourts.gov/cgi-bin/ShowIndex.pl',
    'https://ecf.iasb.uscourts.gov/cgi-bin/iasb_login.pl',
    // Menus, and scripts not known to show case data (a court's own place for the link utility).
    'https://ecf.iasb.uscourts.gov/cgi-bin/DisplayMenu.pl?CaseReports',
    'https://ecf.iasb.uscourts.gov/cgi-bin/DisplayMenu.pl?Query&id=-1',
    'https://ecf.nysd.uscourts.gov/cgi-bin/LinkAcct.pl',
    'https://ecf.ca1.uscourts.gov/n/AttorneyFiling/login.jsf',
    'https://www.iasb.uscourts.gov/cm-ecf',
  ])('%s', (url) => {
    expect(gets(url)).toBe(true);
  });
});
