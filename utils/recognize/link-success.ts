import { isFilerMenu } from './cmecf-menu';
import { readMenuBar } from './menu-bar';
import { linkPageText, linkUtilityPage } from './link-page';
import type { Recognised } from './types';
import { LINK_SUCCESS } from './wording';
import { courtAt } from './dom';

/** "Your PACER account has been linked to your CM/ECF account". */
export function recognizeLinkSuccess(doc: Document, url: URL): Recognised<'link-success'> {
  const main = linkUtilityPage(doc, url);
  if (!main || main.querySelector('input[type=password]') || !LINK_SUCCESS.test(linkPageText(main))) return null;
  const menu = readMenuBar(doc);
  // After the refresh the same page carries the filing menus: that is the proof of the link.
  return { kind: 'link-success', menu, filer: Boolean(menu && isFilerMenu(menu, courtAt(url)?.courtId)) };
}
