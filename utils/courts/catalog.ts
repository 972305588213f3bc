import { COURT_TABLE } from './catalog.generated';

export type CourtKind = 'district' | 'bankruptcy' | 'appellate' | 'national';

export interface Court {
  /** Short id used in hostnames: `iasb` in ecf.iasb.uscourts.gov. */
  id: string;
  /** PACER's id, as in `pscCourtId=IASBK`. */
  pacerId: string;
  kind: CourtKind;
  /** "U.S. Bankruptcy Court, Southern District of Iowa". */
  name: string;
  ecfHost: string;
  nextGen: boolean;
  helpDesk: string;
  helpEmail: string;
}

const KINDS: Record<string, CourtKind> = { d: 'district', b: 'bankruptcy', a: 'appellate', n: 'national' };
const NAME_PREFIX: Partial<Record<CourtKind, string>> = { district: 'U.S. District Court, ', bankruptcy: 'U.S. Bankruptcy Court, ' };

let byId: Map<string, Court> | undefined;
let byPacerId: Map<string, Court> | undefined;

// The table is one string so that loading the content script costs a string literal, not an
// object graph; it is split into records only on pages of a court, once.
function load(): Map<string, Court> {
  if (byId) return byId;
  byId = new Map();
  byPacerId = new Map();
  for (const line of COURT_TABLE.split('\n')) {
    const [id, pacerId, code, name, helpDesk = '', helpEmail = '', ecfHost] = line.split('|');
    const kind = KINDS[code[0]];
    const court: Court = {
      id,
      pacerId,
      kind,
      name: `${NAME_PREFIX[kind] ?? ''}${name}`,
      ecfHost: ecfHost || `ecf.${id}.uscourts.gov`,
      nextGen: !code.endsWith('-'),
      helpDesk,
      helpEmail,
    };
    byId.set(id, court);
    byPacerId.set(pacerId, court);
  }
  return byId;
}

export function courtById(id: string | undefined): Court | undefined {
  return id ? load().get(id.toLowerCase()) : undefined;
}

export function courtByPacerId(pacerId: string | undefined): Court | undefined {
  load();
  return pacerId ? byPacerId!.get(pacerId.toUpperCase()) : undefined;
}

export function allCourts(): Court[] {
  return [...load().values()];
}

/** The menus that appear only once a filer's account is linked, by court kind. */
export function filingMenusFor(kind: CourtKind): readonly string[] {
  return kind === 'bankruptcy' ? ['Bankruptcy', 'Adversary'] : ['Civil', 'Criminal'];
}

export function cmecfUrl(court: Court): string {
  return `https://${court.ecfHost}/`;
}
