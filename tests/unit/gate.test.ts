// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allCourts } from '@/utils/courts/catalog';
import { gatePlace, shouldWake, worthWaking } from '@/in-page/gate';
import { courtWebsiteId } from '@/utils/courts/url-shape';

/** The page's `location` as the content script passes it: only protocol, hostname, path and query. */
function at(url: string) {
  const { protocol, hostname, pathname, search } = new URL(url);
  return { protocol, hostname, pathname, search };
}

/** Runs the gate's decision against a store, counting its reads. */
async function gate(url: string, store: Record<string, unknown> = {}) {
  const reads: string[][] = [];
  const wakes = await shouldWake(at(url), async (keys) => {
    reads.push(keys);
    return Object.fromEntries(keys.filter((k) => k in store).map((k) => [k, store[k]]));
  });
  return { wakes, reads };
}

const LANDING = 'https://ecf.iasb.uscourts.gov/';
const SHOW_INDEX = 'https://ecf.iasb.uscourts.gov/cgi-bin/ShowIndex.pl';
const CMECF_LOGIN = 'https://ecf.iasb.uscourts.gov/cgi-bin/login.pl';
const PACER_LOGIN = 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK&appurl=https%3A%2F%2Fecf.iasb.uscourts.gov%2Fcgi-bin%2Flogin.pl';
const OFFER_PAGES = [
  LANDING,
  SHOW_INDEX,
  CMECF_LOGIN,
  PACER_LOGIN,
  'https://ecf.iasb.uscourts.gov/index.html',
  // Servers that answer in any letter case, and the older .htm.
  'https://ecf.iasb.uscourts.gov/CGI-BIN/SHOWINDEX.PL',
  'https://ecf.iasb.uscourts.gov/Index.HTML',
  'https://ecf.iasb.uscourts.gov/index.htm',
  'https://ecf.iasb.uscourts.gov/CGI-BIN/Login.pl',
];
const OTHER_PAGES = [
  'https://www.iasb.uscourts.gov/',
  'https://iasb.uscourts.gov/',
  'https://www.iasb.uscourts.gov/news/calendar',
  'https://ecf.iasb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
  'https://ecf.iasb.uscourts.gov/cgi-bin/DisplayMenu.pl?NextGenMenuItems',
  'https://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl',
  'https://ecf.iasb.uscourts.gov/cgi-bin/DktRpt.pl?1',
  'https://ecf.iasb.uscourts.gov/cgi-bin/login.pl/x',
];
const ALL_PAGES = [...OFFER_PAGES, ...OTHER_PAGES];
const settings = (s: object) => ({ settings: { guideEnabled: true, dismissedOffers: [], ...s } });

describe('where the gate places a page', () => {
  it.each([
    [LANDING, { courtId: 'iasb', offer: true }],
    [SHOW_INDEX, { courtId: 'iasb', offer: true }],
    ['https://ECF.IASB.uscourts.gov/cgi-bin/showindex.pl', { courtId: 'iasb', offer: true }],
    [CMECF_LOGIN, { courtId: 'iasb', offer: true }],
    ['https://ecf.iasb.uscourts.gov/cgi-bin/login.pl?logout', { courtId: 'iasb', offer: true }],
    ['https://ecf.iasb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities', { courtId: 'iasb', offer: false }],
    ['https://ecf.iasb.uscourts.gov/cgi-bin/DktRpt.pl?1', { courtId: 'iasb', offer: false }],
    ['https://www.iasd.uscourts.gov/', { courtId: 'iasd', offer: false }],
    ['https://iasd.uscourts.gov/', { courtId: 'iasd', offer: false }],
    [PACER_LOGIN, { courtId: 'iasb', offer: true }],
    ['https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASDC', { courtId: 'iasd', offer: true }],
    ['https://pacer.login.uscourts.gov/csologin/login.jsf?appurl=https://ecf.iasd.uscourts.gov/x', { courtId: 'iasd', offer: true }],
    ['https://pacer.psc.uscourts.gov/pscManage/account.jsf', { offer: false }],
    // Manage My Account at its real addresses (RECAP's source): the landing page and its login.
    ['https://pacer.psc.uscourts.gov/pscof/manage/maint.jsf', { offer: false }],
    ['https://pacer.psc.uscourts.gov/pscof/login.xhtml', { offer: false }],
  ])('%s → %o', (url, place) => {
    const site = new URL(url).hostname.startsWith('ecf.')
      ? 'cmecf'
      : url.includes('pacer.login')
        ? 'pacer-login'
        : url.includes('pacer.psc')
          ? 'pacer-account'
          : 'court-website';
    expect(gatePlace(at(url))).toEqual({ site, ...place });
    expect(gatePlace(new URL(url))).toEqual({ site, ...place });
  });

  // PACER logins that name no district or bankruptcy court: the guide has nobody to guide there, but
  // the content script still records the session's login (in-page/guard/pacer-login.ts).
  it.each([
    'https://pacer.login.uscourts.gov/csologin/login.jsf',
    'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=CA8',
    'https://pacer.login.uscourts.gov/csologin/login.jsf?appurl=https://www.iasd.uscourts.gov/',
  ])('a PACER login naming no court, %s, is placed without a court and never wakes the guide', async (url) => {
    expect(gatePlace(at(url))).toEqual({ site: 'pacer-login', offer: false });
    expect(await gate(url, settings({}))).toEqual({ wakes: false, reads: [] });
  });

  it.each([
    'https://ecf-train.iasb.uscourts.gov/',
    'https://train-login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK',
    'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK&appurl=https://ecf-train.iasb.uscourts.gov/cgi-bin/login.pl',
    'https://ecf.iasb.uscourts.gov.example.com/',
    'https://pacer.uscourts.gov/',
  ])('never speaks on %s', (url) => {
    expect(gatePlace(at(url))).toBeNull();
  });

  it('never speaks outside http and https', () => {
    expect(gatePlace({ protocol: 'file:', hostname: 'ecf.iasb.uscourts.gov', pathname: '/', search: '' })).toBeNull();
  });

  it('maps every district and bankruptcy PACER id the way the catalog does', () => {
    for (const c of allCourts().filter((c) => c.kind === 'district' || c.kind === 'bankruptcy')) {
      expect(gatePlace(at(`https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=${c.pacerId}`))?.courtId, c.pacerId).toBe(c.id);
    }
  });
});

