import { CMECF_WELCOME_PATHS } from '../../utils/courts/families';
import { filingSystemLinks } from './court-website';
import { courtAt, firstOf } from './dom';
import type { Examples, Recognized } from './types';

/** ecf.<court>.uscourts.gov/ (or ShowIndex.pl): the welcome page with the "Document Filing System" link. */
export function recognizeCmecfLanding(doc: Document, url: URL): Recognized<'cmecf-landing'> {
  const where = courtAt(url);
  if (where?.site !== 'cmecf' || doc.getElementById('topmenu')) return null;
  if (!CMECF_WELCOME_PATHS.has(url.pathname.toLowerCase())) return null;
  const meta = firstOf(doc.getElementsByTagName('meta'), 40).find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'refresh');
  const refresh = meta?.getAttribute('content') ?? '';
  const redirects = /url\s*=\s*\S*(?:showindex|login)\.pl/i.test(refresh);
  // Not the welcome page's own address ("/"): its logo and "Home" links.
  const entry = filingSystemLinks(doc, url, where.courtId, 100).find(({ target }) => target.pathname !== '/');
  if (entry) return { kind: 'cmecf-landing', filingSystemLink: entry.link, redirects };
  return redirects || doc.links[0] ? { kind: 'cmecf-landing', filingSystemLink: null, redirects } : null;
}

const LOGIN_LINK = { filingSystemLink: { href: '/cgi-bin/login.pl' } };

export const EXAMPLES = {
  'cmecf-landing': [
    { real: 'pacercourts__ecf.iasb__ecf.html', url: 'https://ecf.iasb.uscourts.gov/', facts: LOGIN_LINK },
    { real: 'pacercourts__ecf.akb__ecf.html', url: 'https://ecf.akb.uscourts.gov/', facts: LOGIN_LINK },
    { real: 'pacercourts__ecf.paeb__ecf.html', url: 'https://ecf.paeb.uscourts.gov/', facts: LOGIN_LINK },
    { real: 'pacercourts__ecf.cacb__ecf.html', url: 'https://ecf.cacb.uscourts.gov/', facts: LOGIN_LINK },
    { real: 'pacercourts__ecf.almb__ecf.html', url: 'https://ecf.almb.uscourts.gov/', facts: LOGIN_LINK },
    {
      real: 'pacercourts__ecf.flnb__ecf.html',
      url: 'https://ecf.flnb.uscourts.gov/',
      facts: { filingSystemLink: { href: 'https://ecf.flnb.uscourts.gov/cgi-bin/login.pl' } },
    },
    { real: 'pacercourts__ecf.iasd__ecf.html', url: 'https://ecf.iasd.uscourts.gov/', facts: { redirects: true } },
    // The words courts give the live link (research note, "Wordings and layouts courts publish"): the link, never its words, is what counts.
    { practice: 'landing, "Document Filing Application"', url: 'http://ecf.iasb.uscourts.gov/', facts: LOGIN_LINK },
    { practice: 'landing, "Click Here to Start CM/ECF"', url: 'http://ecf.iasb.uscourts.gov/', facts: LOGIN_LINK },
    { practice: 'landing, "[LOG IN]"', url: 'http://ecf.iasb.uscourts.gov/', facts: LOGIN_LINK },
    { practice: 'landing, "CONTINUE"', url: 'http://ecf.iasb.uscourts.gov/', facts: LOGIN_LINK },
    { practice: 'landing, "Login"', url: 'http://ecf.iasb.uscourts.gov/', facts: LOGIN_LINK },
    { practice: 'landing, "Document Filing System (Live Database)"', url: 'http://ecf.iasb.uscourts.gov/', facts: LOGIN_LINK },
    { real: 'pacercourts__ecf.ca1__ecf.html', url: 'https://ecf.ca1.uscourts.gov/' },
    { practice: 'landing', url: 'http://ecf.iasb.uscourts.gov/', facts: { filingSystemLink: { text: 'southern district of iowa - document filing system' } } },
  ],
} satisfies Examples;
