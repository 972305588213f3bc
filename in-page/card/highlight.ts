// Marks the one element the user should act on: a public attribute plus an outline set inline on
// that element only. A page-wide style rule would restyle a 10,000-row docket; this restyles one node.
const ATTRIBUTE = 'data-link-guide-target';
/**
 * Two rings, so that one of them stands out at 3:1 or more whatever the page's colours (WCAG
 * 1.4.11): a dark one that shows on light pages, around a light one that shows on dark pages (a dark
 * scheme, Dark Reader). The outline sits beyond its offset; the shadow fills the gap next to the element.
 */
export const HIGHLIGHT_RINGS = { outer: '#0b2a4a', inner: '#ffd43b' } as const;
const STYLE: Record<string, string> = {
  outline: `3px solid ${HIGHLIGHT_RINGS.outer}`,
  'outline-offset': '2px',
  'box-shadow': `0 0 0 2px ${HIGHLIGHT_RINGS.inner}`,
};

let current: { el: HTMLElement; saved: Record<string, [string, string]> } | null = null;
let scrolledTo: Element | null = null;

export function highlight(target: Element, label: string): void {
  const el = target as HTMLElement;
  if (current?.el !== el) {
    clearHighlight();
    const saved: Record<string, [string, string]> = {};
    // In forced-colours mode the outline is drawn in a system colour, so it stays visible.
    for (const [name, value] of Object.entries(STYLE)) {
      saved[name] = [el.style.getPropertyValue(name), el.style.getPropertyPriority(name)];
      el.style.setProperty(name, value, 'important');
    }
    current = { el, saved };
  }
  el.setAttribute(ATTRIBUTE, label);
}

/**
 * Removes highlights left by an earlier copy of this script (the extension was reloaded or updated
 * while the page stayed open): that copy's saved styles are gone with it, so ours are simply removed.
 */
export function clearStaleHighlights(doc: Document): void {
  for (const el of doc.querySelectorAll<HTMLElement>(`[${ATTRIBUTE}]`)) {
    if (el === current?.el) continue;
    for (const name of Object.keys(STYLE)) el.style.removeProperty(name);
    el.removeAttribute(ATTRIBUTE);
  }
}

/** Scrolls the target into view once, if it is off screen. Call after layout (see afterLayout). */
export function revealOnce(target: Element): void {
  if (scrolledTo === target) return;
  scrolledTo = target;
  const box = target.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) {
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  }
}

export function clearHighlight(): void {
  if (!current) return;
  const { el, saved } = current;
  for (const [name, [value, priority]] of Object.entries(saved)) {
    if (value) el.style.setProperty(name, value, priority);
    else el.style.removeProperty(name);
  }
  el.removeAttribute(ATTRIBUTE);
  current = null;
}

/**
 * Runs `fn` after the browser's own next layout, so that measuring (getBoundingClientRect) reads a
 * clean layout instead of forcing one: on large court pages a forced layout costs tens of ms.
 */
export function afterLayout(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
