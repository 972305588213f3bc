import { courtAt, pageHeadings } from './dom';
import { readMenuBar } from './menu-bar';
import { menuItem } from './utilities';
import type { Recognised } from './types';
import { LINK_UTILITY, NEXTGEN_MENU } from './wording';

export function isNextGenMenuPage(doc: Document): boolean {
  return pageHeadings(doc).some((h) => NEXTGEN_MENU.test(h));
}

/** The "NextGen Release 1.1 Menu Items" page some courts put the link item on. */
export function recognizeNextGenMenu(doc: Document, url: URL): Recognised<'nextgen-menu'> {
  if (courtAt(url)?.site !== 'cmecf') return null;
  const menu = readMenuBar(doc);
  if (!menu || !isNextGenMenuPage(doc)) return null;
  return { kind: 'nextgen-menu', menu, linkItem: menuItem(doc, LINK_UTILITY) };
}
