import { courtAt, pageHeadings } from './dom';
import { readMenuBar } from './menu-bar';
import { menuItems } from './utilities';
import type { Examples, Recognized } from './types';
import { LINK_UTILITY, NEXTGEN_MENU } from './wording';

/** The "NextGen Release 1.1 Menu Items" page some courts put the link item on. */
export function recognizeNextGenMenu(doc: Document, url: URL): Recognized<'nextgen-menu'> {
  if (courtAt(url)?.site !== 'cmecf') return null;
  const menu = readMenuBar(doc);
  if (!menu || !pageHeadings(doc).some((h) => NEXTGEN_MENU.test(h))) return null;
  return { kind: 'nextgen-menu', menu, linkItem: menuItems(doc, LINK_UTILITY)[0] };
}

export const EXAMPLES = {
  'nextgen-menu': [
    {
      practice: 'NextGen Release 1.1 Menu Items',
      url: 'http://ecf.iasb.uscourts.gov/cgi-bin/DisplayMenu.pl?NextGenMenuItems',
      facts: { linkItem: { text: 'link a cm/ecf account to my pacer account' } },
    },
  ],
} satisfies Examples;
