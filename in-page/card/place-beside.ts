// Where a floating card goes beside the elements it points at, and keeping it there. Hand-written
// rather than @floating-ui/dom: it runs on court pages where every kilobyte is compiled on each load,
// and the card needs only this (docs/how-it-works.md, "Where the hint card sits").

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

/** Viewport coordinates of the card's top-left corner; `maxHeight`: the card must shrink (and scroll) to it. */
export interface Placement {
  x: number;
  y: number;
  maxHeight?: number;
}

/** Space between the anchor and the card, and between the card and the viewport's edges. */
const GAP = 12;
const EDGE = 8;
/** A card shrunk below this is no longer worth reading beside its anchor. */
const MIN_HEIGHT = 120;

/** The sides of `anchor` the card can take, in order of preference, with the room each leaves. */
function sides(anchor: Rect, card: Size, viewport: Size) {
  return [
    { x: anchor.right + GAP, y: anchor.top, room: viewport.width - EDGE - anchor.right - GAP, need: card.width, vertical: false },
    // Above: what is above is usually done, so the fields and buttons still to come stay clear.
    { x: anchor.left, y: anchor.top - GAP - card.height, room: anchor.top - GAP - EDGE, need: card.height, vertical: true },
    { x: anchor.left - GAP - card.width, y: anchor.top, room: anchor.left - GAP - EDGE, need: card.width, vertical: false },
    { x: anchor.left, y: anchor.bottom + GAP, room: viewport.height - EDGE - anchor.bottom - GAP, need: card.height, vertical: true },
  ];
}

/**
 * Whether `outer` holds the middle of `inner`: a field may stick out of its dialog by a few pixels
 * and the dialog still holds it; a holder that does not (a form parsed empty) is no guide.
 */
const holds = (outer: Rect, inner: Rect) => {
  const x = (inner.left + inner.right) / 2;
  const y = (inner.top + inner.bottom) / 2;
  return outer.left <= x && x <= outer.right && outer.top <= y && y <= outer.bottom;
};

/**
 * Beside `anchor`: on the first side that holds the card whole, else (shrunk to scroll) on the
 * roomiest side above or below that holds at least MIN_HEIGHT; null when neither.
 */
function besideOne(anchor: Rect, card: Size, viewport: Size): Placement | null {
  const all = sides(anchor, card, viewport);
  const whole = all.find((side) => side.room >= side.need);
  if (whole) return inside(whole, card, viewport);
  const roomiest = all.filter((side) => side.vertical).sort((a, b) => b.room - a.room)[0]!;
  if (roomiest.room < MIN_HEIGHT) return null;
  const above = roomiest === all[1];
  const shrunk = { ...roomiest, y: above ? anchor.top - GAP - roomiest.room : roomiest.y };
  return { ...inside(shrunk, { ...card, height: roomiest.room }, viewport), maxHeight: roomiest.room };
}

/** Moved along the free axis back inside the viewport (the side already keeps it off the anchor), and never taller than it. */
function inside(at: { x: number; y: number }, card: Size, viewport: Size): Placement {
  const maxHeight = Math.min(card.height, viewport.height - 2 * EDGE);
  const placed = { x: clamp(at.x, EDGE, viewport.width - card.width - EDGE), y: clamp(at.y, EDGE, viewport.height - maxHeight - EDGE) };
  return maxHeight < card.height ? { ...placed, maxHeight } : placed;
}

/**
 * Where the card goes, `anchors` in order of preference (the dialog or form that holds the target,
 * then the target itself, last): beside the first one it fits beside, whole or shrunk, so that a
 * shorter card beside the dialog wins over a whole one beside the field, over the dialog's buttons;
 * else, covering something, in the corner away from the target.
 */
