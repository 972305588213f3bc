// The shapes of courts' URLs, read from the address alone (no catalog), so that the content
// script's gate and courtFromUrl() share one reading of them.
import { courtIdOfPacerId } from './families';

/** What part of the federal courts' web a URL belongs to. */
export type Site = 'cmecf' | 'court-website' | 'pacer-login' | 'pacer-account';

export interface UrlShape {
  site: Site;
  /** The short court id a host names: `iasb` in ecf.iasb.uscourts.gov. */
  hostId?: string;
  /** PACER login: `pscCourtId` as given (IASBK). */
  pacerId?: string;
  /** PACER login: the CM/ECF address it returns to (`appurl`), read through at most MAX_APP_DEPTH logins. */
  app?: UrlShape;
  /** ecf-train.* and train-login.*, anywhere in the appurl chain: the courts' training databases. */
  training: boolean;
}

/** How many nested `appurl`s are read: a crafted address nests them without end. */
const MAX_APP_DEPTH = 3;

const ROOT = 'uscourts.gov';
// Hosts under uscourts.gov that are national services, not a court's own website.
const SERVICE_HOSTS = new Set(['www', 'pacer', 'pcl', 'psc', 'bankruptcynotices', 'jnet', 'ecf', 'login', 'train-login']);

/** The parts of an address read here: a URL, or a page's own `location` (no URL object to build). */
export type Address = Pick<URL, 'protocol' | 'hostname' | 'pathname' | 'search'>;

function parse(input: string | Address): Address | null {
  try {
    const url = typeof input === 'string' ? new URL(input) : input;
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Which part of the courts' web a URL is, case-insensitive, ports and a trailing dot tolerated.
 * Null for anything else: look-alike hosts, other schemes, national sites.
 */
export function urlShape(input: string | Address, depth = 0): UrlShape | null {
  const url = parse(input);
  if (!url) return null;
  // A trailing dot is the same host; endsWith() rather than a regular expression: this runs on every
  // court page the content script is injected into.
  let host = url.hostname.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host !== ROOT && !host.endsWith(`.${ROOT}`)) return null;
  const labels = host.split('.').slice(0, -2);

  if (host === 'pacer.login.uscourts.gov' || host === 'train-login.uscourts.gov') return pacerLoginShape(url, host, depth);
  if (host === 'pacer.psc.uscourts.gov') return { site: 'pacer-account', training: false };
  if (labels.length === 2 && (labels[0] === 'ecf' || labels[0] === 'ecf-train')) {
    return { site: 'cmecf', hostId: labels[1], training: labels[0] === 'ecf-train' };
  }
  const websiteId = websiteIdOf(labels);
  return websiteId ? { site: 'court-website', hostId: websiteId, training: false } : null;
}

/** The court a website's labels below uscourts.gov name (`www.iasb` or `iasb`), unless a national service's. */
function websiteIdOf(labels: string[]): string | undefined {
  const id = labels.length === 2 && labels[0] === 'www' ? labels[1] : labels.length === 1 ? labels[0] : '';
  return id && !SERVICE_HOSTS.has(id) ? id : undefined;
}

/**
 * The court whose website a host is (www.iasb.uscourts.gov, iasb.uscourts.gov: `iasb`), as
 * urlShape() reads an http(s) address; undefined for any other host. For the court websites'
 * content script (injected into http and https pages only), which needs nothing else from the
 * address: a page's `location.hostname`, no URL object built.
 */
export function courtWebsiteId(hostname: string): string | undefined {
  let host = hostname.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  return host.endsWith(`.${ROOT}`) ? websiteIdOf(host.split('.').slice(0, -2)) : undefined;
}

/**
 * PACER's login host: the court it logs in for and where it returns to. Its own function: V8
 * compiles a function whole on its first call, and most court pages never need this part.
 */
function pacerLoginShape(url: Address, host: string, depth: number): UrlShape | null {
  if (!/^\/csologin\//i.test(url.pathname)) return null;
  const query = new URLSearchParams(url.search);
  const pacerId = query.get('pscCourtId')?.trim() || undefined;
  const appUrl = query.get('appurl');
  const next = appUrl && depth < MAX_APP_DEPTH ? urlShape(appUrl, depth + 1) : null;
  // A login that returns to another login: the court is the one at the end of the chain.
  const app = next?.site === 'pacer-login' ? next.app : (next ?? undefined);
  return { site: 'pacer-login', pacerId, app, training: host.startsWith('train') || Boolean(next?.training) };
}

/**
 * The court a PACER login page works for, from the address alone: from `pscCourtId` when it is a
 * district or bankruptcy court's (the short id plus "C" or "K": IASDC, IASBK), else from the CM/ECF
 * address it returns to.
 */
export function pacerLoginCourtId({ pacerId, app }: UrlShape): string | undefined {
  const id = pacerId && courtIdOfPacerId(pacerId);
  if (id) return id;
  return app?.site === 'cmecf' ? app.hostId : undefined;
}
