import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognize, RECOGNISERS, type PageKind } from '@/utils/recognize';
import * as court from '../practice-court/pages.mjs';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

interface Fixture {
  name: string;
  url: string;
  kind: PageKind;
  html: () => string;
  check?: (page: ReturnType<typeof recognize>) => void;
}

const real = (file: string, url: string, kind: PageKind, check?: Fixture['check']): Fixture => ({
  name: file,
  url,
  kind,
  html: () => readFileSync(`tests/fixtures/real/${file}`, 'latin1'),
  check,
});

const filerMenus = (menus: string[]) => (p: ReturnType<typeof recognize>) => {
  expect('menu' in p && p.menu?.filingMenus).toEqual(menus);
};

/** Every real page we have, with where it lives and what it is. */
const REAL: Fixture[] = [
  real('jscr__case_queries_advanced__cacb.html', 'https://ecf.cacb.uscourts.gov/cgi-bin/iquery.pl', 'cmecf-filer', filerMenus(['Bankruptcy', 'Adversary'])),
  real('jscr__dockets__bankruptcy__wiwb_1.html', 'https://ecf.wiwb.uscourts.gov/cgi-bin/DktRpt.pl?1', 'cmecf-filer'),
  real('jscr__dockets__bankruptcy__nvb_368678.html', 'https://ecf.nvb.uscourts.gov/cgi-bin/DktRpt.pl?1', 'cmecf-filer'),
  real('jscr__attachment_pages__mnd_10111409561.html', 'https://ecf.mnd.uscourts.gov/doc1/1', 'cmecf-filer', filerMenus(['Civil', 'Criminal'])),
  real('jscr__dockets__district__pamd.html', 'https://ecf.pamd.uscourts.gov/cgi-bin/DktRpt.pl?1', 'cmecf-filer'),
  real('jscr__dockets__not_dockets__njd_304994.html', 'https://ecf.njd.uscourts.gov/cgi-bin/DktRpt.pl?1', 'cmecf-filer'),
  ...['jscr__attachment_pages__nysd_12708012898.html', 'jscr__attachment_pages__ilnd_06708278610.html', 'jscr__attachment_pages__mdd_093030.html', 'jscr__attachment_pages__pawd_157015.html'].map((f) =>
    real(f, `https://ecf.${f.split('__')[2].split('_')[0]}.uscourts.gov/doc1/1`, 'cmecf-pacer-only'),
  ),
  real('jscr__case_queries__ctd.html', 'https://ecf.ctd.uscourts.gov/cgi-bin/iquery.pl?1', 'cmecf-pacer-only'),
  real('jscr__confirmation_pages__ctd_1.html', 'https://ecf.ctd.uscourts.gov/doc1/1', 'cmecf-pacer-only'),
  real('jscr__dockets__district__nysd_4.html', 'https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?1', 'cmecf-pacer-only'),
  real('jscr__dockets__district__wawd.html', 'https://ecf.wawd.uscourts.gov/cgi-bin/DktRpt.pl?1', 'cmecf-pacer-only'),
  real('jscr__claims_activity__txeb_1.html', 'https://ecf.txeb.uscourts.gov/cgi-bin/ClaimsActivity.pl', 'cmecf-pacer-only', (p) => expect('menu' in p && p.menu?.prtype).toBe('web')),
  real('jscr__list_of_creditors__cacb_1.html', 'https://ecf.cacb.uscourts.gov/cgi-bin/CredMatrix.pl', 'cmecf-pacer-only'),
  real('jscr__docket_history_reports__casb_463475.html', 'https://ecf.casb.uscourts.gov/cgi-bin/HistDocQry.pl', 'cmecf-pacer-only'),
  real('jscr__dockets__bankruptcy__njb_3.html', 'https://ecf.njb.uscourts.gov/cgi-bin/DktRpt.pl?1', 'cmecf-pacer-only'),
  real('jscr__authentication_samples__please_log_in.html', 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1', 'unknown'),
  real('jscr__dockets__not_dockets__wawb_646603.html', 'https://ecf.wawb.uscourts.gov/cgi-bin/SearchClaims.pl', 'cmecf-pacer-only'),
  real('jscr__docket_history_reports__njd_272151.html', 'https://ecf.njd.uscourts.gov/cgi-bin/HistDocQry.pl', 'cmecf-pacer-only', (p) => expect('menu' in p && p.menu?.menuId).toBe(-1)),
  real('jscr__docket_history_reports__ilnd_274007.html', 'https://ecf.ilnd.uscourts.gov/cgi-bin/HistDocQry.pl', 'cmecf-pacer-only'),
  real('jscr__docket_history_reports__ksd_8097.html', 'https://ecf.ksd.uscourts.gov/cgi-bin/HistDocQry.pl', 'cmecf-pacer-only'),
  real('jscr__dockets__bankruptcy__njb_2.html', 'https://ecf.njb.uscourts.gov/cgi-bin/DktRpt.pl?1', 'cmecf-pacer-only'),
  real('jscr__dockets__bankruptcy__wawb_3.html', 'https://ecf.wawb.uscourts.gov/cgi-bin/DktRpt.pl?1', 'cmecf-pacer-only'),
  real('jscr__dockets__district__njd_509180.html', 'https://ecf.njd.uscourts.gov/cgi-bin/DktRpt.pl?1', 'cmecf-pacer-only'),
  ...['iasb', 'akb', 'paeb', 'cacb', 'almb', 'flnb'].map((id) =>
    real(`pacercourts__ecf.${id}__ecf.html`, `https://ecf.${id}.uscourts.gov/`, 'cmecf-landing', (p) => {
      expect(p.kind === 'cmecf-landing' && p.filingSystemLink?.getAttribute('href')).toMatch(/login\.pl$/);
    }),
  ),
  real('pacercourts__ecf.iasd__ecf.html', 'https://ecf.iasd.uscourts.gov/', 'cmecf-landing', (p) => expect(p.kind === 'cmecf-landing' && p.redirects).toBe(true)),
  real('pacercourts__ecf.ca1__ecf.html', 'https://ecf.ca1.uscourts.gov/', 'cmecf-landing'),
  ...['iasd', 'iasb'].map((id) =>
    real(`pacercourts__ecf.${id}__www.html`, `https://www.${id}.uscourts.gov/`, 'court-website', (p) => {
      expect(p.kind === 'court-website' && p.cmecfLink?.textContent).toMatch(/E-Filing \(CM\/ECF\)/);
    }),
  ),
];

const iasb = court.COURTS.iasb;
const origin = (prefix: string, id: string) => `http://${prefix}.${id}.uscourts.gov`;
const ecf = (path: string) => `http://ecf.iasb.uscourts.gov${path}`;
const practice = (name: string, url: string, kind: PageKind, html: () => string, check?: Fixture['check']): Fixture => ({ name: `practice: ${name}`, url, kind, html, check });
const shownDialog = (html: string) => html.replace('aria-hidden="true" style="display:none"', 'aria-hidden="false" style="display:block"');

/** The practice court's pages, one per page kind the flow meets. */
const PRACTICE: Fixture[] = [
  practice('court website', 'http://www.iasb.uscourts.gov/', 'court-website', () => court.courtWebsite(iasb, origin)),
  practice('landing', ecf('/'), 'cmecf-landing', () => court.cmecfLanding(iasb), (p) => {
    expect(p.kind === 'cmecf-landing' && p.filingSystemLink?.textContent).toMatch(/Document Filing System/);
  }),
  practice('PACER login', 'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK', 'pacer-login', () => court.pacerLogin(iasb, ecf('/cgi-bin/login.pl'))),
  practice('redaction dialog', 'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK', 'redaction-agreement', () => shownDialog(court.pacerLogin(iasb, ecf('/'))), (p) => {
    expect(p.kind === 'redaction-agreement' && p.checkbox?.id).toBe('regmsg:chkRedact');
  }),
  practice('Manage My Account', 'http://pacer.psc.uscourts.gov/pscManage/account.jsf', 'pacer-account', () => court.pacerAccount('legacy'), (p) => expect(p.kind === 'pacer-account' && p.accountType).toBe('legacy')),
  practice('PACER-only main page', ecf('/cgi-bin/login.pl'), 'cmecf-pacer-only', () => court.cmecfPage(iasb, { filer: false, body: court.mainMenuBody(iasb) })),
  practice('filer main page', ecf('/cgi-bin/login.pl'), 'cmecf-filer', () => court.cmecfPage(iasb, { filer: true, body: court.mainMenuBody(iasb) })),
  practice('Utilities with the link item', ecf('/cgi-bin/DisplayMenu.pl?Utilities'), 'utilities', () => court.cmecfPage(iasb, { filer: false, body: court.utilitiesBody('direct') }), (p) => {
    expect(p.kind === 'utilities' && [Boolean(p.linkItem), Boolean(p.nextGenItem)]).toEqual([true, false]);
  }),
  practice('Utilities with the NextGen item', ecf('/cgi-bin/DisplayMenu.pl?Utilities'), 'utilities', () => court.cmecfPage(iasb, { filer: false, body: court.utilitiesBody('nextgen') }), (p) => {
    expect(p.kind === 'utilities' && [Boolean(p.linkItem), Boolean(p.nextGenItem)]).toEqual([false, true]);
  }),
  practice('Utilities with neither', ecf('/cgi-bin/DisplayMenu.pl?Utilities'), 'utilities', () => court.cmecfPage(iasb, { filer: false, body: court.utilitiesBody('not-live') }), (p) => {
    expect(p.kind === 'utilities' && [Boolean(p.linkItem), Boolean(p.nextGenItem)]).toEqual([false, false]);
  }),
  practice('NextGen Release 1.1 Menu Items', ecf('/cgi-bin/DisplayMenu.pl?NextGenMenuItems'), 'nextgen-menu', () => court.cmecfPage(iasb, { filer: false, body: court.nextGenMenuBody() })),
  practice('link form', ecf('/cgi-bin/LinkAccount.pl'), 'link-form', () => court.cmecfPage(iasb, { filer: false, body: court.linkFormBody() })),
  practice('link error', ecf('/cgi-bin/LinkAccount.pl'), 'link-error', () => court.cmecfPage(iasb, { filer: false, body: court.linkFormBody('Invalid CM/ECF login or password. Please try again.') }), (p) => {
    expect(p.kind === 'link-error' && p.message).toBe('Invalid CM/ECF login or password. Please try again.');
  }),
  practice('link confirm', ecf('/cgi-bin/LinkAccount.pl'), 'link-confirm', () => court.cmecfPage(iasb, { filer: false, body: court.linkConfirmBody('Train Attorney03', 'Train Attorneythree', 't') }), (p) => {
    expect(p.kind === 'link-confirm' && [p.cmecfName, p.pacerName]).toEqual(['Train Attorney03', 'Train Attorneythree']);
  }),
  practice('link success', ecf('/cgi-bin/LinkAccount.pl?linked=1'), 'link-success', () => court.cmecfPage(iasb, { filer: false, body: court.linkSuccessBody() }), (p) => {
    expect(p.kind === 'link-success' && p.filer).toBe(false);
  }),
];

const ALL = [...REAL, ...PRACTICE];

describe('recognize()', () => {
  it.each(ALL.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const page = recognize(parse(fixture.html()), fixture.url);
    expect(page.kind).toBe(fixture.kind);
    fixture.check?.(page);
  });
});

