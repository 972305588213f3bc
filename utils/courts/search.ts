import { allCourts, type Court } from './catalog';
import { COURT_PLACES } from './places.generated';

export interface CourtMatch {
  court: Court;
  /** Why it matched, shown under the name: "Polk County, Iowa". */
  because: string;
}

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** Courts the guide serves (district and bankruptcy) matching a query by id, name, state, county or city. */
export function searchCourts(query: string, limit = 8): CourtMatch[] {
  const q = fold(query);
  if (!q) return [];
  const words = q.split(' ');
  const scored: { match: CourtMatch; score: number }[] = [];
  for (const court of allCourts()) {
    if (court.kind !== 'district' && court.kind !== 'bankruptcy') continue;
    const [states, counties, locations] = COURT_PLACES[court.id] ?? ['', '', ''];
    const fields: [string, string, number][] = [
      [court.id, '', 100],
      [court.pacerId, '', 90],
      [court.name, '', 50],
      [states, states, 30],
      [locations, '', 20],
      [counties, '', 10],
    ];
    let best = 0;
    let because = '';
    for (const [text, label, weight] of fields) {
      const f = fold(text);
      if (!words.every((w) => f.includes(w))) continue;
      const exact = f === q || f.split(' ').includes(q) ? 5 : 0;
      if (weight + exact > best) {
        best = weight + exact;
        because = label || (weight <= 20 ? matchedPart(text, words) : '');
      }
    }
    if (best) scored.push({ match: { court, because }, score: best });
  }
  return scored.sort((a, b) => b.score - a.score || a.match.court.name.localeCompare(b.match.court.name)).slice(0, limit).map((s) => s.match);
}

/** The comma-separated place that matched: "Des Moines" out of a long list. */
function matchedPart(list: string, words: string[]): string {
  return list.split(', ').find((part) => words.every((w) => fold(part).includes(w))) ?? '';
}
