// Which court a court's own words name: the "Court:" line of its link e-mail ("SOUTHERN DISTRICT OF
// IOWA BANKRUPTCY COURT"), "U.S. District Court, S.D. Iowa", "IASBK". Pure.
import { allCourts, type Court, isServed } from './catalog';
import { COURT_FAMILIES } from './families';
import { fold } from './search';

const DIRECTIONS: Record<string, string> = { n: 'northern', s: 'southern', e: 'eastern', w: 'western', c: 'central', m: 'middle' };

/**
 * Abbreviations written out ("S.D. Iowa" → "southern district of iowa", "D. Idaho" → "district of
 * idaho"), then folded, without "the" ("District of the Virgin Islands").
 */
const expand = (text: string) =>
  ` ${fold(text.replace(/\b([NSEWCM])\.\s?D\.\s*(?:of\s+)?/gi, (_, d: string) => `${DIRECTIONS[d.toLowerCase()]} district of `).replace(/\bD\.\s*(?:of\s+)?(?=[A-Z])/g, 'district of '))} `.replace(
    / the /g,
    ' ',
  );

/**
 * The ways a court's place is written: as the catalog names it ("southern district of iowa"), as
 * PACER's feed titles it ("iowa southern"), and the bare place of a one-district state ("alaska",
 * "northern mariana islands").
 */
function placesOf(court: Court): string[] {
  const place = fold(court.name.slice(COURT_FAMILIES[court.kind].namePrefix.length)).replace(/ the /g, ' ');
  const region = /^(northern|southern|eastern|western|central|middle) district of (.+)$/.exec(place);
  if (region) return [place, `${region[2]} ${region[1]}`];
  const whole = /^district of (.+)$/.exec(place);
  return whole ? [place, whole[1]] : [place];
}

/**
 * The district and bankruptcy courts `text` names: by PACER id or court id, else by place (the
 * longest that appears, so "Southern District of Iowa" is never read as a "District of Iowa") and
 * kind (bankruptcy, or district court) when it says only one. Empty when it names none this version knows.
 */
export function courtsNamedIn(text: string): Court[] {
  const words = expand(text);
  const courts = allCourts().filter(isServed);
  // A short id ("nvb", "ord") may be an ordinary word: only the whole text, or a long id, counts.
  const byId = courts.filter(
    (c) => words.includes(` ${c.pacerId.toLowerCase()} `) || words.trim() === c.id || (c.id.length >= 4 && words.includes(` ${c.id} `)),
  );
  if (byId.length) return byId;
  // "Northern District of Mariana Islands" for the District of Northern Mariana Islands.
  const plain = words.replace(/ district of /g, ' ');
  const named = (place: string) => words.includes(` ${place} `) || plain.includes(` ${place} `);
  const found = courts.map((court) => ({
    court,
    length: Math.max(
      0,
      ...placesOf(court)
        .filter(named)
        .map((p) => p.length),
    ),
  }));
  const longest = Math.max(0, ...found.map((f) => f.length));
  const atPlace = longest ? found.filter((f) => f.length === longest).map((f) => f.court) : [];
  const bankruptcy = words.includes(' bankruptcy ');
  const district = words.includes(' district court ');
  const kind = bankruptcy && !district ? 'bankruptcy' : district && !bankruptcy ? 'district' : undefined;
  return kind ? atPlace.filter((c) => c.kind === kind) : atPlace;
}
