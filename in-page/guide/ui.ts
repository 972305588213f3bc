// Puts a View on the page: the <cmecf-link-guide> host (public DOM contract) and its lifecycle, the
// hint card in its shadow root, the highlight on the target, the keys, and the outline copy. What
// the card says is card-view.ts; the guard on the permanent link (in-page/guard) holds the page's
// submissions whether or not this card is up, and asks its questions through it while it is.
import { createHintCard } from '@/in-page/card/hint-card';
import hintCss from '@/in-page/card/hint.css?inline';
import { afterLayout, clearHighlight, clearStaleHighlights, highlight, revealOnce } from '@/in-page/card/highlight';
import { courtById } from '@/utils/courts/catalog';
import { FOCUS_KEY_NAME } from '@/utils/focus-key';
import { loginPath } from '@/utils/courts/families';
import type { View } from '@/in-page/flow/decide';
import type { CardAction } from '@/in-page/flow/step-info';
import { keepInSight } from '@/in-page/guard/keep-in-sight';
import type { GuardView, LinkGuard } from '@/in-page/guard/link-guard';
import type { Page } from '@/in-page/recognize';
import { isSecretField } from '@/in-page/secret-fields';
import { cardView, holdsNow } from './card-view';
import { outlineCopy } from './outline-copy';

export interface GuideHandlers {
  hide: () => void;
  notNow: () => void;
  /** The offer's "Start the guide": put the court on the checklist. */
  acceptOffer: () => void;
  dismissOffer: () => void;
  /** "Report this page": opens the project's new-issue form (the outline is already on the clipboard). */
  reportPage: () => Promise<void>;
}

export interface GuideUi {
  show: (view: View, page: Page) => void;
  /** The guide cannot go on (extension reloaded, background gone): say so in one line, then go. */
  stop: (reason: string) => void;
  remove: () => void;
}

/** A field the user types into: there Option+Shift+L may type a character ("Ò", or "|" on a French Mac). */
const isTypedInto = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));

/**
 * Alt+Shift+L (Option+Shift+L on a Mac) moves focus to the hint: matched by the letter, and by the
 * physical key, since a Mac's Option+Shift+L types "Ò" (but not inside a field, where that
 * character may be what the user means to type). Ctrl is excluded: AltGr on Windows is Ctrl+Alt.
 */
const isFocusKey = (event: KeyboardEvent) =>
  event.altKey &&
  event.shiftKey &&
  !event.ctrlKey &&
  !event.metaKey &&
  (event.key.toLowerCase() === 'l' || (event.code === 'KeyL' && !isTypedInto(event.target)));
/** The shortcut as the card shows it and announces it (aria-keyshortcuts). */
const FOCUS_SHORTCUT = { aria: 'Alt+Shift+L', text: `${FOCUS_KEY_NAME} brings you back to this card.` };
/** How long the one line saying the guide stopped stays up. */
const STOPPED_MS = 8000;

/** Refreshing never resends a form: the court's main menu, fetched with GET, shows the new menu bar. */
const refreshMenus = (courtId: string | undefined) =>
  location.assign(new URL(loginPath(courtId === undefined ? undefined : courtById(courtId)?.kind), location.href).href);

/** The host's inline style: out of the page's flow, and, while the guard asks, kept visible. */
const HOST_STYLE = 'position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647';
const HOST_STYLE_ASKING =
  'position:fixed !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;overflow:visible !important;z-index:2147483647 !important;display:block !important;visibility:visible !important;opacity:1 !important;transform:none !important';

