import { courtById, courtByPacerId } from './catalog';
import { pacerLoginCourtId, type Site, urlShape } from './url-shape';

export interface UrlFacts {
  site: Site;
  /** Short court id (`iasb`) when the URL names one; absent when it names none. */
  courtId?: string;
  /** False when the URL names a court id that is not in the catalog: reported, never guessed. */
  known: boolean;
  /** ecf-train.* and train-login.*: the courts' training databases. */
  training: boolean;
}

/**
 * Which court and which part of the courts' web a URL is. Null for anything that is not a
 * uscourts.gov page this guide knows (look-alike hosts, other schemes, national sites).
 */
export function courtFromUrl(input: string | URL): UrlFacts | null {
  const shape = urlShape(input);
  if (!shape) return null;
  const { site, training } = shape;
  if (shape.hostId) return { site, courtId: shape.hostId, known: Boolean(courtById(shape.hostId)), training };
  if (site !== 'pacer-login') return { site, known: false, training };
  // A PACER id the catalog lists names its court (appellate and national ones too); any other is
  // read as the gate reads it.
  const courtId = courtByPacerId(shape.pacerId)?.id ?? pacerLoginCourtId(shape);
  return courtId ? { site, courtId, known: Boolean(courtById(courtId)), training } : { site, known: false, training };
}
