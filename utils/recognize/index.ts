import { courtById } from '../courts/catalog';
import { recognizeCmecfLanding } from './cmecf-landing';
import { recognizeCmecfFiler, recognizeCmecfPacerOnly } from './cmecf-menu';
import { recognizeCourtWebsite } from './court-website';
import { courtAt } from './dom';
import { recognizeLinkConfirm } from './link-confirm';
import { recognizeLinkError } from './link-error';
import { recognizeLinkForm } from './link-form';
import { recognizeLinkSuccess } from './link-success';
import { recognizeNextGenMenu } from './nextgen-menu';
import { recognizePacerAccount } from './pacer-account';
import { recognizePacerLogin } from './pacer-login';
import { inOneRecognition } from './reading';
import { recognizeRedactionAgreement } from './redaction-agreement';
import { recognizeUtilities } from './utilities';
import type { Page, PageKind, Recognised } from './types';

export type { MenuFacts, Page, PageKind, PageOf } from './types';

type Recogniser = (doc: Document, url: URL) => Recognised<PageKind>;

/** Every recogniser by the kind it recognises; most specific first within a site. */
export const RECOGNISERS: Record<Exclude<PageKind, 'unknown'>, Recogniser> = {
  'court-website': recognizeCourtWebsite,
  'cmecf-landing': recognizeCmecfLanding,
  'redaction-agreement': recognizeRedactionAgreement,
  'pacer-login': recognizePacerLogin,
  'pacer-account': recognizePacerAccount,
  'link-error': recognizeLinkError,
  'link-form': recognizeLinkForm,
  'link-confirm': recognizeLinkConfirm,
  'link-success': recognizeLinkSuccess,
  utilities: recognizeUtilities,
  'nextgen-menu': recognizeNextGenMenu,
  'cmecf-filer': recognizeCmecfFiler,
  'cmecf-pacer-only': recognizeCmecfPacerOnly,
};

/** What page is this? Pure: reads the document, writes nothing. */
export function recognize(doc: Document, location: string | URL): Page {
  return inOneRecognition(() => recognizeOnce(doc, location));
}

function recognizeOnce(doc: Document, location: string | URL): Page {
  const url = parseUrl(location);
  // courtAt() here and in the recognisers is one reading of the address for the whole recognition.
  const where = url && courtAt(url);
  const base = { url: where, court: where?.known ? courtById(where.courtId) : undefined };
  if (!url || !where) return { ...base, kind: 'unknown' };
  for (const recogniser of Object.values(RECOGNISERS)) {
    const facts = recogniser(doc, url);
    if (facts) return { ...base, ...facts } as Page;
  }
  return { ...base, kind: 'unknown' };
}

function parseUrl(location: string | URL): URL | null {
  try {
    return new URL(String(location));
  } catch {
    return null;
  }
}
