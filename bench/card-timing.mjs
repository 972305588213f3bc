// Time to the card, reported in both browsers (no budget): from DOMContentLoaded to the first frame
// in which the hint card is visible, and to the guard's hold shown on the card's host (data-hold).

/**
 * Runs in the page's own world from its first line (Playwright's addInitScript, Puppeteer's
 * evaluateOnNewDocument): records the times in `window.__cardTiming`, with a frame loop that reads
 * the card only once its host is there.
 */
export function recordCardTiming() {
  const t = { dcl: -1, card: -1, held: -1 };
  window.__cardTiming = t;
  document.addEventListener('DOMContentLoaded', () => (t.dcl = performance.now()), { once: true });
  const check = () => {
    const host = document.querySelector('cmecf-link-guide');
    const card = host?.shadowRoot?.querySelector('section');
    if (t.card < 0 && card && getComputedStyle(card).visibility === 'visible') t.card = performance.now();
    if (t.held < 0 && host?.getAttribute('data-hold') === 'armed') t.held = performance.now();
    if ((t.card < 0 || t.held < 0) && performance.now() < 10_000) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** From what recordCardTiming() recorded: ms from DOMContentLoaded to the card and to the hold (undefined where it never came). */
export function sinceLoaded(timing) {
  const since = (at) => (timing && at >= 0 && timing.dcl >= 0 ? at - timing.dcl : undefined);
  return { toCard: since(timing?.card), toHold: since(timing?.held) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** The table of rows that carry `toCard` and `toHold` (ms per load): median and worst. */
export function timingTable(rows, heading) {
  const cell = (xs) => (xs?.length ? `${median(xs).toFixed(1)} / ${Math.max(...xs).toFixed(1)}` : '—');
  return [
    heading,
    '',
    `| page | to the card painted | to the guard's hold shown |`,
    `| --- | ---: | ---: |`,
    // Every hint page, "—" where the card was never seen: a missing row would hide that.
    ...rows.filter((r) => r.mode === 'hint').map((r) => `| ${r.page} | ${cell(r.toCard)} | ${cell(r.toHold)} |`),
  ].join('\n');
}
