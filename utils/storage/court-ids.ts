import { courtById, courtByPacerId, isServed } from '../courts/catalog';
import { COURT_FAMILIES } from '../courts/families';
import { foldCourtId } from './schema';

/**
 * The catalog's id for a court id as people write it ("IASB", "iasb ", PACER's "IASBK"), if it is a
 * court the guide serves: a court it never guides (an appellate court) would sit on the checklist
 * unguided, and, put there by a firm's policy, could not be removed.
 */
export function servedCourtId(written: string): string | undefined {
  const folded = foldCourtId(written);
  const court = courtById(folded) ?? courtByPacerId(folded);
  return court && isServed(court) ? court.id : undefined;
}

/** The families the guide serves, in words: "district and bankruptcy courts". */
const SERVED = Object.values(COURT_FAMILIES)
  .filter((family) => family.served)
  .map((family) => family.plural.replace(/ courts$/, ''))
  .join(' and ');

/**
 * Why a court id as people write it is not one the guide serves: a court the catalog knows but
 * never guides is named as such, anything else is not a court this version knows.
 */
export function notServedReason(written: string): string {
  const folded = foldCourtId(written);
  const court = courtById(folded) ?? courtByPacerId(folded);
  if (!court) return 'not a court this version knows';
  return `${court.name}: this version does not guide ${COURT_FAMILIES[court.kind].plural} (only ${SERVED} courts)`;
}
