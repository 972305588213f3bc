import { firstOf, textOf } from './dom';
import { oncePerRecognition } from './reading';
import type { MenuFacts } from './types';

/** How many elements from the top of a page may hold the menu's scripts (250 on the longest real page). */
const SCRIPT_SCAN = 600;

/**
 * The scripts among the first SCRIPT_SCAN elements. Real pages write the menu's script and the
 * PRTYPE cookie above the bar, but one below it must still count: read alone, the bar's filing
 * menus would pass a PACER-only account for a linked filer.
 */
function leadingScripts(doc: Document): HTMLScriptElement[] {
  const walker = doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  const out: HTMLScriptElement[] = [];
  for (let node = walker.nextNode(), n = 0; node && n < SCRIPT_SCAN; node = walker.nextNode(), n++) {
    if ((node as Element).tagName === 'SCRIPT') out.push(node as HTMLScriptElement);
  }
  return out;
}

export const FILING_EVENTS: Record<string, string> = {
  civilevents: 'Civil',
  criminalevents: 'Criminal',
  bankruptcyevents: 'Bankruptcy',
  adversaryevents: 'Adversary',
};

/** The filing menus by the label a bar shows them under, as textOf() reads it ("civil"). */
const MENU_BY_LABEL = new Map(Object.values(FILING_EVENTS).map((menu) => [menu.toLowerCase(), menu]));

/** The CM/ECF menu bar (div#topmenu) and what it says about the signed-in account (read once per recognition). */
export const readMenuBar = oncePerRecognition(readMenuBarOf);

function readMenuBarOf(doc: Document): MenuFacts | null {
  const bar = doc.getElementById('topmenu');
  if (!bar) return null;
  const facts: MenuFacts = { utilities: null, filingMenus: [] };
  for (const a of firstOf(bar.getElementsByTagName('a'), 40)) {
    const href = a.getAttribute('href') ?? '';
    const query = /displaymenu\.pl\?(\w+)/.exec(href.toLowerCase())?.[1];
    const label = textOf(a);
    if (query === 'utilities' || (!query && label === 'utilities')) facts.utilities ??= a as HTMLAnchorElement;
    // Own keys only: a link to DisplayMenu.pl?constructor names no menu.
    const menu = (query && Object.hasOwn(FILING_EVENTS, query) ? FILING_EVENTS[query] : undefined) ?? MENU_BY_LABEL.get(label);
    if (menu && !facts.filingMenus.includes(menu)) facts.filingMenus.push(menu);
  }
  // The menu's scripts come first, in the page's head or just after it. Looking further (or asking
  // for doc.scripts past its last item) would walk the whole of a large docket.
  for (const script of leadingScripts(doc)) {
    const id = /menu\.pl\?id=(-?\d+)/.exec(script.getAttribute('src') ?? '')?.[1];
    if (id !== undefined) facts.menuId = Number(id);
    else if (!script.src && script.text.length < 4000) {
      const prtype = /PRTYPE=(\w+)/.exec(script.text)?.[1];
      if (prtype) facts.prtype = prtype.toLowerCase();
    }
  }
  return facts;
}

