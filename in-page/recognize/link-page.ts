import { courtAt, firstElements, mainContent, pageHeadings, textOf } from './dom';
import { LINK_UTILITY } from './wording';

/**
 * The link utility's own pages (form, confirm, success, error) are titled with the utility's name.
 * Returns their main area, or null. The title check comes first and is bounded, so the text of a
 * long page is never read.
 */
export function linkUtilityPage(doc: Document, url: URL): Element | null {
  if (courtAt(url)?.site !== 'cmecf') return null;
  const main = mainContent(doc);
  // "pacer account" first: a plain search spares most pages their first regular expression.
  return pageHeadings(doc).some((h) => h.includes('pacer account') && LINK_UTILITY.test(h)) ? main : null;
}

/** Text of the link page's main area (the page is short; read at most a few thousand characters). */
export function linkPageText(main: Element): string {
  return textOf(main, 6000);
}

/** Short messages (paragraphs, cells, font/div blocks) in the link page, for the error wording. */
export function linkPageMessages(main: Element): Element[] {
  return firstElements(main, 300).filter((el) => /^(P|TD|DIV|FONT|SPAN|LI|B|STRONG)$/.test(el.tagName) && el.children.length <= 3);
}
