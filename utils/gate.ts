// The gate the content script runs on every *.uscourts.gov page before anything else: from the
// address and one storage read, could the guide have anything to say here? Most pages a filer opens
// (dockets of courts already linked, courts they never added) end here, at almost no cost.
import { type Address, urlShape } from './courts/url-shape';

/**
 * The court an address may belong to, from its shape alone (no catalog): null when the guide never
 * speaks here. Takes the page's `location` as it is: building a URL object costs more than the rest.
 */
export function gateCourt(address: string | Address): { courtId?: string } | null {
  const shape = urlShape(address);
  if (!shape || shape.training) return null;
  if (shape.hostId) return { courtId: shape.hostId };
  if (shape.site !== 'pacer-login') return {};
  // PACER ids of district and bankruptcy courts are the short id plus "C" or "K": IASDC, IASBK.
  const pacerId = shape.pacerId?.toLowerCase();
  if (pacerId && /^[a-z0-9]+(dc|bk)$/.test(pacerId)) return { courtId: pacerId.slice(0, -1) };
  return shape.app?.site === 'cmecf' && shape.app.hostId ? { courtId: shape.app.hostId } : {};
}

interface Stored {
  record?: { status?: unknown; paused?: unknown };
  settings?: { guideEnabled?: unknown; dismissedOffers?: unknown };
}

/** Whether to load the guide for this court: on the checklist and not done, or a possible offer. */
export function worthWaking(courtId: string | undefined, { record, settings }: Stored): boolean {
  if (courtId === undefined) return true;
  if (settings?.guideEnabled === false) return false;
  if (record) return record.status !== 'verified' && record.paused !== true;
  return !(Array.isArray(settings?.dismissedOffers) && settings.dismissedOffers.includes(courtId));
}
