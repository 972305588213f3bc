// What the popup says when a search names a court the guide does not walk through linking: a line
// per family it does not serve (the compiler asks for every family; a served one has none).
// Sources: the research note on PACER in 2026 (courts of appeals went NextGen in 2014–2018 and had
// their own link item; the Second and Ninth Circuits file through ACMS, with PACER credentials and
// no linking step).
import type { Court } from './catalog';
import type { CourtKind } from './families';
import { fold, searchCourts, searchNotServed } from './search';

const NOT_GUIDED: Record<CourtKind, string | null> = {
  district: null,
  bankruptcy: null,
  appellate:
    'courts of appeals are not on this checklist: they went NextGen in 2014–2018 with a link item of their own ("Link My Filer Account to My PACER Account"), and the Second and Ninth Circuits file through ACMS with your PACER login, with no linking step.',
  national: 'this guide does not walk national courts through linking: follow the court’s own e-filing instructions.',
};

/**
 * Courts the query names (by id, PACER id or name) that the guide does not serve, grouped by family,
 * each group with its line; nothing when the query also names a court the guide serves, unless it
 * is exactly such a court's id or PACER id ("cit", "09CA").
 */
export function notGuidedNotes(query: string): { courts: Court[]; note: string }[] {
  const matches = searchNotServed(query);
  const exact = fold(query);
  const named = matches.filter(({ court }) => fold(court.id) === exact || fold(court.pacerId) === exact);
  const shown = named.length ? named : searchCourts(query, 1).length ? [] : matches;
  const groups = new Map<string, Court[]>();
  for (const { court } of shown) {
    const note = NOT_GUIDED[court.kind];
    if (note) groups.set(note, [...(groups.get(note) ?? []), court]);
  }
  return [...groups].map(([note, courts]) => ({ courts, note }));
}
