import { courtById, courtByPacerId } from './catalog';

/** What part of the federal courts' web a URL belongs to. */
export type Site = 'cmecf' | 'court-website' | 'pacer-login' | 'pacer-account';

export interface UrlFacts {
  site: Site;
  /** Short court id (`iasb`) when the URL names one; absent when it names none. */
  courtId?: string;
  /** False when the URL names a court id that is not in the catalog: reported, never guessed. */
  known: boolean;
  /** ecf-train.* and train-login.*: the courts' training databases. */
  training: boolean;
}

const ROOT = 'uscourts.gov';
// Hosts under uscourts.gov that are national services, not a court's own website.
const SERVICE_HOSTS = new Set(['www', 'pacer', 'pcl', 'psc', 'bankruptcynotices', 'jnet', 'ecf', 'login']);

function parse(input: string | URL): URL | null {
  try {
    const url = typeof input === 'string' ? new URL(input) : input;
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Host without the trailing dot and port, lower-cased; '' when it is not under uscourts.gov. */
function courtsHost(url: URL): string {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return host === ROOT || host.endsWith(`.${ROOT}`) ? host : '';
}

function court(id: string | undefined): Pick<UrlFacts, 'courtId' | 'known'> {
  if (!id) return { known: false };
  return { courtId: id, known: Boolean(courtById(id)) };
}

function fromPacerLogin(url: URL, training: boolean): UrlFacts {
  const pacerId = url.searchParams.get('pscCourtId')?.trim();
  const byPacer = courtByPacerId(pacerId);
  if (byPacer) return { site: 'pacer-login', courtId: byPacer.id, known: true, training };
  const app = url.searchParams.get('appurl');
  const fromApp = app ? courtFromUrl(app) : null;
  if (fromApp?.site === 'cmecf' && fromApp.courtId) return { ...fromApp, site: 'pacer-login', training: training || fromApp.training };
  if (pacerId) return { site: 'pacer-login', courtId: pacerId.toLowerCase(), known: false, training };
  return { site: 'pacer-login', known: false, training };
}

/**
 * Which court and which part of the courts' web a URL is. Null for anything that is not a
 * uscourts.gov page this guide knows (look-alike hosts, other schemes, national sites).
 */
export function courtFromUrl(input: string | URL): UrlFacts | null {
  const url = parse(input);
  if (!url) return null;
  const host = courtsHost(url);
  if (!host) return null;
  const labels = host.split('.').slice(0, -2);

  if (host === 'pacer.login.uscourts.gov' || host === 'train-login.uscourts.gov') {
    return /^\/csologin\//i.test(url.pathname) ? fromPacerLogin(url, host.startsWith('train')) : null;
  }
  if (host === 'pacer.psc.uscourts.gov') return { site: 'pacer-account', known: false, training: false };
  if (labels.length === 2 && (labels[0] === 'ecf' || labels[0] === 'ecf-train')) {
    return { site: 'cmecf', ...court(labels[1]), training: labels[0] === 'ecf-train' };
  }
  const websiteId = labels.length === 2 && labels[0] === 'www' ? labels[1] : labels.length === 1 ? labels[0] : '';
  if (websiteId && !SERVICE_HOSTS.has(websiteId)) return { site: 'court-website', ...court(websiteId), training: false };
  return null;
}
