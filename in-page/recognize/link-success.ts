import { isFilerMenu } from './cmecf-menu';
import { courtAt } from './dom';
import { linkPageText, linkUtilityPage } from './link-page';
import { readMenuBar } from './menu-bar';
import type { Examples, Recognized } from './types';
import { LINK_SUCCESS } from './wording';

/** "Your PACER account has been linked to your CM/ECF account". */
export function recognizeLinkSuccess(doc: Document, url: URL): Recognized<'link-success'> {
  const main = linkUtilityPage(doc, url);
  if (!main || !LINK_SUCCESS.test(linkPageText(main))) return null;
  const menu = readMenuBar(doc);
  // After the refresh the same page carries the filing menus: that is the proof of the link.
  return { kind: 'link-success', menu, filer: Boolean(menu && isFilerMenu(menu, courtAt(url)?.courtId)) };
}

export const EXAMPLES = {
  'link-success': [
    { practice: 'link success', url: 'http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl?linked=1', facts: { filer: false } },
    // "You have successfully linked your account." (Southern District of Iowa's guide, STEP 6)
    { handmade: 'iasd-link-success-you-have-linked.html', url: 'https://ecf.iasd.uscourts.gov/cgi-bin/LinkAccount.pl', facts: { filer: false } },
  ],
} satisfies Examples;
