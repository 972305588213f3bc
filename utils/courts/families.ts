// The court families PACER's feed lists, one entry each: what the guide does for a family (whether
// it walks its courts through linking, how their names and PACER ids are written, which menus prove
// a link) is read from here, never branched on elsewhere. Small and import-free: the content
// script's address reader uses it too.

export type CourtKind = 'district' | 'bankruptcy' | 'appellate' | 'national';

/** Where a filer comes into a court's CM/ECF: lower-cased paths, matched against the address alone. */
export interface EntryPaths {
  /** The welcome page, with its "Document Filing System" link. */
  welcome: readonly string[];
  /** The login script, which shows the main menu once signed in: fetched with GET, it never resends a form. */
  login: string;
}

/** District and bankruptcy courts run the same CM/ECF, at the same addresses (the seed guides, tests/fixtures/real). */
const CMECF_ENTRY: EntryPaths = { welcome: ['/', '/index.html', '/index.htm', '/cgi-bin/showindex.pl'], login: '/cgi-bin/login.pl' };

export interface CourtFamily {
  /** The `type` PACER's feed gives its courts (scripts/generate-catalog.mjs reads it). */
  feedType: string;
  /** The letter the generated catalog writes for the family. */
  code: string;
  /** The family's courts in words: "courts of appeals". */
  plural: string;
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
  /** Where its filers come in; absent where this guide does not know the family's CM/ECF. */
  entry?: EntryPaths;
}

export const COURT_FAMILIES: Record<CourtKind, CourtFamily> = {
  district: {
    feedType: 'District',
    code: 'd',
    plural: 'district courts',
    served: true,
    namePrefix: 'U.S. District Court, ',
    pacerIdEnd: 'dc',
    filingMenus: ['Civil', 'Criminal'],
    order: 0,
    entry: CMECF_ENTRY,
  },
  bankruptcy: {
    feedType: 'Bankruptcy',
    code: 'b',
    plural: 'bankruptcy courts',
    served: true,
    namePrefix: 'U.S. Bankruptcy Court, ',
    pacerIdEnd: 'bk',
    filingMenus: ['Bankruptcy', 'Adversary'],
    order: 1,
    entry: CMECF_ENTRY,
  },
  // Not guided; their filer menus are read as a district court's, as before the families were a table.
  // Their own CM/ECF (appellate NextGen, national courts' systems) is not described here yet.
  appellate: { feedType: 'Appeals', code: 'a', plural: 'courts of appeals', served: false, namePrefix: '', filingMenus: ['Civil', 'Criminal'], order: 2 },
  national: { feedType: 'National', code: 'n', plural: 'national courts', served: false, namePrefix: '', filingMenus: ['Civil', 'Criminal'], order: 3 },
};

// The tables below are marked pure so that a bundle that reads none of them (the court websites'
// content script) leaves them out.
const FAMILIES = /* @__PURE__ */ Object.entries(COURT_FAMILIES) as [CourtKind, CourtFamily][];

/** The family of a feed letter. */
export const kindOfCode = (code: string): CourtKind | undefined => FAMILIES.find(([, family]) => family.code === code)?.[0];

/** A PACER court id of a served family, read as the court's id ("iasdc" → "iasd"), or undefined. */
export function courtIdOfPacerId(pacerId: string): string | undefined {
  const id = pacerId.toLowerCase();
  const family = FAMILIES.find(([, f]) => f.served && f.pacerIdEnd && id.length > f.pacerIdEnd.length && id.endsWith(f.pacerIdEnd) && /^[a-z0-9]+$/.test(id));
  return family ? id.slice(0, -1) : undefined;
}

const servedEntries = /* @__PURE__ */ FAMILIES.flatMap(([, family]) => (family.served && family.entry ? [family.entry] : []));

/**
 * CM/ECF's welcome pages of every served family, lower-cased. A set, not a regular expression: the
 * gate reads it on every CM/ECF page, and compiling the first expression of a page's extension world
 * costs more than all the rest the gate does.
 */
export const CMECF_WELCOME_PATHS: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ servedEntries.flatMap((entry) => entry.welcome));

/** CM/ECF's login scripts of every served family, lower-cased. */
export const CMECF_LOGIN_PATHS: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ servedEntries.map((entry) => entry.login));

/** The login script of a court's family; CM/ECF's own where the family's is not known (a court the catalog lacks). */
export const loginPath = (kind: CourtKind | undefined): string => (kind && COURT_FAMILIES[kind].entry?.login) || CMECF_ENTRY.login;
