import { isFilingSystemEntry } from './court-website';
import { courtAt, firstOf, hrefOf } from './dom';
import type { Recognised } from './types';

/** ecf.<court>.uscourts.gov/ (or ShowIndex.pl): the welcome page with the "Document Filing System" link. */
export function recognizeCmecfLanding(doc: Document, url: URL): Recognised<'cmecf-landing'> {
  const where = courtAt(url);
  if (where?.site !== 'cmecf' || doc.getElementById('topmenu')) return null;
  if (!/^\/(?:|index\.html?|cgi-bin\/showindex\.pl)$/i.test(url.pathname)) return null;
  const meta = firstOf(doc.getElementsByTagName('meta'), 40).find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'refresh');
  const refresh = meta?.getAttribute('content') ?? '';
  const redirects = /url\s*=\s*\S*(?:showindex|login)\.pl/i.test(refresh);
  for (const a of firstOf(doc.links as HTMLCollectionOf<HTMLAnchorElement>, 500)) {
    const target = hrefOf(a, url);
    if (target && target.pathname !== '/' && isFilingSystemEntry(target, where.courtId)) {
      return { kind: 'cmecf-landing', filingSystemLink: a as HTMLAnchorElement, redirects };
    }
  }
  return redirects || doc.links[0] ? { kind: 'cmecf-landing', filingSystemLink: null, redirects } : null;
}
