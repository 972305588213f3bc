// Builds the court catalog from PACER's "Court CM/ECF Lookup" feed.
//   node scripts/generate-catalog.mjs [feed.json]
// Output (committed, so the extension builds without the feed):
//   utils/courts/catalog.generated.ts — one compact string the content script parses lazily
//   utils/courts/places.generated.ts  — states, counties and locations, for the popup's search only
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { z } from 'zod';

/**
 * The court-family table (utils/courts/families.ts, import-free), compiled as the build compiles it:
 * each family's feed type, letter, name prefix and whether it is served come from there.
 * @type {typeof import('../utils/courts/families')}
 */
const families = await import(
  `data:text/javascript,${encodeURIComponent(transformSync(readFileSync(new URL('../utils/courts/families.ts', import.meta.url), 'utf8'), { loader: 'ts', format: 'esm' }).code)}`
);
const FAMILY_ROWS = Object.entries(families.COURT_FAMILIES);

export const DEFAULT_FEED = fileURLToPath(new URL('../data/pacer-court-cmecf-lookup.2023-01-10.json', import.meta.url));
const OUT_DIR = new URL('../utils/courts/', import.meta.url);

// Rows of type "District" that are not courts: the PACER Case Locator and a special-purpose
// asbestos database of the Northern District of Ohio (it has no court id of its own).
const NOT_COURTS = new Set(['00PCL', 'OHNDAD']);

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;
const HAS_ENTITY = new RegExp(ENTITY.source, 'i');
const decodeEntity = (match, name) => {
  if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? match;
  const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
};

/**
 * PACER's feed writes some fields as HTML ("<B>ecf_support&#064;ared.uscourts.gov </B>…<BR>…"):
 * plain text, entities decoded (twice-encoded ones too), line breaks as "; ", other markup gone.
 */
