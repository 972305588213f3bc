// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allCourts } from '@/utils/courts/catalog';
import { gateCourt, worthWaking } from '@/utils/gate';

describe('the gate', () => {
  it.each([
    ['https://ecf.iasb.uscourts.gov/cgi-bin/DktRpt.pl?1', 'iasb'],
    ['https://www.iasd.uscourts.gov/', 'iasd'],
    ['https://iasd.uscourts.gov/', 'iasd'],
    ['https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK', 'iasb'],
    ['https://pacer.login.uscourts.gov/csologin/login.jsf?appurl=https://ecf.iasd.uscourts.gov/x', 'iasd'],
  ])('%s → %s', (url, id) => {
    expect(gateCourt(url)?.courtId).toBe(id);
    // The content script passes the page's location: only its protocol, hostname, path and query.
    const { protocol, hostname, pathname, search } = new URL(url);
    expect(gateCourt({ protocol, hostname, pathname, search })?.courtId).toBe(id);
  });

  it('never wakes on training databases or foreign hosts', () => {
    expect(gateCourt('https://ecf-train.iasb.uscourts.gov/')).toBeNull();
    expect(gateCourt('https://ecf.iasb.uscourts.gov.example.com/')).toBeNull();
    expect(gateCourt({ protocol: 'file:', hostname: 'ecf.iasb.uscourts.gov', pathname: '/', search: '' })).toBeNull();
  });

  it('maps every district and bankruptcy PACER id the way the catalog does', () => {
    for (const c of allCourts().filter((c) => c.kind === 'district' || c.kind === 'bankruptcy')) {
      expect(gateCourt(`https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=${c.pacerId}`)?.courtId, c.pacerId).toBe(c.id);
    }
  });

  it('wakes for courts in progress and possible offers, not for verified, paused, dismissed or disabled', () => {
    expect(worthWaking('iasb', {})).toBe(true);
    expect(worthWaking('iasb', { record: { status: 'in-progress' } })).toBe(true);
    expect(worthWaking('iasb', { record: { status: 'verified' } })).toBe(false);
    expect(worthWaking('iasb', { record: { status: 'todo', paused: true } })).toBe(false);
    expect(worthWaking('iasb', { settings: { dismissedOffers: ['iasb'] } })).toBe(false);
    expect(worthWaking('iasb', { record: { status: 'todo' }, settings: { guideEnabled: false } })).toBe(false);
    expect(worthWaking(undefined, {})).toBe(true);
  });
});
