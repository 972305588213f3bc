// The court families PACER's feed lists, one entry each: what the guide does for a family (whether
// it walks its courts through linking, how their names and PACER ids are written, which menus prove
// a link) is read from here, never branched on elsewhere. Small and import-free: the content
// script's address reader uses it too.

export type CourtKind = 'district' | 'bankruptcy' | 'appellate' | 'national';

export interface CourtFamily {
  /** The letter PACER's feed, and so the generated catalog, writes for the family. */
  code: string;
  /** Whether the guide walks its courts through linking (appellate and national courts: not yet). */
  served: boolean;
  /** How the catalog's name of its courts begins; empty where the feed's name is whole. */
  namePrefix: string;
  /** How its PACER court ids end, lower-case, where they are the court id plus one letter (IASD → IASDC). */
  pacerIdEnd?: string;
  /** The menus that appear only once a filer's account is linked. */
  filingMenus: readonly string[];
  /** Where its courts come in a list of one state's courts. */
  order: number;
}

export const COURT_FAMILIES: Record<CourtKind, CourtFamily> = {
  district: { code: 'd', served: true, namePrefix: 'U.S. District Court, ', pacerIdEnd: 'dc', filingMenus: ['Civil', 'Criminal'], order: 0 },
  bankruptcy: { code: 'b', served: true, namePrefix: 'U.S. Bankruptcy Court, ', pacerIdEnd: 'bk', filingMenus: ['Bankruptcy', 'Adversary'], order: 1 },
  // Not guided; their filer menus are read as a district court's, as before the families were a table.
  appellate: { code: 'a', served: false, namePrefix: '', filingMenus: ['Civil', 'Criminal'], order: 2 },
  national: { code: 'n', served: false, namePrefix: '', filingMenus: ['Civil', 'Criminal'], order: 3 },
};

const FAMILIES = Object.entries(COURT_FAMILIES) as [CourtKind, CourtFamily][];

/** The family of a feed letter. */
export const kindOfCode = (code: string): CourtKind | undefined => FAMILIES.find(([, family]) => family.code === code)?.[0];

/** A PACER court id of a served family, read as the court's id ("iasdc" → "iasd"), or undefined. */
export function courtIdOfPacerId(pacerId: string): string | undefined {
  const id = pacerId.toLowerCase();
  const family = FAMILIES.find(([, f]) => f.served && f.pacerIdEnd && id.length > f.pacerIdEnd.length && id.endsWith(f.pacerIdEnd) && /^[a-z0-9]+$/.test(id));
  return family ? id.slice(0, -1) : undefined;
}