describe('each recogniser is false on every other kind’s fixtures', () => {
  // Recognisers only read the document, so each fixture is parsed once for all of them, before
  // the tests (parsing inside the first one made it slow enough to time out under load).
  const parsed = new Map<Fixture, Document>();
  beforeAll(() => {
    for (const f of ALL) parsed.set(f, parse(f.html()));
  }, 60_000);
  const documentOf = (f: Fixture) => parsed.get(f)!;
  for (const [kind, recogniser] of Object.entries(RECOGNISERS)) {
    it(kind, () => {
      const own = ALL.filter((f) => f.kind === kind);
      expect(own.length, `${kind} has fixtures`).toBeGreaterThan(0);
      for (const f of own) expect(recogniser(documentOf(f), new URL(f.url)), f.name).not.toBeNull();
      for (const f of ALL.filter((x) => x.kind !== kind)) expect(recogniser(documentOf(f), new URL(f.url)), f.name).toBeNull();
    });
  }
});

describe('wording courts use', () => {
  const utilities = (item: string, heading = '') =>
    court.cmecfPage(iasb, { filer: false, body: `<H3>Utilities</H3>${heading}<A HREF="/cgi-bin/x.pl">${item}</A>` });
  it.each([
    'Link a CM/ECF account to my PACER account',
    'Link a CM/ECF Account to My PACER Account',
    '  link   a cm/ecf account to my\nPACER account ',
    'Link my filer account to my PACER account',
  ])('finds the link item worded "%s"', (item) => {
    const page = recognize(parse(utilities(item, '<B>Your Account</B><BR>')), ecf('/cgi-bin/DisplayMenu.pl?Utilities'));
    expect(page.kind === 'utilities' && Boolean(page.linkItem)).toBe(true);
  });

  it('never takes the Train link for the filing system', () => {
    const html = `<html><body><a href="https://ecf-train.iasb.uscourts.gov/cgi-bin/login.pl">Document Filing System (Train)</a><a href="/cgi-bin/login.pl">Document Filing System</a></body></html>`;
    const page = recognize(parse(html), 'https://ecf.iasb.uscourts.gov/');
    expect(page.kind === 'cmecf-landing' && page.filingSystemLink?.getAttribute('href')).toBe('/cgi-bin/login.pl');
  });

  it('ignores ecf links that do not lead to the filing system', () => {
    const html = `<html><body><a href="https://ecf.iasb.uscourts.gov/cgi-bin/rss_outside.pl">E-Filing RSS</a></body></html>`;
    const page = recognize(parse(html), 'https://www.iasb.uscourts.gov/');
    expect(page.kind === 'court-website' && page.cmecfLink).toBeNull();
  });
});
