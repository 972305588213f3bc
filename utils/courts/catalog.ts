import { COURT_TABLE } from './catalog.generated';
import { COURT_FAMILIES, type CourtKind, kindOfCode } from './families';

export type { CourtKind } from './families';

export interface Court {
  /** Short id used in hostnames: `iasb` in ecf.iasb.uscourts.gov. */
  id: string;
  /** PACER's id, as in `pscCourtId=IASBK`. */
  pacerId: string;
  kind: CourtKind;
  /** "U.S. Bankruptcy Court, Southern District of Iowa". */
  name: string;
  ecfHost: string;
  helpDesk: string;
  helpEmail: string;
}

/** A court's CM/ECF host is ecf.<id>.uscourts.gov unless the catalog names another. */
const usualEcfHost = (id: string) => `ecf.${id}.uscourts.gov`;

function parse(line: string): Court {
  const [id, pacerId, code, name, helpDesk = '', helpEmail = '', ecfHost] = line.split('|');
  const kind = kindOfCode(code) ?? 'national';
  return { id, pacerId, kind, name: `${COURT_FAMILIES[kind].namePrefix}${name}`, ecfHost: ecfHost || usualEcfHost(id), helpDesk, helpEmail };
}

// The table with a newline at each end, so that every line starts and ends with one. Built at the
// module's top level on purpose: inside lineWith() the bundler would inline the 20 KB string into a
// lazily compiled function, which V8 would then scan twice on every court page that loads the guide.
const PADDED = `\n${COURT_TABLE}\n`;

/** The one line that holds `needle` at a line start (id) or as the second field (PACER id). */
function lineWith(needle: string): string | undefined {
  const table = PADDED;
  const at = table.indexOf(needle);
  if (at < 0) return undefined;
  const start = table.lastIndexOf('\n', at) + 1;
  return table.slice(start, table.indexOf('\n', at + 1));
}

// Pages need one court, so look it up in the string rather than building all 200 records.
// [A-Za-z] rather than the `i` flag: V8's first case-insensitive expression costs the guide's page load more.
const ASCII_ID = /^[A-Za-z0-9]+$/;

export function courtById(id: string | undefined): Court | undefined {
  if (!id || !ASCII_ID.test(id)) return undefined;
  const line = lineWith(`\n${id.toLowerCase()}|`);
  return line ? parse(line) : undefined;
}

export function courtByPacerId(pacerId: string | undefined): Court | undefined {
  if (!pacerId || !ASCII_ID.test(pacerId)) return undefined;
  const line = lineWith(`|${pacerId.toUpperCase()}|`);
  return line ? parse(line) : undefined;
}

export function allCourts(): Court[] {
  return COURT_TABLE.split('\n').map(parse);
}

/** Whether the guide walks this court through linking (its family's word, families.ts). */
export const isServed = (court: Court) => COURT_FAMILIES[court.kind].served;

/** The menus that appear only once a filer's account is linked, by court kind. */
export const filingMenusFor = (kind: CourtKind): readonly string[] => COURT_FAMILIES[kind].filingMenus;

/** A court's CM/ECF front page; a court the catalog no longer lists keeps the usual host. */
export function cmecfUrl(id: string): string {
  return `https://${courtById(id)?.ecfHost ?? usualEcfHost(id)}/`;
}
