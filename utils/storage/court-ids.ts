import { courtById, courtByPacerId, isServed } from '../courts/catalog';
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
