import { menuOpenerOf } from './collapsed-menu';
import { courtAt, HTML_NS, hrefOf, isShown, normalize, textOf } from './dom';
import type { Examples, Recognized } from './types';
import { CMECF_LINK_TEXT } from './wording';

/** Paths on ecf.<court> that lead into the filing system (not calendars, RSS, opinions …). */
const ENTRY_PATHS = /^\/(?:|cgi-bin\/login\.pl|cgi-bin\/showindex\.pl|n\/attorneyfiling\/login\.jsf)$/i;

/** Does this link lead to the court's live filing system (never ecf-train)? */
function isFilingSystemEntry(target: URL, courtId: string | undefined): boolean {
  const where = courtAt(target);
  if (!where || where.training || where.courtId !== courtId) return false;
  if (where.site === 'cmecf') return ENTRY_PATHS.test(target.pathname);
  return where.site === 'pacer-login';
}

/**
 * Links whose raw href names an ecf host, a login page or ShowIndex.pl, as every way into a filing
 * system does: the browser's selector engine passes over the other links (most of a court
 * website's hundreds) without a line of script running for them.
 */
const MAY_ENTER = ['ecf', 'login', 'showindex'].flatMap((word) => [`a[href*="${word}" i]`, `area[href*="${word}" i]`]).join(', ');

/** The first `limit` links of `doc` into the court's live filing system, in document order, with where they lead. */
export function filingSystemLinks(doc: Document, base: URL, courtId: string | undefined, limit: number): { link: HTMLAnchorElement; target: URL }[] {
  const out: { link: HTMLAnchorElement; target: URL }[] = [];
  const candidates = doc.querySelectorAll<HTMLAnchorElement>(MAY_ENTER);
  for (let i = 0; i < candidates.length && out.length < limit; i++) {
    // HTML links only, as document.links holds: the selector also matches SVG's <a>.
    if (candidates[i]!.namespaceURI !== HTML_NS) continue;
    const target = hrefOf(candidates[i]!, base);
    if (target && isFilingSystemEntry(target, courtId)) out.push({ link: candidates[i]!, target });
  }
  return out;
}

/**
 * www.<court>.uscourts.gov: the court's public website, its E-Filing (CM/ECF) link and, when that
 * link sits in a closed drop-down, the visible control that opens it.
 */
export function recognizeCourtWebsite(doc: Document, url: URL): Recognized<'court-website'> {
  const where = courtAt(url);
  if (where?.site !== 'court-website') return null;
  // Words that say "e-filing system" beat a bare "Login"; among equals, a link in sight beats one in a closed menu.
  let best: HTMLAnchorElement | null = null;
  let bestScore = -1;
  for (const { link: a } of filingSystemLinks(doc, url, where.courtId, 100)) {
    const worded = CMECF_LINK_TEXT.test(textOf(a)) || CMECF_LINK_TEXT.test(normalize(a.title));
    const score = (worded ? 2 : 0) + (isShown(a, { opacity: true }) ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [a, score];
    if (score === 3) break;
  }
  return { kind: 'court-website', cmecfLink: best, menuOpener: menuOpenerOf(best) };
}

const E_FILING_LINK = { cmecfLink: { text: 'e-filing (cm/ecf) »' }, menuOpener: null };
const IN_MENU = (opener: string, link = 'e-filing (cm/ecf)') => ({ cmecfLink: { text: link }, menuOpener: { text: opener } });

export const EXAMPLES = {
  'court-website': [
    { real: 'pacercourts__ecf.iasd__www.html', url: 'https://www.iasd.uscourts.gov/', facts: E_FILING_LINK },
    { real: 'pacercourts__ecf.iasb__www.html', url: 'https://www.iasb.uscourts.gov/', facts: E_FILING_LINK },
    // A 229 KB website whose ways into CM/ECF are all to ShowIndex.pl, in single-quoted links.
    { real: 'pacercourts__ecf.ilnd__www.html', url: 'https://www.ilnd.uscourts.gov/', facts: { cmecfLink: { text: 'cm/ecf direct login' }, menuOpener: null } },
    { practice: 'court website', url: 'http://www.iasb.uscourts.gov/' },
    { handmade: 'court-website-menu-click.html', url: 'https://www.cob.uscourts.gov/', facts: IN_MENU('case filing') },
    { handmade: 'court-website-menu-hover.html', url: 'https://www.mdd.uscourts.gov/', facts: IN_MENU('attorneys') },
    { practice: 'court website, link in a hover menu', url: 'http://www.iasb.uscourts.gov/', facts: IN_MENU('case filing', 'e-filing (cm/ecf) »') },
    { practice: 'court website, link in a click menu', url: 'http://www.iasb.uscourts.gov/', facts: IN_MENU('case filing', 'e-filing (cm/ecf) »') },
  ],
} satisfies Examples;
