import { describe, expect, it } from 'vitest';
import { cmecfLogin, groupByStatus, matchesFilter, nextToLink, progressSummary } from '@/utils/checklist-view';
import { searchStates } from '@/utils/courts/search';
import type { CourtRecord, CourtStatus } from '@/utils/storage';

const rec = (id: string, status: CourtStatus, updated: number, extra: Partial<CourtRecord> = {}): CourtRecord => ({ id, status, added: 1, updated, ...extra });

describe('checklist view', () => {
  const courts = [
    rec('iasb', 'todo', 10),
    rec('iasd', 'verified', 50),
    rec('nvb', 'in-progress', 20),
    rec('akd', 'todo', 30),
    rec('mnd', 'linked', 5),
    rec('mnb', 'in-progress', 40),
  ];

  it('groups by status (in progress, to do, linked, verified), most recent activity first', () => {
    expect(groupByStatus(courts).map((g) => [g.heading, g.courts.map((c) => c.id)])).toEqual([
      ['In progress', ['mnb', 'nvb']],
      ['To do', ['akd', 'iasb']],
      ['Linked', ['mnd']],
      ['Verified', ['iasd']],
    ]);
    expect(groupByStatus([rec('iasb', 'todo', 1)]).map((g) => g.status)).toEqual(['todo']);
    // Courts added in one step share a time: then by name.
    expect(groupByStatus([rec('iasd', 'todo', 7), rec('iasb', 'todo', 7)])[0].courts.map((c) => c.id)).toEqual(['iasb', 'iasd']);
  });

  it('says how many courts are still to do: a linked court is, until its filing menus were seen', () => {
    expect(progressSummary(courts)).toBe('5 of 6 courts still to do');
    expect(progressSummary([])).toBe('No courts on your checklist yet');
    expect(progressSummary([rec('iasd', 'verified', 1)])).toBe('Your court is done');
    expect(progressSummary([rec('iasd', 'verified', 1), rec('iasb', 'verified', 2)])).toBe('All 2 courts done');
    expect(progressSummary([rec('iasd', 'linked', 1)])).toBe('1 of 1 court still to do');
  });

  it('"Link next" is the top to-do court, never a paused one, and goes to the CM/ECF login', () => {
    expect(nextToLink(courts)?.id).toBe('akd');
    expect(nextToLink([...courts.filter((c) => c.id !== 'akd'), rec('akd', 'todo', 30, { paused: true })])?.id).toBe('iasb');
    expect(nextToLink(courts.filter((c) => c.status !== 'todo'))).toBeUndefined();
    expect(cmecfLogin('iasb')).toBe('https://ecf.iasb.uscourts.gov/cgi-bin/login.pl');
    // A court the catalog no longer lists still gets the usual host.
    expect(cmecfLogin('zzb')).toBe('https://ecf.zzb.uscourts.gov/cgi-bin/login.pl');
  });

  it('filters by every word, in the id or the name, ignoring case and accents', () => {
    const iasb = rec('iasb', 'todo', 1);
    expect(matchesFilter(iasb, '')).toBe(true);
    expect(matchesFilter(iasb, 'IASB')).toBe(true);
    expect(matchesFilter(iasb, 'southern ÍOWA')).toBe(true);
    expect(matchesFilter(iasb, 'bankruptcy iowa')).toBe(true);
    expect(matchesFilter(iasb, 'district court of iowa northern')).toBe(false);
  });
});

describe('states', () => {
  it('a state brings its district courts, then its bankruptcy courts', () => {
    expect(searchStates('Iowa').map((s) => [s.state, s.courts.map((c) => c.id)])).toEqual([['Iowa', ['iand', 'iasd', 'ianb', 'iasb']]]);
    expect(searchStates('  iowa ')[0].courts.length).toBe(4);
    expect(searchStates('District of Columbia')[0].courts.map((c) => c.id)).toEqual(['dcd', 'dcb']);
  });

  it('matches the start of a state’s name, from three letters, never appellate courts', () => {
    expect(searchStates('io')).toEqual([]);
    expect(searchStates('New').map((s) => s.state)).toEqual(['New Hampshire', 'New Jersey', 'New Mexico', 'New York']);
    expect(searchStates('virginia').map((s) => s.state)).toEqual(['Virginia']);
    expect(searchStates('West Virginia')[0].courts.map((c) => c.id)).toEqual(['wvnd', 'wvsd', 'wvnb', 'wvsb']);
    expect(searchStates('California')[0].courts.every((c) => c.kind === 'district' || c.kind === 'bankruptcy')).toBe(true);
    expect(searchStates('iasb')).toEqual([]);
  });
});
