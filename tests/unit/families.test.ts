// The court families are one table (utils/courts/families.ts): the catalog, addresses, search,
// the e-mail reader and the firm's policy read it, so a family's facts live in one row.
import { describe, expect, it } from 'vitest';
import { allCourts, filingMenusFor, isServed } from '@/utils/courts/catalog';
import { COURT_FAMILIES, courtIdOfPacerId } from '@/utils/courts/families';

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
});
