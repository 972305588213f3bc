// Small DOM helpers for the recognisers. Every scan here is bounded: the content script runs on
// dockets with tens of thousands of elements, so nothing walks a whole document.
import { courtFromUrl } from '../../utils/courts/url';
import { normalize } from '../../utils/text';
import { oncePerRecognition } from './reading';

/** Which court and part of the courts' web the address is (read once per recognition). */
export const courtAt = oncePerRecognition((url: URL) => courtFromUrl(url));

/** The namespace of HTML elements: selectors also match SVG's and MathML's <a> and <script>. */
export const HTML_NS = 'http://www.w3.org/1999/xhtml';

export { normalize } from '../../utils/text';
export { isShown, mainContent } from './elements';
import { isShown, isSubmitControl, mainContent } from './elements';

/** At most this many child elements, none with children of its own: an element short enough to read whole. */
const SHALLOW_CHILDREN = 8;

/**
 * An element's text, read only up to `limit` characters: old court pages wrap whole dockets in one
 * <FONT> or <B>, and reading such an element's textContent would read the entire page.
 */
export function textOf(el: Element | null | undefined, limit = 400): string {
  if (!el) return '';
  // Most elements read here (links, cells, labels, headings) hold text and a few inline elements
  // (<u>Q</u>uery, a <br>): their text is short, so read it whole, without a walker (which would cost
  // every court page the first use of the walker's and text nodes' interfaces). Counted and searched
  // by the browser, so that no child is wrapped for script; a <FONT> of a thousand lines is walked.
  if (!el.firstElementChild || (el.childElementCount <= SHALLOW_CHILDREN && !el.querySelector(':scope > * > *'))) {
    const text = el.textContent ?? '';
    return normalize(text.length > limit ? text.slice(0, limit) : text);
  }
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length <= limit; node = walker.nextNode()) text += (node as Text).data;
  return normalize(text.length > limit ? text.slice(0, limit) : text);
}

/** A live collection or a NodeList, read through item(): see firstOf(). */
interface Items<T> {
  item(index: number): T | null;
}

/**
 * The first `limit` items of a live collection (or a NodeList), without asking for its length or
 * copying it whole (for a live one, either walks everything under its root). Through item(), not
 * `collection[i]`: Chromium's indexed getter counts the whole collection first (0.4–0.5 ms on
 * 10,000 links, where item() took under 0.1). Reading past its last item walks the rest of the root
 * too, so use it on small roots (the menu bar) or pages that are short when it runs (landing, court
 * website); for the top of a large page use firstElements().
 */
export function firstOf<T extends Element>(collection: Items<T>, limit: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < limit; i++) {
    const item = collection.item(i);
    if (!item) break;
    out.push(item);
  }
  return out;
}

/**
 * The first `limit` elements under `root`, in document order. A tree walker, not
 * getElementsByTagName('*'): Chromium's first indexed read of that collection costs 3–8 ms on a
 * 10,000-entry docket, the walker 0.1 ms.
 */
export function firstElements(root: Element | Document, limit: number): Element[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  const out: Element[] = [];
  for (let node = walker.nextNode(); node && out.length < limit; node = walker.nextNode()) out.push(node as Element);
  return out;
}

/** The first of the first `limit` elements under `root` whose tag is one of `tags` and whose text matches. */
export function findByText<T extends Element = Element>(root: Element | Document, tags: string, pattern: RegExp, limit = 400): T | null {
  const list = root.querySelectorAll(tags);
  for (let i = 0; i < list.length && i < limit; i++) if (pattern.test(textOf(list[i]))) return list[i] as T;
  return null;
}

/**
 * The first of the first `limit` links under `root` whose text matches `wanted`, and, for each of
 * the `fallbacks`, the first link matching it before that one (they only matter without it). One
 * pass, over a live collection read item by item and only until `wanted` is found: querySelectorAll
 * would collect every link of a 10,000-item page first, and copying the first `limit` would read
 * hundreds past it.
 */
export function linksByText(root: Element, limit: number, wanted: RegExp, ...fallbacks: RegExp[]): (HTMLAnchorElement | null)[] {
  const found: (HTMLAnchorElement | null)[] = [null, ...fallbacks.map(() => null)];
  const patterns = [wanted, ...fallbacks];
  const links = root.getElementsByTagName('a');
  for (let i = 0; i < limit; i++) {
    // item(), not links[i]: see firstOf().
    const a = links.item(i);
    if (!a) break;
    const text = textOf(a);
    patterns.forEach((pattern, which) => {
      if (!found[which] && pattern.test(text)) found[which] = a;
    });
    if (found[0]) break;
  }
  return found;
}

/** The elements CM/ECF pages write their titles in (tag names as HTML documents report them). */
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'B', 'STRONG', 'CAPTION', 'LEGEND', 'FONT']);

/** Headings near the top of `root`: the page's own title lives there on CM/ECF pages. */
function leadingHeadings(root: Element | null, limit = 120): string[] {
  if (!root) return [];
  return firstElements(root, limit)
    .filter((el) => HEADING_TAGS.has(el.tagName.toUpperCase()))
    .map((el) => textOf(el))
    .filter(Boolean);
}

/** The headings atop the page's main area, where CM/ECF pages carry their title (read once per recognition). */
export const pageHeadings = oncePerRecognition((doc: Document) => leadingHeadings(mainContent(doc), 60));

/** An anchor's target as a URL, or null when it has none or it does not parse. */
export function hrefOf(a: Element, base: URL): URL | null {
  const href = a.getAttribute('href');
  if (!href || href.trimStart().toLowerCase().startsWith('javascript:')) return null;
  try {
    return new URL(href.trim(), base);
  } catch {
    return null;
  }
}

/** Buttons, submit and button inputs, and links: the controls a prompt offers. */
export const CONTROLS = 'button, input[type=submit], input[type=button], a';

/** A control's words: a submit or button input's label (its value: never a field a user types into), else its text. */
export const controlLabel = (el: HTMLElement) =>
  el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button') ? normalize(el.value) : textOf(el);

/**
 * A clickable element in `root` whose text or value matches: buttons, submits and links. With
 * `submitFirst`, a control that submits a form wins over a link or plain button of the same words
 * (on the confirm page the form's own Submit is what posts the link).
 */
export function findControl(root: Element | Document, pattern: RegExp, submitFirst = false): HTMLElement | null {
  const list = root.querySelectorAll(CONTROLS);
  let fallback: HTMLElement | null = null;
  for (let i = 0; i < list.length && i < 200; i++) {
    const el = list[i] as HTMLElement;
    const label = controlLabel(el);
    if (!pattern.test(label) || !isShown(el)) continue;
    if (!submitFirst || isSubmitControl(el)) return el;
    fallback ??= el;
  }
  return fallback;
}