export function cleanText(value) {
  let text = String(value);
  for (let pass = 0; pass < 3 && HAS_ENTITY.test(text); pass++) text = text.replace(ENTITY, decodeEntity);
  return text
    .replace(/<br\s*\/?>/gi, '; ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[<>]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*;(\s*;)*\s*/g, '; ')
    .replace(/^[\s;]+|[\s;]+$/g, '');
}

const text = z.string().transform(cleanText);
const HelpDesk = z.object({ courtId: text.optional(), phone: text.optional(), phoneExt: text.optional(), division: text.optional() });
const Location = z.object({ name: text.optional(), address: text.optional(), email: text.optional(), phone: text.optional(), hours: text.optional() });
const Row = z.object({
  court_id: z
    .string()
    .trim()
    .regex(/^[0-9A-Z]{2,8}$/, "court_id must be PACER's upper-case id"),
  title: text.pipe(z.string().min(1)),
  type: z.enum(/** @type {[string, ...string[]]} */ (FAMILY_ROWS.map(([, family]) => family.feedType))),
  court_name: text.optional(),
  login_url: z.string().trim().url().optional(),
  help_desk: z.array(HelpDesk).nullish(),
  // A few courts' locations come as an object keyed "0", "1", … instead of an array.
  locations: z.union([z.array(Location), z.record(z.string(), Location).transform(Object.values)]).nullish(),
  counties: z.array(z.object({ name: text, state: text.optional() })).nullish(),
});
const Feed = z.object({ meta: z.object({ last_updated: z.string().trim() }).passthrough(), data: z.array(z.unknown()).min(1) });

/** The feed's `type` → the family's kind. */
const KIND = Object.fromEntries(FAMILY_ROWS.map(([kind, family]) => [family.feedType, kind]));
const REGIONS = ['Northern', 'Southern', 'Eastern', 'Western', 'Middle', 'Central'];

/**
 * "Iowa Southern Bankruptcy Court" → "U.S. Bankruptcy Court, Southern District of Iowa": the
 * family's name prefix (COURT_FAMILIES) and the district the feed's title names after its place.
 */
export function displayName(row) {
  const title = row.title;
  const { namePrefix } = families.COURT_FAMILIES[KIND[row.type]];
  // Families whose names carry no prefix (appellate, national): the feed's title is the name.
  if (!namePrefix) return title;
  const m = title.match(new RegExp(`^(.*?)\\s+${row.type}(?: Court)?$`));
  if (!m) throw new Error(`cannot derive a display name from title "${title}"`);
  let place = m[1];
  const region = REGIONS.find((r) => place.endsWith(` ${r}`));
  if (region) place = place.slice(0, -region.length - 1);
  // "District of Columbia" already names the district.
  const district = region ? `${region} District of ${place}` : place.startsWith('District of') ? place : `District of ${place}`;
  return `${namePrefix}${district}`;
}

/**
 * The short id used in hostnames: https://ecf.iasb.uscourts.gov → iasb. A court the guide does not
 * serve may point elsewhere (the Second and Ninth Circuits file through ACMS, outside uscourts.gov):
 * its id then comes from PACER's ("09CA" → ca9), and its host is not recorded.
 */
function shortId(row) {
  const host = new URL(row.login_url).hostname.toLowerCase();
  const m = host.match(/^ecf\.([a-z0-9]+)\.uscourts\.gov$/);
  // Bankruptcy appellate panels share their circuit's host; give them their own id.
  if (row.court_id.endsWith('BAP')) return `bap${Number.parseInt(row.court_id, 10)}`;
  if (m) return m[1];
  if (!families.COURT_FAMILIES[KIND[row.type]].served) {
    const circuit = row.court_id.match(/^(\d{1,2})CA$/);
    return circuit ? `ca${Number(circuit[1])}` : row.court_id.toLowerCase();
  }
  throw new Error(`login_url host "${host}" is not ecf.<court>.uscourts.gov`);
}

/** The host a court's CM/ECF is at, when it is a uscourts.gov host; the usual one otherwise. */
function ecfHostOf(row, id) {
  const host = new URL(row.login_url).hostname.toLowerCase();
  return host === 'uscourts.gov' || host.endsWith('.uscourts.gov') ? host : `ecf.${id}.uscourts.gov`;
}

const helpDesk = (row) =>
  (row.help_desk ?? [])
    .filter((h) => h.phone)
    .map((h) => [h.division, h.phone + (h.phoneExt ? ` ext. ${h.phoneExt}` : '')].filter(Boolean).join(': '))
    .join('; ');

/** Validates the feed and returns catalog rows; throws naming the first bad row. */
export function buildCatalog(feedJson) {
  const feed = Feed.safeParse(feedJson);
  if (!feed.success) throw new Error(`feed: not a Court CM/ECF Lookup feed: ${z.prettifyError(feed.error)}`);
  const courts = [];
  feed.data.data.forEach((raw, index) => {
    const label = `row ${index}${raw && typeof raw === 'object' && 'court_id' in raw ? ` (${String(raw.court_id)})` : ''}`;
    const parsed = Row.safeParse(raw);
    if (!parsed.success) throw new Error(`feed ${label}: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`);
    const row = parsed.data;
    if (NOT_COURTS.has(row.court_id) || !row.login_url) return;
    try {
      const locations = (row.locations ?? []).map((l) => ({
        name: l.name ?? '',
        address: l.address ?? '',
        email: l.email ?? '',
        phone: l.phone ?? '',
      }));
      const id = shortId(row);
      courts.push({
        id,
        pacerId: row.court_id,
        kind: KIND[row.type],
        name: displayName(row),
        ecfHost: ecfHostOf(row, id),
        helpDesk: helpDesk(row) || locations.find((l) => l.phone)?.phone || '',
        helpEmail: locations.find((l) => l.email)?.email ?? '',
        states: [...new Set((row.counties ?? []).map((c) => c.state ?? '').filter(Boolean))],
        counties: [...new Set((row.counties ?? []).map((c) => c.name))],
        locations: [
          ...new Set(
            locations
              .map((l) => l.name)
              .concat(locations.map((l) => cityOf(l.address)))
              .filter(Boolean),
          ),
        ],
      });
    } catch (error) {
      throw new Error(`feed ${label}: ${/** @type {Error} */ (error).message}`);
    }
  });
  const ids = new Set();
  for (const c of courts) {
    if (ids.has(c.id)) throw new Error(`feed: two rows give the court id "${c.id}"`);
    ids.add(c.id);
  }
  return { updated: feed.data.meta.last_updated, courts: courts.sort((a, b) => a.id.localeCompare(b.id)) };
}

/** "…, Des Moines, Iowa 50309" → "Des Moines" (lines of an address come as "; "). */
function cityOf(address) {
  const parts = address.split(/[,;]/).map((p) => p.trim());
  return parts.length >= 2 ? parts[parts.length - 2].replace(/^.*\d\s+/, '') : '';
}

const FIELD_SEP = '|';

// Compact on purpose: the content script carries this table to every court page. The parts that
// follow from the id are left out (ecf.<id>.uscourts.gov, the name's prefix) and written only where
// a court differs. Places, which only the popup's search needs, are in places.generated.ts.
export function renderCatalog({ updated, courts }) {
  const clean = (s) => String(s).replaceAll(FIELD_SEP, '/').replaceAll('\n', ' ');
  const lines = courts.map((c) => {
    const { namePrefix: prefix, code } = families.COURT_FAMILIES[c.kind];
    const name = prefix && c.name.startsWith(prefix) ? c.name.slice(prefix.length) : c.name;
    const host = c.ecfHost === `ecf.${c.id}.uscourts.gov` ? '' : c.ecfHost;
    return [c.id, c.pacerId, code, name, c.helpDesk, c.helpEmail, host].map(clean).join(FIELD_SEP).replace(/\|+$/, '');
  });
  return `// Generated by scripts/generate-catalog.mjs from PACER's Court CM/ECF Lookup feed (${updated}). Do not edit.
// One court per line: id|pacerId|kind (d, b, a, n)|name|helpDesk|helpEmail|ecfHost
// (name without "U.S. District/Bankruptcy Court, "; ecfHost only where it is not ecf.<id>.uscourts.gov).
export const COURT_TABLE = ${JSON.stringify(lines.join('\n'))};
`;
}

/** The feed's `last_updated` ("Tue, 10 Jan 2023 06:10:05 -0500") as a date: "2023-01-10" (as written there, not moved to UTC). */
export function feedDate(updated) {
  const m = updated.match(/\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\b/i) ?? updated.match(/^(\d{4})-(\d{2})-(\d{2})/);
  const [year, month, day] = !m
    ? []
    : /^\d{4}$/.test(m[1])
      ? [m[1], m[2], m[3]]
      : [m[3], String('janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(m[2].toLowerCase()) / 3 + 1), m[1]];
  const date = year && `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  // A real day of the calendar only: "2023-02-30" or "99 Jan 2023" would show as another date, or none.
  const time = date ? new Date(`${date}T00:00:00Z`).getTime() : Number.NaN;
  if (!date || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date) throw new Error(`feed: meta.last_updated "${updated}" is not a date`);
  return date;
}

export function renderPlaces({ updated, courts }) {
  const places = Object.fromEntries(courts.map((c) => [c.id, [c.states.join(', '), c.counties.join(', '), c.locations.join(', ')]]));
  return `// Generated by scripts/generate-catalog.mjs from PACER's Court CM/ECF Lookup feed (${updated}). Do not edit.
// Court id → [states, counties, locations], for the popup's search; the feed's date, for its footer.
export const FEED_UPDATED = ${JSON.stringify(feedDate(updated))};
export const COURT_PLACES: Record<string, [string, string, string]> = ${JSON.stringify(places, null, 0)};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const feedPath = process.argv[2] ?? DEFAULT_FEED;
  try {
    const catalog = buildCatalog(JSON.parse(readFileSync(feedPath, 'utf8')));
    // Both files rendered before either is written: a feed refused half-way leaves the two as they were.
    const files = { 'catalog.generated.ts': renderCatalog(catalog), 'places.generated.ts': renderPlaces(catalog) };
    for (const [name, text] of Object.entries(files)) writeFileSync(new URL(name, OUT_DIR), text);
    const count = (k) => catalog.courts.filter((c) => c.kind === k).length;
    console.log(
      `catalog: ${count('district')} district, ${count('bankruptcy')} bankruptcy, ${count('appellate')} appellate, ${count('national')} national courts`,
    );
  } catch (error) {
    console.error(`generate-catalog: ${/** @type {Error} */ (error).message}`);
    process.exit(1);
  }
}
