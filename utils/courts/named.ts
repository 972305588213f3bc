// Which court a court's own words name: the "Court:" line of its link e-mail ("SOUTHERN DISTRICT OF
// IOWA BANKRUPTCY COURT"), "U.S. District Court, S.D. Iowa", "IASBK". Pure.
import { allCourts, type Court, isServed } from './catalog';
import { fold } from './search';

const DIRECTIONS: Record<string, string> = { n: 'northern', s: 'southern', e: 'eastern', w: 'western', c: 'central', m: 'middle' };

/** Abbreviations written out ("S.D. Iowa" → "southern district of iowa", "D. Idaho" → "district of idaho"), then folded. */
const expand = (text: string) =>
  ` ${fold(text.replace(/\b([NSEWCM])\.\s?D\.\s*(?:of\s+)?/gi, (_, d: string) => `${DIRECTIONS[d.toLowerCase()]} district of `).replace(/\bD\.\s*(?:of\s+)?(?=[A-Z])/g, 'district of '))} `;

/** The place in a court's name: "southern district of iowa". */
const placeOf = (court: Court) => fold(court.name.replace(/^U\.S\. (District|Bankruptcy) Court, /, ''));

/**
 * The district and bankruptcy courts `text` names: by PACER id or court id, else by place (the
 * longest that appears, so "Southern District of Iowa" is never read as a "District of Iowa") and
 * kind (bankruptcy, or district court) when it says. Empty when it names none this version knows.
 */
export function courtsNamedIn(text: string): Court[] {
  const words = expand(text);
  const courts = allCourts().filter(isServed);
  // A short id ("nvb", "ord") may be an ordinary word: only the whole text, or a long id, counts.
  const byId = courts.filter((c) => words.includes(` ${c.pacerId.toLowerCase()} `) || words.trim() === c.id || (c.id.length >= 4 && words.includes(` ${c.id} `)));
  if (byId.length) return byId;
  const places = courts.filter((c) => words.includes(` ${placeOf(c)} `));
  const longest = Math.max(0, ...places.map((c) => placeOf(c).length));
  const atPlace = places.filter((c) => placeOf(c).length === longest);
  const kind = words.includes(' bankruptcy ') ? 'bankruptcy' : words.includes(' district court ') ? 'district' : undefined;
  return kind ? atPlace.filter((c) => c.kind === kind) : atPlace;
}
