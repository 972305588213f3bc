// Renders a View: the <cmecf-link-guide> host (public DOM contract), the hint card in its shadow
// root, the highlight on the target, and the hold on the irreversible Submit (hold.ts).
import { createHintCard, type HintAction, type HintCardProps } from '@/components/hint-card';
import hintCss from '@/components/hint.css?inline';
import { afterLayout, clearHighlight, clearStaleHighlights, highlight, revealOnce } from '@/components/highlight';
import type { View } from '@/utils/flow/decide';
import { type CardAction, STEP_INFO } from '@/utils/flow/step-info';
import { HOLD_MESSAGE, warningText } from '@/utils/flow/warnings';
import type { Page } from '@/utils/recognize';
import { pageOutline } from '@/utils/page-outline';
import { isSecretField } from '@/utils/secret-fields';
import { SubmissionHold } from './hold';

export interface GuideHandlers {
  /** A submission was just held (the guide checks it can still answer for it). */
  held: () => void;
  hide: () => void;
  notNow: () => void;
  /** The offer's "Start the guide": put the court on the checklist. */
  acceptOffer: () => void;
  dismissOffer: () => void;
}

export interface GuideUi {
  show: (view: View, page: Page) => void;
  /** The guide cannot go on (extension reloaded, background gone): say so in one line, then go. */
  stop: (reason: string) => void;
  remove: () => void;
}

/** Alt+Shift+L moves focus to the hint. */
const FOCUS_KEY = 'l';
/** How long the one line saying the guide stopped stays up. */
const STOPPED_MS = 8000;

/** Refreshing never resends a form: the court's main menu, fetched with GET, shows the new menu bar. */
const refreshMenus = () => location.assign(new URL('/cgi-bin/login.pl', location.href).href);

/** The card's buttons: their names are public (README, "Public contracts"). */
const BUTTONS: Record<CardAction, { label: string; primary?: true }> = {
  'accept-offer': { label: 'Start the guide', primary: true },
  'dismiss-offer': { label: 'No thanks' },
  'refresh-menus': { label: 'Refresh now', primary: true },
  hide: { label: 'Hide' },
  'not-now': { label: 'Not now for this court' },
  'copy-outline': { label: 'Copy page outline for support' },
};

/** What the outline preview says before anything is copied, and after. */
const OUTLINE = {
  message: 'This is what would be copied: the page’s layout (tags, ids, names, types, roles) and the words of its headings, labels, buttons and links. Nothing you typed, and no other text of the page.',
  label: 'Page outline for support',
  copied: 'Copied. Paste it into your message to the court’s help desk.',
  byHand: 'The outline is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
};

/**
 * What the card sits beside, best first: the dialog or the form that holds the target, so that it
 * never covers the controls the step needs (Submit beside the field, a second button, the dialog's
 * Continue), or the open drop-down that holds it (a card over the drop-down would hide the link, or
 * close a hover menu); then, when that fills the screen, the target itself.
 */
function anchorsFor(target: Element): Element[] {
  const form = (target as HTMLInputElement).form ?? target.closest('form');
  const holder = target.closest('[role=dialog], dialog, [aria-modal=true]') ?? form ?? target.closest('nav li ul, [role=menu]');
  return holder && holder !== target ? [holder, target] : [target];
}

