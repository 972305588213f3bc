// "Report this page" (in-page/guide/outline-copy.ts): copy first, then one tab; a failed copy opens
// nothing and leaves the outline selected; a tab that could not open is said in the card.
import type { HintCard } from '@/in-page/card/hint-card';
import { OUTLINE } from '@/in-page/guide/card-view';
import { outlineCopy } from '@/in-page/guide/outline-copy';

function setup(openReport: () => Promise<void>) {
  let outline: { text: string; note?: string } | undefined = { text: 'Page: «n»' };
  const card = { focusPreview: vi.fn(), focusAction: vi.fn() } as unknown as HintCard;
  const copier = outlineCopy({ card, current: () => outline, show: (next) => (outline = next), openReport });
  return { copier, note: () => outline?.note };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Report this page', () => {
  it('copies the outline, then opens one tab; a second press soon after opens none', async () => {
    const written: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (text: string) => void written.push(text) } });
    const openReport = vi.fn(async () => undefined);
    const { copier, note } = setup(openReport);
    copier.report();
    copier.report();
    await flush();
    expect(written).toEqual(['Page: «n»']);
    expect(openReport).toHaveBeenCalledTimes(1);
    expect(note()).toBe(OUTLINE.reportCopied);
  });

  it('a copy that failed opens no tab and leaves the outline selected for Ctrl+C', async () => {
    vi.stubGlobal('navigator', {});
    document.execCommand = vi.fn(() => false);
    const openReport = vi.fn(async () => undefined);
    const { copier, note } = setup(openReport);
    copier.report();
    await flush();
    expect(openReport).not.toHaveBeenCalled();
    expect(note()).toBe(OUTLINE.byHand);
  });

  it('a tab that could not open is said in the card; the outline is still on the clipboard', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: async () => undefined } });
    const { copier, note } = setup(async () => {
      throw new Error('the report form did not open');
    });
    copier.report();
    await flush();
    await flush();
    expect(note()).toBe(OUTLINE.reportFailed);
  });
});
