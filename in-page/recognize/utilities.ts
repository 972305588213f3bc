import { courtAt, linksByText, mainContent, pageHeadings } from './dom';
import { readMenuBar } from './menu-bar';
import type { Examples, Recognized } from './types';
import { LINK_UTILITY, NEXTGEN_MENU, UTILITIES } from './wording';

/** How many links of a menu page's main area are read for its items (a court's menu has a few dozen). */
const MENU_ITEMS = 600;

/** A CM/ECF menu page's `wanted` item and the fallbacks before it (see linksByText; its links are all in the main area). */
export function menuItems(doc: Document, wanted: RegExp, ...fallbacks: RegExp[]): (HTMLAnchorElement | null)[] {
  const main = mainContent(doc);
  return main ? linksByText(main, MENU_ITEMS, wanted, ...fallbacks) : [null, ...fallbacks.map(() => null)];
}

function isUtilitiesPage(doc: Document, url: URL): boolean {
  if (/displaymenu\.pl$/i.test(url.pathname) && /^\?utilities(?:&|$)/i.test(url.search)) return true;
  return pageHeadings(doc).some((h) => UTILITIES.test(h));
}

/** /cgi-bin/DisplayMenu.pl?Utilities: holds the link item, or the NextGen Release 1.1 item, or neither. */
export function recognizeUtilities(doc: Document, url: URL): Recognized<'utilities'> {
  if (courtAt(url)?.site !== 'cmecf') return null;
  const menu = readMenuBar(doc);
  if (!menu || !isUtilitiesPage(doc, url)) return null;
  // The NextGen item only matters without the link item: the search stops at the link item.
  const [linkItem, nextGenItem] = menuItems(doc, LINK_UTILITY, NEXTGEN_MENU);
  return { kind: 'utilities', menu, linkItem, nextGenItem };
}

const LINK_ITEM = { text: 'link a cm/ecf account to my pacer account' };
const NEXTGEN_ITEM = { text: 'nextgen release 1.1 menu items' };

export const EXAMPLES = {
  utilities: [
    {
      practice: 'Utilities with the link item',
      url: 'http://ecf.iasb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
      facts: { linkItem: LINK_ITEM, nextGenItem: null },
    },
    {
      practice: 'Utilities with the NextGen item',
      url: 'http://ecf.iasb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
      facts: { linkItem: null, nextGenItem: NEXTGEN_ITEM },
    },
    {
      handmade: 'mdd-utilities-your-account.html',
      url: 'https://ecf.mdd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&id=-1',
      facts: { linkItem: { text: 'link a cm/ecf account to my pacer account' }, nextGenItem: null },
    },
    {
      handmade: 'ianb-utilities-your-accounts.html',
      url: 'https://ecf.ianb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&id=-1',
      facts: { linkItem: { text: 'link a cm/ecf account to my pacer account' }, nextGenItem: null },
    },
    {
      practice: 'Utilities, link item under "YOUR ACCOUNT"',
      url: 'http://ecf.iasb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
      facts: { linkItem: { text: 'link a cm/ecf account to my pacer account' } },
    },
    { practice: 'Utilities with neither', url: 'http://ecf.iasb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities', facts: { linkItem: null, nextGenItem: null } },
  ],
} satisfies Examples;
