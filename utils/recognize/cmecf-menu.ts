import { courtById, filingMenusFor } from '../courts/catalog';
import { courtAt } from './dom';
import { linkUtilityPage } from './link-page';
import { FILING_EVENTS, readMenuBar } from './menu-bar';
import { isNextGenMenuPage } from './nextgen-menu';
import type { MenuFacts, Recognised } from './types';
import { isUtilitiesPage } from './utilities';

/**
 * A signed-in account is a linked filer only when the bar carries this court's filing menus and no
 * other signal contradicts it (menu.pl?id=-1 and PRTYPE=web are what PACER-only pages send).
 */
export function isFilerMenu(menu: MenuFacts, courtId: string | undefined): boolean {
  const court = courtById(courtId);
  const expected = court ? filingMenusFor(court.kind) : Object.values(FILING_EVENTS);
  const hasFiling = menu.filingMenus.some((m) => expected.includes(m));
  return hasFiling && menu.menuId !== -1 && menu.prtype !== 'web';
}

function recognizeMenuPage(doc: Document, url: URL, filer: boolean) {
  const where = courtAt(url);
  if (where?.site !== 'cmecf') return null;
  const menu = readMenuBar(doc);
  if (!menu || isFilerMenu(menu, where.courtId) !== filer) return null;
  // Menu pages with a step of their own are recognised by their own recognisers.
  return isUtilitiesPage(doc, url) || isNextGenMenuPage(doc) || linkUtilityPage(doc, url) ? null : menu;
}

/** Any CM/ECF page whose menu bar shows the filing menus: the account is linked. */
export function recognizeCmecfFiler(doc: Document, url: URL): Recognised<'cmecf-filer'> {
  const menu = recognizeMenuPage(doc, url, true);
  return menu ? { kind: 'cmecf-filer', menu } : null;
}

/** Any CM/ECF page with the PACER-only menu bar (Query, Reports, Utilities, Search, Log Out). */
export function recognizeCmecfPacerOnly(doc: Document, url: URL): Recognised<'cmecf-pacer-only'> {
  const menu = recognizeMenuPage(doc, url, false);
  return menu ? { kind: 'cmecf-pacer-only', menu } : null;
}
