// Marks the one element the user should act on: an attribute plus a page-level style rule.
const STYLE_ID = 'cmecf-link-guide-highlight';
const ATTRIBUTE = 'data-link-guide-target';
const CSS = `[${ATTRIBUTE}]{outline:3px solid #f6be00 !important;outline-offset:2px !important;box-shadow:0 0 0 6px rgba(246,190,0,.35) !important;}
@media (forced-colors: active){[${ATTRIBUTE}]{outline:3px solid Highlight !important;}}`;

let scrolledTo: Element | null = null;

export function highlight(target: Element, label: string): void {
  for (const other of Array.from(document.querySelectorAll(`[${ATTRIBUTE}]`))) if (other !== target) other.removeAttribute(ATTRIBUTE);
  target.setAttribute(ATTRIBUTE, label);
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    (document.head ?? document.documentElement).append(style);
  }
  if (scrolledTo !== target) {
    scrolledTo = target;
    const box = target.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      target.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    }
  }
}

export function clearHighlight(): void {
  for (const el of Array.from(document.querySelectorAll(`[${ATTRIBUTE}]`))) el.removeAttribute(ATTRIBUTE);
  document.getElementById(STYLE_ID)?.remove();
}
