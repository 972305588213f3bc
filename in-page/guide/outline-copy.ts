// "Copy page outline for support": the outline is read from the page as it is, shown in the card
// for reading, and copied only by the user's own click on "Copy" or "Report this page"
// (in-page/page-outline.ts says what it holds). The report opens the project's new-issue form, whose
// address carries nothing of the page: the user pastes the outline there, or not. Kept apart from the
// card's host: it is a feature of the card, not its lifecycle.
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
  /** Opens the project's new-issue form in a tab; rejects when it could not. */
  openReport: () => Promise<void>;
}

/** How long a second "Report this page" is ignored: one report, one tab. */
const REPORT_PAUSE_MS = 5000;

export function outlineCopy({ card, current, show, openReport }: OutlineHost) {
  let reporting = false;
  /**
   * Runs in the user's own click: the Clipboard API where the page is a secure context (the courts'
   * https pages), else the selected text and the browser's copy command, else the user's Ctrl+C.
   * Resolves to whether the outline is on the clipboard.
   */
  const copy = async (copied: string): Promise<boolean> => {
    const text = current()?.text;
    if (!text) return false;
    const noted = (note: string) => {
      if (current()?.text === text) show({ text, note });
    };
    const byHand = () => {
      card.focusPreview(true);
      const done = document.execCommand('copy');
      noted(done ? copied : OUTLINE.byHand);
      card.focusPreview(true);
      return done;
    };
    if (!navigator.clipboard?.writeText) return byHand();
    return navigator.clipboard.writeText(text).then(() => {
      noted(copied);
      return true;
    }, byHand);
  };
  return {
    /** The outline is read now, from the page as it is, and shown before anything is copied. */
    open() {
      show({ text: pageOutline(document, location.href) });
      card.focusPreview();
    },
    copy() {
      void copy(OUTLINE.copied);
    },
    /**
     * Copies the outline, then opens the tracker's form to paste it in, once (a second press within
     * a few seconds opens nothing). Not copied: no tab; the outline stays selected for Ctrl+C.
     */
    report() {
      const text = current()?.text;
      if (!text || reporting) return;
      reporting = true;
      setTimeout(() => (reporting = false), REPORT_PAUSE_MS);
      void copy(OUTLINE.reportCopied).then((copied) => {
        if (!copied) return;
        return openReport().catch(() => {
          if (current()?.text === text) show({ text, note: OUTLINE.reportFailed });
        });
      });
    },
    close() {
      show(undefined);
      card.focusAction(BUTTONS['copy-outline'].label);
    },
  };
}
