import { courtById, filingMenusFor } from '../../utils/courts/catalog';
import { courtAt } from './dom';
import { FILING_EVENTS, readMenuBar } from './menu-bar';
import type { Examples, MenuFacts, Recognized } from './types';

/**
 * A signed-in account is a linked filer only when the bar carries this court's filing menus and no
 * other signal contradicts it (menu.pl?id=-1 and PRTYPE=web are what PACER-only pages send).
 */
export function isFilerMenu(menu: MenuFacts, courtId: string | undefined): boolean {
  const court = courtById(courtId);
  const expected = court ? filingMenusFor(court.kind) : Object.values(FILING_EVENTS);
  const hasFiling = menu.filingMenus.some((m) => expected.includes(m));
  return hasFiling && menu.menuId !== -1 && menu.prtype !== 'web';
}

function recognizeMenuPage(doc: Document, url: URL, filer: boolean) {
  const where = courtAt(url);
  if (where?.site !== 'cmecf') return null;
  const menu = readMenuBar(doc);
  return menu && isFilerMenu(menu, where.courtId) === filer ? menu : null;
}

/** A CM/ECF page whose menu bar shows the filing menus: the account is linked. */
export function recognizeCmecfFiler(doc: Document, url: URL): Recognized<'cmecf-filer'> {
  const menu = recognizeMenuPage(doc, url, true);
  return menu ? { kind: 'cmecf-filer', menu } : null;
}

/** A CM/ECF page with the PACER-only menu bar (Query, Reports, Utilities, Search, Log Out). */
export function recognizeCmecfPacerOnly(doc: Document, url: URL): Recognized<'cmecf-pacer-only'> {
  const menu = recognizeMenuPage(doc, url, false);
  return menu ? { kind: 'cmecf-pacer-only', menu } : null;
}

const docket = (id: string) => `https://ecf.${id}.uscourts.gov/cgi-bin/DktRpt.pl?1`;
const history = (id: string) => `https://ecf.${id}.uscourts.gov/cgi-bin/HistDocQry.pl`;
const attachment = (id: string) => `https://ecf.${id}.uscourts.gov/doc1/1`;

export const EXAMPLES = {
  'cmecf-filer': [
    {
      real: 'jscr__case_queries_advanced__cacb.html',
      url: 'https://ecf.cacb.uscourts.gov/cgi-bin/iquery.pl',
      facts: { menu: { filingMenus: ['Bankruptcy', 'Adversary'] } },
    },
    { real: 'jscr__dockets__bankruptcy__wiwb_1.html', url: docket('wiwb') },
    { real: 'jscr__dockets__bankruptcy__nvb_368678.html', url: docket('nvb') },
    { real: 'jscr__attachment_pages__mnd_10111409561.html', url: attachment('mnd'), facts: { menu: { filingMenus: ['Civil', 'Criminal'] } } },
    { real: 'jscr__dockets__district__pamd.html', url: docket('pamd') },
    { real: 'jscr__dockets__not_dockets__njd_304994.html', url: docket('njd') },
    { practice: 'filer main page', url: 'http://ecf.iasb.uscourts.gov/cgi-bin/login.pl' },
    { handmade: 'filer-menus-from-links.html', url: 'https://ecf.mdd.uscourts.gov/cgi-bin/login.pl', facts: { menu: { filingMenus: ['Civil', 'Criminal'] } } },
    {
      handmade: 'filer-menus-from-labels.html',
      url: 'https://ecf.cob.uscourts.gov/cgi-bin/login.pl',
      facts: { menu: { filingMenus: ['Bankruptcy', 'Adversary'] } },
    },
    {
      practice: 'filer main page, filing menus known by their links',
      url: 'http://ecf.iasb.uscourts.gov/cgi-bin/login.pl',
      facts: { menu: { filingMenus: ['Bankruptcy', 'Adversary'] } },
    },
  ],
  'cmecf-pacer-only': [
    { real: 'jscr__attachment_pages__nysd_12708012898.html', url: attachment('nysd') },
    { real: 'jscr__attachment_pages__ilnd_06708278610.html', url: attachment('ilnd') },
    { real: 'jscr__attachment_pages__mdd_093030.html', url: attachment('mdd') },
    { real: 'jscr__attachment_pages__pawd_157015.html', url: attachment('pawd') },
    { real: 'jscr__case_queries__ctd.html', url: 'https://ecf.ctd.uscourts.gov/cgi-bin/iquery.pl?1' },
    { real: 'jscr__confirmation_pages__ctd_1.html', url: attachment('ctd') },
    { real: 'jscr__dockets__district__nysd_4.html', url: docket('nysd') },
    { real: 'jscr__dockets__district__wawd.html', url: docket('wawd') },
    { real: 'jscr__claims_activity__txeb_1.html', url: 'https://ecf.txeb.uscourts.gov/cgi-bin/ClaimsActivity.pl', facts: { menu: { prtype: 'web' } } },
    { real: 'jscr__list_of_creditors__cacb_1.html', url: 'https://ecf.cacb.uscourts.gov/cgi-bin/CredMatrix.pl' },
    { real: 'jscr__docket_history_reports__casb_463475.html', url: history('casb') },
    { real: 'jscr__dockets__bankruptcy__njb_3.html', url: docket('njb') },
    { real: 'jscr__dockets__not_dockets__wawb_646603.html', url: 'https://ecf.wawb.uscourts.gov/cgi-bin/SearchClaims.pl' },
    { real: 'jscr__docket_history_reports__njd_272151.html', url: history('njd'), facts: { menu: { menuId: -1 } } },
    { real: 'jscr__docket_history_reports__ilnd_274007.html', url: history('ilnd') },
    { real: 'jscr__docket_history_reports__ksd_8097.html', url: history('ksd') },
    { real: 'jscr__dockets__bankruptcy__njb_2.html', url: docket('njb') },
    { real: 'jscr__dockets__bankruptcy__wawb_3.html', url: docket('wawb') },
    { real: 'jscr__dockets__district__njd_509180.html', url: docket('njd') },
    { practice: 'PACER-only main page', url: 'http://ecf.iasb.uscourts.gov/cgi-bin/login.pl' },
  ],
} satisfies Examples;
