import { courtAt, findByText, mainContent, pageHeadings } from './dom';
import { readMenuBar } from './menu-bar';
import type { Recognised } from './types';
import { LINK_UTILITY, NEXTGEN_MENU, UTILITIES } from './wording';

/** Menu items on a CM/ECF menu page (the page is short; its links are all in the main area). */
export function menuItem(doc: Document, pattern: RegExp): HTMLAnchorElement | null {
  const main = mainContent(doc);
  return main ? findByText<HTMLAnchorElement>(main, 'a', pattern, 600)[0] ?? null : null;
}

export function isUtilitiesPage(doc: Document, url: URL): boolean {
  if (/displaymenu\.pl$/i.test(url.pathname) && /^\?utilities(?:&|$)/i.test(url.search)) return true;
  return pageHeadings(doc).some((h) => UTILITIES.test(h));
}

/** /cgi-bin/DisplayMenu.pl?Utilities: holds the link item, or the NextGen Release 1.1 item, or neither. */
export function recognizeUtilities(doc: Document, url: URL): Recognised<'utilities'> {
  if (courtAt(url)?.site !== 'cmecf') return null;
  const menu = readMenuBar(doc);
  if (!menu || !isUtilitiesPage(doc, url)) return null;
  return { kind: 'utilities', menu, linkItem: menuItem(doc, LINK_UTILITY), nextGenItem: menuItem(doc, NEXTGEN_MENU) };
}
