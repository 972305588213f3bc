// Renders a View: the <cmecf-link-guide> host (public DOM contract), the hint card in its shadow
// root, the highlight on the target, and the questions of the guard on the permanent link
// (utils/guard), which holds the page's submissions whether or not this card is up.
import { createHintCard, type HintAction, type HintCardProps } from '@/components/hint-card';
import hintCss from '@/components/hint.css?inline';
import { afterLayout, clearHighlight, clearStaleHighlights, highlight, revealOnce } from '@/components/highlight';
import type { View } from '@/utils/flow/decide';
import { type CardAction, STEP_INFO } from '@/utils/flow/step-info';
import { warningText } from '@/utils/flow/warnings';
import { keepInSight } from '@/utils/guard/keep-in-sight';
import type { GuardView, LinkGuard } from '@/utils/guard/link-guard';
import { HOLD_TITLE, LOST, questionLines, reasonText } from '@/utils/guard/words';
import type { Page } from '@/utils/recognize';
import { pageOutline } from '@/utils/page-outline';
import { isSecretField } from '@/utils/secret-fields';

export interface GuideHandlers {
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

/** The card's buttons: their names are public (docs/public-contracts.md). */
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
  message:
    'This is what would be copied: the page’s layout (tags, ids, names, types, roles), the words of its headings, labels and buttons, and the first three words of each link. E-mail addresses, names after “Welcome” or “Logged in as”, case captions and every word with a digit in it (usernames, case numbers) are replaced by «…». Nothing you typed, and no other text of the page. Read it before you copy it: a name written any other way may still be there.',
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

/** The host's inline style: out of the page's flow, and, while the guard asks, kept visible. */
const HOST_STYLE = 'position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647';
const HOST_STYLE_ASKING =
  'position:fixed !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;overflow:visible !important;z-index:2147483647 !important;display:block !important;visibility:visible !important;opacity:1 !important;transform:none !important';

/** A guard's verdict that holds the page's submissions (the guard still deciding is not a warning yet). */
const holdsNow = (guard: GuardView | undefined) => Boolean(guard && guard.state === 'armed' && !guard.verdict.pass);

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
    card.update(cardProps(next.view, next.page, next.outline));
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
    if (event.altKey && event.shiftKey && event.key.toLowerCase() === FOCUS_KEY) {
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
    'refresh-menus': refreshMenus,
    hide: () => hide(),
    'not-now': handlers.notNow,
    'copy-outline': showOutline,
  };
  /** The step's buttons; while the guard holds the page, nothing that would take its explanation away ("Not now"). */
  const actionsFor = (step: View['step']): HintAction[] =>
    STEP_INFO[step].actions
      .filter((action) => !(action === 'not-now' && holdsNow(guardView)))
      .map((action) => ({ ...BUTTONS[action], onClick: onClick[action] }));

  /** "Hide": where the guard holds the page, the card shrinks to a small one that still says so. */
  function hide() {
    if (holdsNow(guardView) && current) return redraw({ ...current, collapsed: true });
    handlers.hide();
  }

  /** The guard's reasons, each a notice: what the page showed and why it is held. */
  const guardNotices = (view: GuardView) => [
    ...(view.lost ? [{ title: 'Nothing was sent:', text: LOST }] : []),
    ...(view.verdict.pass
      ? []
      : view.verdict.reasons.filter((r) => r !== 'deciding').map((r) => ({ title: 'Held:', text: reasonText(r, view.page, view.firmNames) }))),
  ];

  function cardProps(view: View, page: Page, outline?: { text: string; note?: string }): HintCardProps {
    const asking = guardView?.held ? guardView : undefined;
    const holding = holdsNow(guardView) ? guardView : undefined;
    const question = asking && {
      message: questionLines(asking).join(' '),
      actions: [
        { label: 'Link anyway', onClick: linkAnyway },
        { label: 'Cancel', onClick: cancelHold, primary: true },
      ],
    };
    if (current?.collapsed && holding) {
      return {
        title: HOLD_TITLE,
        text: 'Submissions on this page wait for your answer.',
        notices: guardNotices(holding),
        actions: [{ label: 'Show the guide', onClick: () => current && redraw({ ...current, collapsed: false }), primary: true }],
        hold: question ?? null,
        anchors: [],
      };
    }
    // On a held page the guard's reasons say what the warnings would (and why it holds).
    const notices = holding ? guardNotices(holding) : view.warnings.map((w) => warningText(w, page));
    return {
      title: view.title,
      text: view.text,
      progress: view.progress ? `Step ${view.progress.n} of ${view.progress.of}` : undefined,
      notices,
      missing: holding && !view.target ? `${view.missing ?? ''} Every form on this page is held until you choose.`.trim() : view.missing,
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
      hold: question ?? null,
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
    Array.from(card.element.querySelectorAll('button'))
      .find((b) => b.textContent === BUTTONS['copy-outline'].label)
      ?.focus();
  }

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
