import { allCourts, type Court, isServed } from './catalog';
import { COURT_FAMILIES } from './families';
import { COURT_PLACES } from './places.generated';

export interface CourtMatch {
  court: Court;
  /** Why it matched, when it was by place: "Polk, Iowa". */
  because: string;
}

/** Lower case, no accents, words of letters and digits separated by one space. */
export const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

interface Field {
  text: string;
  weight: number;
  /** Shown as the reason for a match by place. */
  place: boolean;
}

function fieldsOf(court: Court): Field[] {
  const [states, counties, locations] = COURT_PLACES[court.id] ?? ['', '', ''];
  return [
    { text: court.id, weight: 100, place: false },
    { text: court.pacerId, weight: 90, place: false },
    { text: court.name, weight: 40, place: false },
    ...states.split(', ').map((text) => ({ text, weight: 30, place: true })),
    ...locations.split(', ').map((text) => ({ text, weight: 20, place: true })),
    ...counties.split(', ').map((text) => ({ text, weight: 10, place: true })),
  ].filter((f) => f.text);
}

/**
 * Courts the guide serves (district and bankruptcy) matching every word of the query somewhere
 * in their id, name, state, counties or cities; "Polk Iowa" finds the two Iowa courts for Polk County.
 */
export function searchCourts(query: string, limit = 8): CourtMatch[] {
  return matchCourts(query, limit, isServed, fieldsOf);
}

/** Courts the guide does not serve whose id, PACER id or name holds every word of the query (never their places). */
export function searchNotServed(query: string, limit = 3): CourtMatch[] {
  return matchCourts(
    query,
    limit,
    (court) => !isServed(court),
    (court) => fieldsOf(court).filter((f) => !f.place),
  );
}

function matchCourts(query: string, limit: number, wanted: (court: Court) => boolean, fieldsFor: (court: Court) => Field[]): CourtMatch[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const scored: { match: CourtMatch; score: number }[] = [];
  for (const court of allCourts()) {
    if (!wanted(court)) continue;
    const fields = fieldsFor(court).map((f) => ({ ...f, folded: fold(f.text) }));
    let score = 0;
    const places = new Set<string>();
    for (const word of words) {
      let best: (typeof fields)[number] | undefined;
      for (const f of fields) {
        const exact = f.folded === word || f.folded.split(' ').includes(word);
        if ((exact || f.folded.includes(word)) && (!best || f.weight + (exact ? 5 : 0) > best.weight)) best = { ...f, weight: f.weight + (exact ? 5 : 0) };
      }
      if (!best) {
        score = 0;
        break;
      }
      score += best.weight;
      if (best.place) places.add(best.text);
    }
    if (score) scored.push({ match: { court, because: [...places].join(', ') }, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.match.court.name.localeCompare(b.match.court.name))
    .slice(0, limit)
    .map((s) => s.match);
}

export interface StateMatch {
  state: string;
  /** The state's district courts, then its bankruptcy courts. */
  courts: Court[];
}

let courtsByState: Map<string, Court[]> | undefined;
function statesIndex(): Map<string, Court[]> {
  if (courtsByState) return courtsByState;
  courtsByState = new Map();
  const served = allCourts().filter(isServed);
  served.sort((a, b) => COURT_FAMILIES[a.kind].order - COURT_FAMILIES[b.kind].order || a.name.localeCompare(b.name));
  for (const court of served) {
    for (const state of (COURT_PLACES[court.id]?.[0] ?? '').split(', ').filter(Boolean)) {
      courtsByState.set(state, [...(courtsByState.get(state) ?? []), court]);
    }
  }
  return courtsByState;
}

/**
 * States whose name begins with the query (three letters at least, so "New" offers the four "New"
 * states but "Ne" nothing), with the district and bankruptcy courts in each.
 */
export function searchStates(query: string): StateMatch[] {
  const q = fold(query);
  if (q.length < 3) return [];
  return [...statesIndex()]
    .filter(([state]) => fold(state).startsWith(q))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([state, courts]) => ({ state, courts }));
}