export function mountGuideUi(handlers: GuideHandlers): GuideUi {
  // A copy of the guide left by an earlier load of the extension (reloaded or updated) is dead: remove it.
  for (const stale of document.querySelectorAll('cmecf-link-guide')) stale.remove();
  clearStaleHighlights(document);
  const host = document.createElement('cmecf-link-guide');
  // Out of the page's flow: inserting it must not make the court's page lay out again.
  host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647';
  // A shadow root: court CSS cannot reach the card, and the card's CSS cannot reach the court.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = hintCss;
  shadow.append(style);
  const card = createHintCard(shadow);

  /** `outline`: the page outline shown for reading before it is copied, and what copying did. */
  let current: { view: View; page: Page; holding: boolean; outline?: { text: string; note?: string } } | null = null;
  let returnFocus: Element | null = null;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;

  const redraw = (next: typeof current) => {
    current = next;
    if (next) card.update(cardProps(next.view, next.page, next.holding, next.outline));
  };

  const hold = new SubmissionHold({
    active: () => Boolean(current?.view.hold),
    target: () => current?.view.target ?? null,
    onHeld: () => {
      if (current) redraw({ ...current, holding: true });
      handlers.held();
    },
  });

  const onKey = (event: KeyboardEvent) => {
    // Keys typed into a password or one-time-code field are not ours to look at, nor are a page script's.
    if (!event.isTrusted || isSecretField(event.target)) return;
    if (event.altKey && event.shiftKey && event.key.toLowerCase() === FOCUS_KEY) {
      event.preventDefault();
      returnFocus = document.activeElement;
      card.focus();
    } else if (event.key === 'Escape' && current && !current.holding && host.matches(':focus-within')) {
      (returnFocus as HTMLElement | null)?.focus?.();
      handlers.hide();
    }
  };
  document.addEventListener('keydown', onKey, true);

  const onClick: Record<CardAction, () => void> = {
    'accept-offer': handlers.acceptOffer,
    'dismiss-offer': handlers.dismissOffer,
    'refresh-menus': refreshMenus,
    hide: handlers.hide,
    'not-now': handlers.notNow,
    'copy-outline': showOutline,
  };
  const actionsFor = (step: View['step']): HintAction[] => STEP_INFO[step].actions.map((action) => ({ ...BUTTONS[action], onClick: onClick[action] }));

  function cardProps(view: View, page: Page, holding: boolean, outline?: { text: string; note?: string }): HintCardProps {
    return {
      title: view.title,
      text: view.text,
      progress: view.progress ? `Step ${view.progress.n} of ${view.progress.of}` : undefined,
      notices: view.warnings.map((w) => warningText(w, page)),
      missing: view.hold && !view.target ? `${view.missing ?? ''} Every form on this page is held until you choose.`.trim() : view.missing,
      help: view.help,
      actions: actionsFor(view.step),
      anchors: view.target ? anchorsFor(view.target) : [],
      preview: outline
        ? {
            message: OUTLINE.message,
            label: OUTLINE.label,
            text: outline.text,
            note: outline.note,
            actions: [
              { label: 'Copy', onClick: copyOutline, primary: true },
              { label: 'Cancel', onClick: closeOutline },
            ],
          }
        : null,
      hold: holding
        ? {
            message: HOLD_MESSAGE,
            actions: [
              { label: 'Link anyway', onClick: linkAnyway },
              { label: 'Cancel', onClick: cancelHold, primary: true },
            ],
          }
        : null,
    };
  }

  /** The outline is read now, from the page as it is, and shown before anything is copied. */
  function showOutline() {
    if (!current) return;
    redraw({ ...current, outline: { text: pageOutline(document, location.href) } });
    card.focusPreview();
  }

  /**
   * Runs in the user's own click: the Clipboard API where the page is a secure context (the courts'
   * https pages), else the selected text and the browser's copy command, else the user's Ctrl+C.
   */
  function copyOutline() {
    const text = current?.outline?.text;
    if (!text) return;
    const noted = (note: string) => {
      if (current?.outline?.text === text) redraw({ ...current, outline: { text, note } });
    };
    const byHand = () => {
      card.focusPreview(true);
      noted(document.execCommand('copy') ? OUTLINE.copied : OUTLINE.byHand);
      card.focusPreview(true);
    };
    if (!navigator.clipboard?.writeText) return byHand();
    navigator.clipboard.writeText(text).then(() => noted(OUTLINE.copied), byHand);
  }

  function closeOutline() {
    if (!current) return;
    redraw({ ...current, outline: undefined });
    Array.from(card.element.querySelectorAll('button')).find((b) => b.textContent === BUTTONS['copy-outline'].label)?.focus();
  }

  function linkAnyway() {
    if (current) redraw({ ...current, holding: false });
    hold.release();
  }

  function cancelHold() {
    hold.drop();
    if (!current) return;
    redraw({ ...current, holding: false });
    (current.view.target as HTMLElement | null)?.focus?.();
  }

  function remove() {
    clearTimeout(stopTimer);
    hold.dispose();
    document.removeEventListener('keydown', onKey, true);
    clearHighlight();
    card.destroy();
    host.remove();
  }

  return {
    show(view, page) {
      host.dataset.step = view.step;
      host.dataset.court = view.court.id;
      if (view.warnings.length) host.dataset.warning = view.warnings.join(' ');
      else delete host.dataset.warning;
      // On <html>, not <body>: a transform or filter a court puts on <body> would become the
      // containing block of the fixed card, and the docked card would sit at the foot of the page.
      if (!host.isConnected) document.documentElement.append(host);
      if (view.target) {
        highlight(view.target, view.step);
        const target = view.target;
        afterLayout(() => revealOnce(target));
      } else clearHighlight();
      // Public: a hold is armed on this page (README, "Public contracts"; the E2E tests time it).
      if (view.hold) host.dataset.hold = 'armed';
      else delete host.dataset.hold;
      // An outline being read stays open while the step is the same (storage changes redraw the card).
      redraw({ view, page, holding: current?.holding ?? false, outline: current?.view.step === view.step ? current.outline : undefined });
    },
    stop(reason) {
      // Nothing stays held without a card that works: the page's own Submit works again.
      hold.dispose();
      delete host.dataset.hold;
      clearHighlight();
      const unchecked = current?.view.hold ? ' Until then, check both names yourself before you Submit.' : '';
      card.update({ title: 'The guide stopped', text: `${reason}${unchecked}`, actions: [] });
      stopTimer = setTimeout(remove, STOPPED_MS);
    },
    remove,
  };
}
