// What the popup says when a search names a court the guide does not walk through linking: a line
// per family it does not serve (the compiler asks for every family; a served one has none).
// Sources: the research note on PACER in 2026 (appellate NextGen 2014–2018; ACMS in the Second and
// Ninth Circuits, with PACER credentials and no linking step).
import type { Court } from './catalog';
import type { CourtKind } from './families';
import { searchCourts } from './search';

const NOT_GUIDED: Record<CourtKind, string | null> = {
  district: null,
  bankruptcy: null,
  appellate:
    'Courts of appeals are not on this checklist: their linking ended when they moved to NextGen (2014–2018). The Second and Ninth Circuits file through ACMS with your PACER login, with no linking step.',
  national: 'This guide does not walk national courts through linking: follow the court’s own e-filing instructions.',
};

/** Courts the query names that the guide does not serve, each with its family's line (at most three). */
export function notGuidedMatches(query: string): { court: Court; note: string }[] {
  return searchCourts(query, 3, false).flatMap(({ court }) => {
    const note = NOT_GUIDED[court.kind];
    return note ? [{ court, note }] : [];
  });
}
