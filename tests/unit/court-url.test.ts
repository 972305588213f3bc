// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { courtFromUrl } from '@/utils/courts/url';

describe('courtFromUrl', () => {
  it.each([
    ['https://ecf.iasb.uscourts.gov/', { site: 'cmecf', courtId: 'iasb', known: true, training: false }],
    ['http://ecf.iasd.uscourts.gov/cgi-bin/login.pl', { site: 'cmecf', courtId: 'iasd', known: true, training: false }],
    ['https://ECF.IASB.USCOURTS.GOV/cgi-bin/DisplayMenu.pl?Utilities', { site: 'cmecf', courtId: 'iasb', known: true }],
    ['https://ecf.iasb.uscourts.gov:443/', { site: 'cmecf', courtId: 'iasb' }],
    ['https://ecf.iasb.uscourts.gov./', { site: 'cmecf', courtId: 'iasb' }],
    ['https://ecf.iasb.uscourts.gov:8443/x', { site: 'cmecf', courtId: 'iasb' }],
    ['https://ecf-train.iasb.uscourts.gov/', { site: 'cmecf', courtId: 'iasb', training: true }],
    ['https://www.iasb.uscourts.gov/', { site: 'court-website', courtId: 'iasb', known: true }],
    ['https://iasd.uscourts.gov/', { site: 'court-website', courtId: 'iasd', known: true }],
    [
      'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK&appurl=https://ecf.iasb.uscourts.gov/cgi-bin/login.pl',
      { site: 'pacer-login', courtId: 'iasb', known: true },
    ],
    [
      'https://pacer.login.uscourts.gov/csologin/login.jsf?appurl=https%3A%2F%2Fecf.iasd.uscourts.gov%2Fcgi-bin%2Flogin.pl',
      { site: 'pacer-login', courtId: 'iasd', known: true },
    ],
    ['https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=iasdc', { site: 'pacer-login', courtId: 'iasd', known: true }],
    ['https://pacer.login.uscourts.gov/csologin/login.jsf', { site: 'pacer-login', known: false }],
    ['https://train-login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK', { site: 'pacer-login', courtId: 'iasb', training: true }],
    ['https://pacer.psc.uscourts.gov/pscManage/account.jsf', { site: 'pacer-account', known: false }],
    ['https://ecf.zzzb.uscourts.gov/', { site: 'cmecf', courtId: 'zzzb', known: false }],
    ['https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=ZZZBK', { site: 'pacer-login', courtId: 'zzzb', known: false }],
  ])('%s', (url, expected) => {
    expect(courtFromUrl(url)).toMatchObject(expected);
  });

  it.each([
    'https://ecf.iasb.uscourts.gov.example.com/',
    'https://uscourts.gov.example.com/',
    'https://ecf.iasb.uscourts.gov@evil.example.com/',
    'https://evil.example.com/?u=https://ecf.iasb.uscourts.gov/',
    'https://ecf.iasb.uscourtsXgov/',
    'https://ecfiasb.uscourts.gov.evil/',
    'ftp://ecf.iasb.uscourts.gov/',
    'javascript:alert(1)',
    'not a url',
    'https://www.uscourts.gov/',
    'https://pacer.uscourts.gov/',
    'https://pacer.login.uscourts.gov/other/page',
  ])('rejects %s', (url) => {
    expect(courtFromUrl(url)).toBeNull();
  });

  const loginTo = (app: string, extra = '') => `https://pacer.login.uscourts.gov/csologin/login.jsf?${extra}appurl=${encodeURIComponent(app)}`;

  it('follows appurl through at most 3 nested logins', () => {
    const ecf = 'https://ecf.iasd.uscourts.gov/cgi-bin/login.pl';
    expect(courtFromUrl(loginTo(loginTo(loginTo(ecf))))).toMatchObject({ site: 'pacer-login', courtId: 'iasd', known: true });
    expect(courtFromUrl(loginTo(loginTo(loginTo(loginTo(ecf)))))).toEqual({ site: 'pacer-login', known: false, training: false });
  });

  it('reads a crafted address nested without end only 3 levels deep', () => {
    let url = 'https://ecf.iasd.uscourts.gov/';
    while (url.length < 100_000) url = loginTo(url);
    expect(url.length).toBeGreaterThan(100_000);
    expect(courtFromUrl(url)).toEqual({ site: 'pacer-login', known: false, training: false });
  });

  it.each([
    loginTo('https://ecf-train.iasb.uscourts.gov/cgi-bin/login.pl', 'pscCourtId=IASBK&'),
    loginTo(loginTo('https://ecf-train.iasb.uscourts.gov/')),
    loginTo('https://train-login.uscourts.gov/csologin/login.jsf?appurl=https://ecf.iasb.uscourts.gov/'),
  ])('any training database in the appurl chain means training: %s', (url) => {
    expect(courtFromUrl(url)).toMatchObject({ training: true });
  });

  it('reads the real host behind user@ tricks', () => {
    expect(courtFromUrl('https://evil.example.com@ecf.iasb.uscourts.gov/')).toMatchObject({ courtId: 'iasb' });
  });
});
