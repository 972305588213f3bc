import { firstOf, HTML_NS, textOf } from './dom';
import { oncePerRecognition } from './reading';
import type { MenuFacts } from './types';

/** How many of each kind of script are read: a CM/ECF page has a handful. */
const SCRIPTS_READ = 30;

/**
 * The first SCRIPTS_READ scripts matching `selector`, in document order. The browser's selector
 * engine finds them, running no script per element; and wherever they are: real pages write the
 * menu's script and the PRTYPE cookie above the bar, but one below it must still count (read
 * alone, the bar's filing menus would pass a PACER-only account for a linked filer).
 */
const scripts = (doc: Document, selector: string) =>
  firstOf(doc.querySelectorAll<HTMLScriptElement>(selector), SCRIPTS_READ).filter((script) => script.namespaceURI === HTML_NS);

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
  // The last of each counts, as the browser would run them.
  for (const script of scripts(doc, 'script[src*="menu.pl?id="]')) {
    const id = /menu\.pl\?id=(-?\d+)/.exec(script.getAttribute('src')!)?.[1];
    if (id !== undefined) facts.menuId = Number(id);
  }
  for (const script of scripts(doc, 'script:not([src])')) {
    const prtype = script.text.length < 4000 ? /PRTYPE=(\w+)/.exec(script.text)?.[1] : undefined;
    if (prtype) facts.prtype = prtype.toLowerCase();
  }
  return facts;
}