export function placeBeside(anchors: Rect[], card: Size, viewport: Size): Placement {
  const target = anchors[anchors.length - 1];
  for (const anchor of anchors) {
    if (target && anchor !== target && !holds(anchor, target)) continue;
    const placed = besideOne(anchor, card, viewport);
    if (placed) return placed;
  }
  const right = !target || target.left + target.right < viewport.width;
  const below = !target || target.top + target.bottom < viewport.height;
  return inside({ x: right ? viewport.width : 0, y: below ? viewport.height : 0 }, card, viewport);
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

/**
 * The viewport without its scrollbars: `innerWidth` counts a classic scrollbar, and a card placed
 * under it is cut off. In quirks mode (older court pages) the body reports the viewport.
 */
export function viewportSize(doc: Document): Size {
  const root = doc.compatMode === 'BackCompat' && doc.body ? doc.body : doc.documentElement;
  return { width: root.clientWidth, height: root.clientHeight };
}

/**
 * Keeps a position:fixed `card` beside the first of `anchors` it fits beside, through scrolling,
 * resizing and any of them changing size. While the last anchor (the element the user acts on) is
 * out of view, scrolled away or clipped by a scrolling box, `onAway(true)` lets the card dock instead
 * of pointing at nothing. Positions are read in ResizeObserver's reports, where the browser has
 * just laid the page out, and in the animation frames that scrolling and resizing schedule: never
 * in the middle of the guide's own work, where forcing a layout of a 10,000-row page costs tens of ms.
 */
export function followAnchors(anchors: Element[], card: HTMLElement, onAway: (away: boolean) => void): () => void {
  let frame = 0;
  let away = false;
  let shrunk = false;
  /** Where the card goes now: read only where the page is laid out already (see below). */
  const measure = () => {
    const box = card.getBoundingClientRect();
    // `left`/`top` count from the card's containing block, which is not the viewport when the page
    // puts a transform (or filter) on <html> or <body>: measure where left:0 lands, and its scale.
    const scale = box.width / (card.offsetWidth || box.width || 1) || 1;
    const originX = box.left - parseFloat(card.style.left || '0') * scale;
    const originY = box.top - parseFloat(card.style.top || '0') * scale;
    const rects = anchors.map((anchor) => anchor.getBoundingClientRect());
    // Its whole height, even while shrunk to fit (then it scrolls): borders plus what it holds.
    const height = (card.scrollHeight + card.offsetHeight - card.clientHeight) * scale || box.height;
    const { x, y, maxHeight } = placeBeside(rects, { width: box.width, height }, viewportSize(document));
    return { left: `${(x - originX) / scale}px`, top: `${(y - originY) / scale}px`, maxHeight: maxHeight ? `${maxHeight / scale}px` : '' };
  };
  const apply = ({ left, top, maxHeight }: ReturnType<typeof measure>) => {
    card.style.maxHeight = maxHeight;
    card.style.left = left;
    card.style.top = top;
    card.style.visibility = 'visible';
    // Just shrunk to scroll: bring what asks for an answer (the hold, the preview) into sight inside
    // it, once; later placements leave the user's own scrolling of the card (to the warnings) alone.
    if (maxHeight && !shrunk) card.querySelector('.hold, .preview')?.scrollIntoView({ block: 'nearest' });
    shrunk = Boolean(maxHeight);
  };
  const place = () => {
    frame = 0;
    if (!away) apply(measure());
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(place);
  };
  // ResizeObserver reports once the browser has laid the page out, so positions read there cost
  // nothing, where an animation frame may have to lay the page out again first. The card moves
  // there at once; only a change of its own height waits for the next frame: resizing it inside the
  // report is what Chromium reports to the page as an error ("ResizeObserver loop").
  const onResize = () => {
    if (away) return;
    const at = measure();
    if (at.maxHeight === card.style.maxHeight) apply(at);
    else schedule();
  };
  const sizes = new ResizeObserver(onResize);
  for (const anchor of anchors) sizes.observe(anchor);
  sizes.observe(card);
  const target = anchors[anchors.length - 1];
  // Reports when the target leaves or enters the viewport, clipping by scrolling boxes included.
  const seen = new IntersectionObserver((entries) => {
    const now = !entries[entries.length - 1]!.isIntersecting;
    if (now === away) return;
    away = now;
    onAway(away);
    if (!away) schedule();
  });
  if (target) seen.observe(target);
  // Capture: a scroll of any scrolling ancestor moves the anchor, not only the window's.
  document.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  return () => {
    sizes.disconnect();
    seen.disconnect();
    cancelAnimationFrame(frame);
    document.removeEventListener('scroll', schedule, { capture: true });
    window.removeEventListener('resize', schedule);
  };
}
