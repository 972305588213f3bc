// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCourts, courtById, courtByPacerId } from '@/utils/courts/catalog';
import { searchCourts } from '@/utils/courts/search';
import { buildCatalog, cleanText, DEFAULT_FEED, feedDate, renderCatalog, renderPlaces } from '../../scripts/generate-catalog.mjs';
import { COURT_PLACES, FEED_UPDATED } from '@/utils/courts/places.generated';

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
      helpDesk: '515-284-6230 ext. 6220',
    });
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

  it('accepts an appellate row whose login points away from ecf.<id> (ACMS): its id from PACER’s, no outside host kept', () => {
    const moved = feed();
    const row = moved.data.find((r: { court_id: string }) => r.court_id === '09CA');
    row.login_url = 'https://ca9-acms.azurewebsites.us/';
    const ca9 = buildCatalog(moved).courts.find((c: { pacerId: string }) => c.pacerId === '09CA');
    expect(ca9).toMatchObject({ id: 'ca9', kind: 'appellate', ecfHost: 'ecf.ca9.uscourts.gov' });
    // A district court pointing away is still refused: the guide walks its CM/ECF.
    const district = feed();
    district.data.find((r: { court_id: string }) => r.court_id === 'IASDC').login_url = 'https://example.org/';
    expect(() => buildCatalog(district)).toThrow(/IASDC.*not ecf\.<court>\.uscourts\.gov/);
  });

  it('records the feed’s date, as the feed writes it, for the popup’s footer', () => {
    expect(FEED_UPDATED).toBe('2023-01-10');
    expect(feedDate('Wed, 23 Sep 2026 01:02:03 +0000')).toBe('2026-09-23');
    expect(feedDate('2026-09-23T01:02:03Z')).toBe('2026-09-23');
    expect(() => feedDate('soon')).toThrow(/not a date/);
    for (const impossible of ['2023-02-30', 'Tue, 99 Jan 2023 06:10:05 -0500', '00 Jan 2023'])
      expect(() => feedDate(impossible), impossible).toThrow(/not a date/);
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
    expect(
      searchCourts('Polk Iowa')
        .slice(0, 2)
        .map((m) => m.court.id)
        .sort(),
    ).toEqual(['iasb', 'iasd']);
    expect(searchCourts('Polk Iowa')[0].because).toBe('Polk');
    expect(searchCourts('Southern District of Iowa bankruptcy')[0].court.id).toBe('iasb');
    expect(searchCourts('Des Moines').length).toBeGreaterThan(0);
    expect(searchCourts('Alaska').map((m) => m.court.id)).toEqual(expect.arrayContaining(['akb', 'akd']));
    expect(searchCourts('xyzzy')).toEqual([]);
  });

  it('holds plain text only: no markup and no entity in any generated field', () => {
    const texts = [...allCourts().flatMap((c) => [c.name, c.helpDesk, c.helpEmail, c.pacerId, c.ecfHost]), ...Object.values(COURT_PLACES).flat()];
    const offending = texts.filter((t) => /[<>]|&(#x?[0-9a-f]+|[a-z]+);/i.test(t));
    expect(offending).toEqual([]);
    expect(courtById('ared')?.helpEmail).toBe(
      'ecf_support@ared.uscourts.gov for technical questions on CM/ECF; clerksoffice@ared.uscourts.gov for refiling and/or corrections',
    );
    expect(courtById('mdb')?.helpEmail).toBe('ecf@mdb.uscourts.gov');
    expect(courtById('lawb')?.helpEmail).toBe('Not in use at this time.');
    expect(courtById('ned')?.helpDesk).toMatch(/^Lincoln & North Platte: /);
  });

  it('cleans PACER\'s HTML: entities (twice-encoded too) decoded, line breaks as "; ", markup gone', () => {
    expect(cleanText('<B>ecf&#064;x.uscourts.gov </B>for help<BR><b> Clerk&#039;s Office</b>')).toBe("ecf@x.uscourts.gov for help; Clerk's Office");
    expect(cleanText('<a href=\n"mailto:a@b.uscourts.gov\n">a@b.uscourts.gov</a>')).toBe('a@b.uscourts.gov');
    expect(cleanText('Lincoln &amp;amp; Omaha&nbsp;&#x41;')).toBe('Lincoln & Omaha A');
    expect(cleanText('&lt;script&gt;x&lt;/script&gt; 1 < 2')).toBe('x 1 2');
    expect(cleanText('&nbsp;')).toBe('');
  });
});