export function mountGuideUi(handlers: GuideHandlers, guard?: LinkGuard): GuideUi {
  // A copy of the guide left by an earlier load of the extension (reloaded or updated) is dead: remove it.
  for (const stale of document.querySelectorAll('cmecf-link-guide')) stale.remove();
  clearStaleHighlights(document);
  const host = document.createElement('cmecf-link-guide');
  // Out of the page's flow: inserting it must not make the court's page lay out again.
  host.style.cssText = HOST_STYLE;
  // A shadow root: court CSS cannot reach the card, and the card's CSS cannot reach the court.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = hintCss;
  shadow.append(style);
  const card = createHintCard(shadow);

  /**
   * `outline`: the page outline shown for reading before it is copied, and what copying did.
   * `collapsed`: hidden by the user while the guard holds the page: a small card that still says so.
   */
  let current: { view: View; page: Page; collapsed?: boolean; outline?: { text: string; note?: string } } | null = null;
  /** What the guard shows now: absent where no guard is armed (court websites, PACER). */
  let guardView: GuardView | undefined;
  let returnFocus: Element | null = null;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let stopKeeping: (() => void) | undefined;

  const redraw = (next: typeof current) => {
    current = next;
    if (!next) return;
    reflectGuard();
    card.update({
      ...cardView(
        { ...next, guard: guardView },
        {
          actions: onClick,
          linkAnyway,
          cancelHold,
          showGuide: () => current && redraw({ ...current, collapsed: false }),
          copyOutline: () => outline.copy(),
          reportPage: () => outline.report(),
          closeOutline: () => outline.close(),
        },
      ),
      // Not while a question waits or the card is shrunk: those say one thing only.
      shortcut: guardView?.held || next.collapsed ? undefined : FOCUS_SHORTCUT,
    });
  };

  /** The host says whether submissions are held (public: data-hold="armed"), and stays in sight while a question waits. */
  function reflectGuard() {
    if (holdsNow(guardView)) host.dataset.hold = 'armed';
    else delete host.dataset.hold;
    if (guardView?.held && !stopKeeping) stopKeeping = keepInSight(host, HOST_STYLE_ASKING);
    else if (!guardView?.held && stopKeeping) {
      stopKeeping();
      stopKeeping = undefined;
      host.style.cssText = HOST_STYLE;
    }
  }

  // The card asks the guard's questions while it is up; without it the guard asks in its own notice.
  let unpresent = guard?.present((next) => {
    const wasHeld = guardView?.held;
    guardView = next.state === 'armed' || next.held || next.lost ? next : undefined;
    if (current) redraw({ ...current, collapsed: current.collapsed && !next.held ? current.collapsed : false });
    if (next.held && !wasHeld) card.focus();
  });

  const onKey = (event: KeyboardEvent) => {
    // Keys typed into a password or one-time-code field are not ours to look at, nor are a page script's.
    if (!event.isTrusted || isSecretField(event.target)) return;
    if (isFocusKey(event)) {
      event.preventDefault();
      returnFocus = document.activeElement;
      card.focus();
    } else if (event.key === 'Escape' && current && host.matches(':focus-within')) {
      // Esc while the guard asks cancels the held submission: the page stays held.
      if (guardView?.held) return cancelHold();
      (returnFocus as HTMLElement | null)?.focus?.();
      hide();
    }
  };
  document.addEventListener('keydown', onKey, true);

  const onClick: Record<CardAction, () => void> = {
    'accept-offer': handlers.acceptOffer,
    'dismiss-offer': handlers.dismissOffer,
    'refresh-menus': () => refreshMenus(current?.view.court.id),
    hide: () => hide(),
    'not-now': handlers.notNow,
    'copy-outline': () => outline.open(),
  };
  /** "Hide": where the guard holds the page, the card shrinks to a small one that still says so. */
  function hide() {
    if (holdsNow(guardView) && current) return redraw({ ...current, collapsed: true });
    handlers.hide();
  }

  const outline = outlineCopy({
    card,
    current: () => current?.outline,
    show: (next) => current && redraw({ ...current, outline: next }),
    openReport: handlers.reportPage,
  });

  /** Only the user's own click (checked by the card and again by the guard) sends the held submission. */
  function linkAnyway(event: Event) {
    guard?.linkAnyway(event);
  }

  function cancelHold() {
    guard?.cancel();
    (current?.view.target as HTMLElement | null)?.focus?.();
  }

  /** The card no longer asks the guard's questions: the guard's own notice takes over. */
  function stopPresenting() {
    unpresent?.();
    unpresent = undefined;
    guardView = undefined;
    stopKeeping?.();
    stopKeeping = undefined;
  }

  function remove() {
    clearTimeout(stopTimer);
    stopPresenting();
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
      // An outline being read stays open while the step is the same (storage changes redraw the card).
      redraw({ view, page, collapsed: current?.collapsed, outline: current?.view.step === view.step ? current.outline : undefined });
    },
    stop(reason) {
      // The guard holds on without this card: it asks in its own notice from now on.
      const guarded = holdsNow(guardView) ? ' Submissions on this page stay held: the guard asks before anything is sent.' : '';
      stopPresenting();
      delete host.dataset.hold;
      clearHighlight();
      card.update({ title: 'The guide stopped', text: `${reason}${guarded}`, actions: [] });
      stopTimer = setTimeout(remove, STOPPED_MS);
    },
    remove,
  };
}
