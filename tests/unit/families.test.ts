// The court families are one table (utils/courts/families.ts): the catalog, addresses, search,
// the e-mail reader, the firm's policy, the gate and the manifests' exclusions read it, so a family's
// facts live in one row (its pages of case data: a column kept in utils/courts/excluded-pages.ts).
import { describe, expect, it } from 'vitest';
import { allCourts, filingMenusFor, isServed } from '@/utils/courts/catalog';
import { cmecfLogin } from '@/utils/checklist-view';
import { CMECF_LOGIN_PATHS, CMECF_WELCOME_PATHS, COURT_FAMILIES, courtIdOfPacerId, loginPath } from '@/utils/courts/families';
import { CASE_DATA_PAGES, EXCLUDED_PAGES } from '@/utils/courts/excluded-pages';

describe('the court-family table', () => {
  it('every court in the catalog belongs to a family, named with its prefix; only district and bankruptcy courts are served', () => {
    for (const court of allCourts()) {
      const family = COURT_FAMILIES[court.kind];
      expect(court.name.startsWith(family.namePrefix), court.id).toBe(true);
      expect(isServed(court)).toBe(family.served);
    }
    expect(
      Object.entries(COURT_FAMILIES)
        .filter(([, f]) => f.served)
        .map(([kind]) => kind),
    ).toEqual(['district', 'bankruptcy']);
    expect(
      allCourts()
        .filter((c) => c.kind === 'appellate')
        .map((c) => c.id),
    ).toContain('ca9');
  });

  it('reads a served family’s PACER id as the court id, and no other', () => {
    expect(courtIdOfPacerId('IASDC')).toBe('iasd');
    expect(courtIdOfPacerId('IASBK')).toBe('iasb');
    expect(courtIdOfPacerId('09CA')).toBeUndefined();
    expect(courtIdOfPacerId('DC')).toBeUndefined();
    for (const court of allCourts().filter(isServed)) expect(courtIdOfPacerId(court.pacerId), court.pacerId).toBe(court.id);
  });

  it('filing menus come from the family', () => {
    expect(filingMenusFor('bankruptcy')).toEqual(['Bankruptcy', 'Adversary']);
    expect(filingMenusFor('district')).toEqual(['Civil', 'Criminal']);
    // Courts the guide does not walk through linking keep the menus they were read with before the table.
    expect(filingMenusFor('appellate')).toEqual(['Civil', 'Criminal']);
    expect(filingMenusFor('national')).toEqual(['Civil', 'Criminal']);
  });

  it('entry paths come from the served families: the gate’s offer pages, the landing recogniser, "Link next" and "Refresh"', () => {
    for (const family of Object.values(COURT_FAMILIES).filter((f) => f.served)) {
      expect(family.entry, family.code).toBeDefined();
      for (const path of family.entry!.welcome) expect(CMECF_WELCOME_PATHS.has(path)).toBe(true);
      expect(CMECF_LOGIN_PATHS.has(family.entry!.login)).toBe(true);
    }
    expect([...CMECF_WELCOME_PATHS]).toEqual(['/', '/index.html', '/index.htm', '/cgi-bin/showindex.pl']);
    expect([...CMECF_LOGIN_PATHS]).toEqual(['/cgi-bin/login.pl']);
    for (const path of [...CMECF_WELCOME_PATHS, ...CMECF_LOGIN_PATHS]) expect(path).toBe(path.toLowerCase());
    expect(cmecfLogin('iasb')).toBe('https://ecf.iasb.uscourts.gov/cgi-bin/login.pl');
    // A family whose CM/ECF is not described, or a court the catalog lacks: CM/ECF's own login.
    expect(loginPath('appellate')).toBe('/cgi-bin/login.pl');
    expect(loginPath(undefined)).toBe('/cgi-bin/login.pl');
  });

  it('the content script’s exclusions are every family’s pages of case data, once each', () => {
    expect(Object.keys(CASE_DATA_PAGES)).toContain('claims registers and creditors');
    expect(new Set(EXCLUDED_PAGES).size).toBe(EXCLUDED_PAGES.length);
    expect(EXCLUDED_PAGES).toContain('*://*.uscourts.gov/cgi-bin/DktRpt.pl*');
  });
});
