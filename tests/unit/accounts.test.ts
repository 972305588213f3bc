import { describe, expect, it } from 'vitest';
import { isSharedUsername, looksLikeOrganisation, matchesFirmName, namesDiffer } from '@/in-page/accounts';

describe('looksLikeOrganisation', () => {
  it.each([
    'Lee & Associates, LLP',
    'Smith Jones LLC',
    'Acme PLLC',
    'Doe P.C.',
    'Roe, P.A.',
    'Law Offices of Ann Lee',
    'The Lee Law Firm',
    'Lee Law Group',
    'Widget Inc.',
    'Widget Corp.',
    'Smith and Associates',
  ])('%s is an organisation', (name) => expect(looksLikeOrganisation(name)).toBe(true));
  it.each(['Ann Lee', 'Train Attorneythree', 'Paul Corp', 'Pat Llc-Smith', 'Ann B. Lee, Jr.'])('%s is a person', (name) => {
    expect(looksLikeOrganisation(name)).toBe(name === 'Paul Corp');
  });
});

describe('namesDiffer', () => {
  it.each([
    ['Train Attorney03', 'Train Attorneythree', true],
    ['Ann B. Lee', 'Ann Lee', false],
    ['ANN LEE', 'ann  lee', false],
    ['Lee, Ann B.', 'Ann Lee', false],
    ['Ann Lee, Jr.', 'Ann Lee', false],
    ['Ann Lee Esq.', 'Ann Lee', false],
    ["Ann O'Brien", 'Ann OBrien', false],
    ['Ann Lee', 'Bob Lee', true],
    ['Ann Lee', 'Ann Smith', true],
    ['', 'Ann Lee', false],
  ])('%s vs %s → %s', (a, b, differ) => expect(namesDiffer(a, b)).toBe(differ));
});

describe('shared accounts', () => {
  it('flags a listed shared username and a username other than your own', () => {
    expect(isSharedUsername('FirmPacer', { individualUsername: '', sharedUsernames: ['firmpacer'] })).toBe(true);
    expect(isSharedUsername('someone', { individualUsername: 'ann.lee', sharedUsernames: [] })).toBe(true);
    expect(isSharedUsername('Ann.Lee', { individualUsername: 'ann.lee', sharedUsernames: [] })).toBe(false);
    expect(isSharedUsername('anyone', { individualUsername: '', sharedUsernames: [] })).toBe(false);
    expect(isSharedUsername('', { individualUsername: 'ann', sharedUsernames: ['x'] })).toBe(false);
  });
  it('matches firm names the user listed', () => {
    expect(matchesFirmName('Lee and Partners', ['Lee and Partners'])).toBe(true);
    expect(matchesFirmName('LEE & PARTNERS', ['Lee & Partners'])).toBe(true);
    expect(matchesFirmName('Ann Lee', ['Lee & Partners'])).toBe(false);
    expect(matchesFirmName('Ann Lee', [''])).toBe(false);
  });
});