describe('the court websites’ gate (entrypoints/website-gate.ts), from the host alone', () => {
  it.each([
    ...ALL_PAGES,
    'https://WWW.IASD.USCOURTS.GOV./',
    'https://www.iasd.uscourts.gov:8443/x',
    'https://pacer.uscourts.gov/',
    'https://www.uscourts.gov/',
    'https://ecf.uscourts.gov/',
    'https://a.b.iasd.uscourts.gov/',
    'https://www.iasd.uscourts.gov.example.com/',
    'https://uscourts.gov/',
    'https://xuscourts.gov/',
    'https://pacer.psc.uscourts.gov/pscManage/account.jsf',
    'https://jnet.uscourts.gov/',
    'https://bankruptcynotices.uscourts.gov/',
    'https://train-login.uscourts.gov/csologin/login.jsf',
    'https://pacer.login.uscourts.gov/csologin/login.jsf',
    'https://ecf-train.iasb.uscourts.gov/',
  ])('names the court %s names exactly when the gate places a court website there', (url) => {
    const place = gatePlace(at(url));
    expect(courtWebsiteId(new URL(url).hostname)).toBe(place?.site === 'court-website' ? place.courtId : undefined);
  });

  it('reads a court’s website at both its addresses, and nothing else', () => {
    expect(courtWebsiteId('www.iasd.uscourts.gov')).toBe('iasd');
    expect(courtWebsiteId('iasd.uscourts.gov.')).toBe('iasd');
    expect(courtWebsiteId('ecf.iasd.uscourts.gov')).toBeUndefined();
    expect(courtWebsiteId('www.uscourts.gov')).toBeUndefined();
  });
});

describe('whether the gate loads the guide', () => {
  it('a court not on the checklist: only on CM/ECF’s landing and login pages and PACER’s login', async () => {
    for (const url of OFFER_PAGES) expect((await gate(url, settings({}))).wakes, url).toBe(true);
    for (const url of OTHER_PAGES) expect((await gate(url, settings({}))).wakes, url).toBe(false);
    // An empty store (first run: no settings written yet) is the same.
    for (const url of OFFER_PAGES) expect((await gate(url)).wakes, url).toBe(true);
    for (const url of OTHER_PAGES) expect((await gate(url)).wakes, url).toBe(false);
  });

  it('a court not on the checklist whose offer was dismissed: nowhere', async () => {
    for (const url of ALL_PAGES) expect((await gate(url, settings({ dismissedOffers: ['iasb'] }))).wakes, url).toBe(false);
    // Another court's dismissal changes nothing here.
    expect((await gate(LANDING, settings({ dismissedOffers: ['iasd'] }))).wakes).toBe(true);
  });

  it.each(['todo', 'in-progress', 'linked'])('a court on the checklist, %s: every page', async (status) => {
    for (const url of ALL_PAGES) expect((await gate(url, { 'court:iasb': { status }, ...settings({}) })).wakes, url).toBe(true);
  });

  it.each([
    ['verified', { status: 'verified' }],
    ['paused', { status: 'in-progress', paused: true }],
  ])('a court on the checklist, %s: nowhere', async (_name, record) => {
    for (const url of ALL_PAGES) expect((await gate(url, { 'court:iasb': record, ...settings({}) })).wakes, url).toBe(false);
  });

  it('the guide switched off: nowhere, for courts on the checklist or not', async () => {
    for (const url of ALL_PAGES) {
      expect((await gate(url, { 'court:iasb': { status: 'in-progress' }, ...settings({ guideEnabled: false }) })).wakes, url).toBe(false);
      expect((await gate(url, settings({ guideEnabled: false }))).wakes, url).toBe(false);
    }
  });

  it('reads storage once, the court’s record and the settings; not at all where the address settles it', async () => {
    expect((await gate(PACER_LOGIN)).reads).toEqual([['court:iasb', 'settings']]);
    expect((await gate('https://www.iasd.uscourts.gov/')).reads).toEqual([['court:iasd', 'settings']]);
    expect(await gate('https://ecf-train.iasb.uscourts.gov/')).toEqual({ wakes: false, reads: [] });
    expect(await gate('https://pacer.login.uscourts.gov/csologin/login.jsf')).toEqual({ wakes: false, reads: [] });
    // PACER's account page belongs to no court: the guide notes the account type there, unless the user switched it off.
    expect(await gate('https://pacer.psc.uscourts.gov/pscManage/account.jsf')).toEqual({ wakes: true, reads: [['settings']] });
    expect(await gate('https://pacer.psc.uscourts.gov/pscManage/account.jsf', { settings: { guideEnabled: false } })).toEqual({
      wakes: false,
      reads: [['settings']],
    });
  });

  it('takes what storage holds at face value only where it is the expected shape', () => {
    expect(worthWaking('iasb', true, { settings: { dismissedOffers: 'iasb' } })).toBe(true);
    expect(worthWaking('iasb', true, { record: { status: 'verified', paused: 'yes' } })).toBe(false);
    expect(worthWaking('iasb', false, { record: {} })).toBe(true);
  });
});
