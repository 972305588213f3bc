// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCourts, courtById, courtByPacerId } from '@/utils/courts/catalog';
import { courtWebsite, searchCourts } from '@/utils/courts/search';
import { buildCatalog, DEFAULT_FEED, renderCatalog, renderPlaces } from '../../scripts/generate-catalog.mjs';

const feed = () => JSON.parse(readFileSync(DEFAULT_FEED, 'utf8'));

describe('court catalog', () => {
  it('has every district and bankruptcy court, and keeps appellate courts', () => {
    const count = (kind: string) => allCourts().filter((c) => c.kind === kind).length;
    expect(count('district')).toBe(94);
    expect(count('bankruptcy')).toBe(94);
    expect(count('appellate')).toBe(16);
  });

  it('describes a court the way filers know it', () => {
    expect(courtById('iasb')).toMatchObject({
      pacerId: 'IASBK',
      kind: 'bankruptcy',
      name: 'U.S. Bankruptcy Court, Southern District of Iowa',
      ecfHost: 'ecf.iasb.uscourts.gov',
      nextGen: true,
      helpDesk: '515-284-6230 ext. 6220',
    });
    expect(courtWebsite('iasb')).toBe('https://www.iasb.uscourts.gov');
    expect(courtById('ohnd')?.ecfHost).toBe('ecf.ohnd.uscourts.gov');
    expect(courtById('bap1')?.ecfHost).toBe('ecf.ca1.uscourts.gov');
    expect(courtByPacerId('IASDC')?.name).toBe('U.S. District Court, Southern District of Iowa');
    expect(courtById('dcd')?.name).toBe('U.S. District Court, District of Columbia');
  });

  it('leaves out the two feed rows that are not courts', () => {
    expect(courtByPacerId('00PCL')).toBeUndefined();
    expect(courtByPacerId('OHNDAD')).toBeUndefined();
  });

  it('is up to date with the feed (npm run catalog regenerates it)', () => {
    const catalog = buildCatalog(feed());
    expect(renderCatalog(catalog)).toBe(readFileSync('utils/courts/catalog.generated.ts', 'utf8'));
    expect(renderPlaces(catalog)).toBe(readFileSync('utils/courts/places.generated.ts', 'utf8'));
  });

  it('fails on a malformed feed, naming the bad row', () => {
    const bad = feed();
    bad.data[5].login_url = 42;
    expect(() => buildCatalog(bad)).toThrow(`row 5 (${bad.data[5].court_id})`);
    expect(() => buildCatalog({ data: [] })).toThrow(/not a Court CM\/ECF Lookup feed/);
  });

  it('finds courts by id, name, state, county and city', () => {
    expect(searchCourts('iasb')[0].court.id).toBe('iasb');
    // Wisconsin has a Polk County and an Iowa County too; the Iowa courts come first.
    expect(searchCourts('Polk Iowa').slice(0, 2).map((m) => m.court.id).sort()).toEqual(['iasb', 'iasd']);
    expect(searchCourts('Polk Iowa')[0].because).toBe('Polk');
    expect(searchCourts('Southern District of Iowa bankruptcy')[0].court.id).toBe('iasb');
    expect(searchCourts('Des Moines').length).toBeGreaterThan(0);
    expect(searchCourts('Alaska').map((m) => m.court.id)).toEqual(expect.arrayContaining(['akb', 'akd']));
    expect(searchCourts('xyzzy')).toEqual([]);
  });
});
