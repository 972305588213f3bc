import { courtById, courtByPacerId } from '../courts/catalog';
import { foldCourtId } from './schema';

/** The catalog's id for a court id as people write it ("IASB", "iasb ", PACER's "IASBK"), if known. */
export function knownCourtId(written: string): string | undefined {
  const folded = foldCourtId(written);
  return (courtById(folded) ?? courtByPacerId(folded))?.id;
}
