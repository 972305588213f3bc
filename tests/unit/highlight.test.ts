// The highlight on the target is seen on any page: one of its two rings stands out at 3:1 or more
// (WCAG 1.4.11) against light court pages, their coloured bars, and dark schemes.
import { HIGHLIGHT_RINGS } from '@/in-page/card/highlight';

/** WCAG's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('the highlight', () => {
  // White and CM/ECF's pale menu bar; PACER's header blue; a dark scheme and Dark Reader's grey; black.
  it.each(['#ffffff', '#dfe6ee', '#eef2f6', '#1c3f6e', '#1d232b', '#181a1b', '#000000'])('has a ring at 3:1 or more against %s', (background) => {
    const best = Math.max(contrast(HIGHLIGHT_RINGS.outer, background), contrast(HIGHLIGHT_RINGS.inner, background));
    expect(best).toBeGreaterThanOrEqual(3);
    // The two rings tell apart from each other too, so the mark reads as one shape.
    expect(contrast(HIGHLIGHT_RINGS.outer, HIGHLIGHT_RINGS.inner)).toBeGreaterThanOrEqual(3);
  });
});
