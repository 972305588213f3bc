// "Copy page outline for support": the outline is read from the page as it is, shown in the card
// for reading, and copied only by the user's own click on "Copy" (in-page/page-outline.ts says what it
// holds). Kept apart from the card's host: it is a feature of the card, not its lifecycle.
import type { HintCard } from '@/in-page/card/hint-card';
import { pageOutline } from '@/in-page/page-outline';
import { BUTTONS, OUTLINE } from './card-view';

/** The outline being read, and what copying did. */
interface OutlineState {
  text: string;
  note?: string;
}

interface OutlineHost {
  card: HintCard;
  /** The outline the card shows now (undefined: none). */
  current: () => OutlineState | undefined;
  /** Shows this outline in the card, or none. */
  show: (outline: OutlineState | undefined) => void;
}

export function outlineCopy({ card, current, show }: OutlineHost) {
  return {
    /** The outline is read now, from the page as it is, and shown before anything is copied. */
    open() {
      show({ text: pageOutline(document, location.href) });
      card.focusPreview();
    },
    /**
     * Runs in the user's own click: the Clipboard API where the page is a secure context (the courts'
     * https pages), else the selected text and the browser's copy command, else the user's Ctrl+C.
     */
    copy() {
      const text = current()?.text;
      if (!text) return;
      const noted = (note: string) => {
        if (current()?.text === text) show({ text, note });
      };
      const byHand = () => {
        card.focusPreview(true);
        noted(document.execCommand('copy') ? OUTLINE.copied : OUTLINE.byHand);
        card.focusPreview(true);
      };
      if (!navigator.clipboard?.writeText) return byHand();
      navigator.clipboard.writeText(text).then(() => noted(OUTLINE.copied), byHand);
    },
    close() {
      show(undefined);
      card.focusAction(BUTTONS['copy-outline'].label);
    },
  };
}
