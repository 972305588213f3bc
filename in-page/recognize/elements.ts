// Small DOM helpers with no dependencies, shared by the recognisers (through dom.ts) and the guard
// on the permanent link, which runs on every CM/ECF page and must not carry the court catalog.

/** The main content area of a CM/ECF page, or the body. */
export function mainContent(doc: Document): Element | null {
  return doc.getElementById('cmecfMainContent') ?? doc.body;
}

/**
 * Hidden by attribute or aria-hidden on itself or an ancestor, or by CSS. `opacity`: a fully
 * transparent element counts as hidden too (drop-down menus often fade). The ancestors are searched
 * by selector, not walked: walking them would touch the interface of every kind of element above the
 * target, each a cost on the page's first use of it.
 */
export function isShown(el: Element | null | undefined, { opacity = false } = {}): boolean {
  if (!el || el.closest('[hidden], [aria-hidden="true"]')) return false;
  const check = (el as HTMLElement).checkVisibility;
  // Layout-aware when the browser offers it: stylesheet rules (class="ui-helper-hidden") and inline styles, on any ancestor.
  // Both names of each option: Chrome 105–120 knows only checkVisibilityCSS and checkOpacity.
  if (typeof check === 'function' && el.ownerDocument.defaultView) {
    return check.call(el, { visibilityProperty: true, checkVisibilityCSS: true, opacityProperty: opacity, checkOpacity: opacity });
  }
  // A DOM without CSS: inline styles only.
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = (node as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden' || (opacity && style.opacity === '0'))) return false;
  }
  return true;
}

/** A button or input that submits its form. */
export function isSubmitControl(el: Element): el is HTMLButtonElement | HTMLInputElement {
  return (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) && (el.type === 'submit' || el.type === 'image') && el.form !== null;
}
