// Court websites keep links in navigation drop-downs that open on hover, focus or a click. A link
// inside a closed one is hidden; what the user can act on is the control that opens its menu.
import { isShown } from './dom';

/** How far up from a link its menu's opener may sit (nested drop-downs on court sites are shallow). */
const MENU_DEPTH = 12;

const CONTROL = 'a[href], button, summary, [role=button], [aria-haspopup]';

/** The control a menu item starts with (its own label), unless that control is the link itself. */
function itemControl(item: Element, link: Element): Element | null {
  const first = item.firstElementChild;
  const control = first?.matches(CONTROL) ? first : first?.querySelector(CONTROL);
  return control && !control.contains(link) ? control : null;
}

/** A shown control that says it opens `container` (Bootstrap and USWDS: aria-controls on a button). */
function controlFor(container: Element): Element | null {
  if (!container.id) return null;
  // Compared as words, not put in a selector: a page's id may hold anything, and a selector that
  // does not parse would throw and stop the guide.
  for (const control of container.ownerDocument.querySelectorAll('[aria-controls]')) {
    if (control.getAttribute('aria-controls')!.split(/\s+/).includes(container.id) && isShown(control)) return control;
  }
  return null;
}

/**
 * The visible control that opens the closed menu holding `link`: a `<details>` summary, a button
 * whose aria-controls names a container of the link, or the label of the menu item (`<li>`) whose
 * submenu holds it. Null when the link is shown or nothing visible opens its menu. Bounded: a
 * dozen ancestors, one attribute query each.
 */
export function menuOpenerOf(link: Element | null): HTMLElement | null {
  if (!link || isShown(link, { opacity: true })) return null;
  let node = link.parentElement;
  for (let depth = 0; node && depth < MENU_DEPTH; depth++, node = node.parentElement) {
    const opener =
      (node instanceof HTMLDetailsElement && !node.open ? node.querySelector('summary') : null) ??
      controlFor(node) ??
      (node.tagName === 'LI' ? itemControl(node, link) : null);
    if (opener && isShown(opener)) return opener as HTMLElement;
  }
  return null;
}
