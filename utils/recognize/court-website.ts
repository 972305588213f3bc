import { courtAt, firstOf, hrefOf, normalize, textOf } from './dom';
import type { Recognised } from './types';
import { CMECF_LINK_TEXT } from './wording';

/** Paths on ecf.<court> that lead into the filing system (not calendars, RSS, opinions …). */
const ENTRY_PATHS = /^\/(?:|cgi-bin\/login\.pl|cgi-bin\/showindex\.pl|n\/attorneyfiling\/login\.jsf)$/i;

/** Does this link lead to the court's live filing system (never ecf-train)? */
export function isFilingSystemEntry(target: URL, courtId: string | undefined): boolean {
  const where = courtAt(target);
  if (!where || where.training || where.courtId !== courtId) return false;
  if (where.site === 'cmecf') return ENTRY_PATHS.test(target.pathname);
  return where.site === 'pacer-login';
}

/** www.<court>.uscourts.gov: the court's public website and its E-Filing (CM/ECF) link. */
export function recognizeCourtWebsite(doc: Document, url: URL): Recognised<'court-website'> {
  const where = courtAt(url);
  if (where?.site !== 'court-website') return null;
  let best: HTMLAnchorElement | null = null;
  for (const a of firstOf(doc.links as HTMLCollectionOf<HTMLAnchorElement>, 1500)) {
    const target = hrefOf(a, url);
    if (!target || !isFilingSystemEntry(target, where.courtId)) continue;
    // Prefer the link whose words say it is the e-filing system over a bare "Login".
    if (CMECF_LINK_TEXT.test(textOf(a)) || CMECF_LINK_TEXT.test(normalize(a.title))) return { kind: 'court-website', cmecfLink: a as HTMLAnchorElement };
    best ??= a as HTMLAnchorElement;
  }
  return { kind: 'court-website', cmecfLink: best };
}
