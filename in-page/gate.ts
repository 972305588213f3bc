// The gate the content script runs on every court page it is injected into, before anything else:
// from the address and one storage read, could the guide have anything to say here? Most pages a
// filer opens (courts already linked, courts they never added, court websites) end here, at almost
// no cost: the guide core is neither loaded nor compiled.
import { CMECF_LOGIN_PATHS, CMECF_WELCOME_PATHS } from '../utils/courts/families';
import { type Address, pacerLoginCourtId, type Site, urlShape } from '../utils/courts/url-shape';
import { courtKey } from '../utils/storage/court-key';

/** Where a page is, as far as the gate needs to know. */
export interface GatePlace {
  site: Site;
  /** The court the address names; absent on PACER's account pages, which belong to no court. */
  courtId?: string;
  /** A court not on the checklist may be offered the guide here: CM/ECF's landing and login, PACER's login. */
  offer: boolean;
}

/** CM/ECF's welcome page and its login.pl, which shows the main menu once signed in: where an offer may show. */
const isCmecfEntry = (path: string) => CMECF_WELCOME_PATHS.has(path) || CMECF_LOGIN_PATHS.has(path);

/**
 * Where the guide could speak, from the address alone (no catalog): null where it never does.
 * Takes the page's `location` as it is: building a URL object costs more than the rest.
 */
export function gatePlace(address: Address): GatePlace | null {
  const shape = urlShape(address);
  if (!shape || shape.training) return null;
  switch (shape.site) {
    case 'cmecf':
      return { site: shape.site, courtId: shape.hostId, offer: isCmecfEntry(address.pathname.toLowerCase()) };
    case 'court-website':
      return { site: shape.site, courtId: shape.hostId, offer: false };
    case 'pacer-login': {
      const courtId = pacerLoginCourtId(shape);
      return courtId ? { site: shape.site, courtId, offer: true } : { site: shape.site, offer: false };
    }
    case 'pacer-account':
      return { site: shape.site, offer: false };
  }
}

/** What the gate reads of a court's record and the settings (unchecked: storage holds anything). */
export interface StoredForGate {
  record?: { status?: unknown; paused?: unknown };
  settings?: { guideEnabled?: unknown; dismissedOffers?: unknown };
}

/**
 * Whether to load the guide for a court: on the checklist and not verified or paused; not on it,
 * on an offer page, unless the offer was dismissed.
 */
export function worthWaking(courtId: string, offer: boolean, { record, settings }: StoredForGate): boolean {
  if (settings?.guideEnabled === false) return false;
  if (record) return record.status !== 'verified' && record.paused !== true;
  return offer && !(Array.isArray(settings?.dismissedOffers) && settings.dismissedOffers.includes(courtId));
}

/** Reads storage.local keys: the browser's own `storage.local.get`. */
export type ReadStorage = (keys: string[]) => Promise<Record<string, unknown>>;

/**
 * The gate's whole decision for a page: at most one storage read (the court's record and the
 * settings), none where the address settles it. PACER's account pages wake the guide unless the
 * user switched it off: it notes the account type there.
 */
export async function shouldWake(address: Address, read: ReadStorage, place = gatePlace(address)): Promise<boolean> {
  if (!place) return false;
  // PACER's account pages belong to no court (the guide reads the account type there while it is
  // on); a PACER login that names none has nothing to guide.
  if (place.courtId === undefined)
    return place.site === 'pacer-account' && ((await read(['settings'])).settings as StoredForGate['settings'])?.guideEnabled !== false;
  const key = courtKey(place.courtId);
  const stored = await read([key, 'settings']);
  return worthWaking(place.courtId, place.offer, { record: stored[key] as StoredForGate['record'], settings: stored.settings as StoredForGate['settings'] });
}
