// Where a floating card goes beside the element it points at, and keeping it there.

export interface Rect {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Space between the anchor and the card, and between the card and the viewport's edges. */
const GAP = 12;
const EDGE = 8;

/**
 * Top-left corner (viewport coordinates) for a card of `card` size beside `anchor`: to its right,
 * else above it (what is above is usually done), else to its left, else below; then moved back
 * inside the viewport, so the fields and buttons still to come stay clear when there is room.
 */
export function placeBeside(anchor: Rect, card: Size, viewport: Size): { x: number; y: number } {
  const candidates = [
    { x: anchor.right + GAP, y: anchor.top, fits: anchor.right + GAP + card.width <= viewport.width - EDGE },
    { x: anchor.left, y: anchor.top - GAP - card.height, fits: anchor.top - GAP - card.height >= EDGE },
    { x: anchor.left - GAP - card.width, y: anchor.top, fits: anchor.left - GAP - card.width >= EDGE },
    { x: anchor.left, y: anchor.bottom + GAP, fits: anchor.bottom + GAP + card.height <= viewport.height - EDGE },
  ];
  const chosen = candidates.find((c) => c.fits) ?? candidates[0]!;
  return { x: clamp(chosen.x, EDGE, viewport.width - card.width - EDGE), y: clamp(chosen.y, EDGE, viewport.height - card.height - EDGE) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

/**
 * Keeps a position:fixed `card` beside `anchor` through scrolling, resizing and either element
 * changing size. Positions are read only after the browser's own layout (ResizeObserver's first
 * report, then animation frames), never forcing one: on a 10,000-row docket that costs tens of ms.
 */
export function followAnchor(anchor: Element, card: HTMLElement): () => void {
  let frame = 0;
  const place = () => {
    frame = 0;
    const { x, y } = placeBeside(anchor.getBoundingClientRect(), card.getBoundingClientRect(), { width: window.innerWidth, height: window.innerHeight });
    card.style.left = `${x}px`;
    card.style.top = `${y}px`;
    card.style.visibility = 'visible';
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(place);
  };
  const sizes = new ResizeObserver(place);
  sizes.observe(anchor);
  sizes.observe(card);
  // Capture: a scroll of any scrolling ancestor moves the anchor, not only the window's.
  document.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  return () => {
    sizes.disconnect();
    cancelAnimationFrame(frame);
    document.removeEventListener('scroll', schedule, { capture: true });
    window.removeEventListener('resize', schedule);
  };
}
