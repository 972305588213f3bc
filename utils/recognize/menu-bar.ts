import { firstElements, firstOf, normalize, textOf } from './dom';
import { oncePerRecognition } from './reading';
import type { MenuFacts } from './types';

/** How many elements from the top of a page may hold the menu's scripts (250 on the longest real page). */
const SCRIPT_SCAN = 600;

export const FILING_EVENTS: Record<string, string> = {
  civilevents: 'Civil',
  criminalevents: 'Criminal',
  bankruptcyevents: 'Bankruptcy',
  adversaryevents: 'Adversary',
};

/** The CM/ECF menu bar (div#topmenu) and what it says about the signed-in account (read once per recognition). */
export const readMenuBar = oncePerRecognition(readMenuBarOf);

function readMenuBarOf(doc: Document): MenuFacts | null {
  const bar = doc.getElementById('topmenu');
  if (!bar) return null;
  const facts: MenuFacts = { utilities: null, filingMenus: [] };
  for (const a of firstOf(bar.getElementsByTagName('a'), 40)) {
    const href = a.getAttribute('href') ?? '';
    const query = /DisplayMenu\.pl\?(\w+)/i.exec(href)?.[1]?.toLowerCase();
    const label = textOf(a);
    if (query === 'utilities' || (!query && label === 'utilities')) facts.utilities ??= a as HTMLAnchorElement;
    const menu = (query && FILING_EVENTS[query]) || Object.values(FILING_EVENTS).find((m) => normalize(m) === label);
    if (menu && !facts.filingMenus.includes(menu)) facts.filingMenus.push(menu);
  }
  // The menu's scripts come first, in the page's head or just after it. Looking further (or asking
  // for doc.scripts past its last item) would walk the whole of a large docket.
  const scripts = firstElements(doc, SCRIPT_SCAN).filter((el): el is HTMLScriptElement => el.tagName === 'SCRIPT');
  for (const script of scripts) {
    const id = /menu\.pl\?id=(-?\d+)/.exec(script.getAttribute('src') ?? '')?.[1];
    if (id !== undefined) facts.menuId = Number(id);
    else if (!script.src && script.text.length < 4000) {
      const prtype = /PRTYPE=(\w+)/.exec(script.text)?.[1];
      if (prtype) facts.prtype = prtype.toLowerCase();
    }
  }
  return facts;
}

