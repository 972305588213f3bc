// Renders a View: the <cmecf-link-guide> host (public DOM contract), the hint card in its shadow
// root, the highlight on the target, and the hold on the irreversible Submit.
import { createHintCard, type HintAction, type HintCardProps } from '@/components/hint-card';
import hintCss from '@/components/hint.css?inline';
import { afterLayout, clearHighlight, highlight, revealOnce } from '@/components/highlight';
import type { View } from '@/utils/flow/decide';
import { HOLD_MESSAGE, warningText } from '@/utils/flow/warnings';
import type { Page } from '@/utils/recognize';

export interface GuideHandlers {
  hide: () => void;
  notNow: () => Promise<void>;
  startGuide: () => Promise<void>;
  dismissOffer: () => Promise<void>;
}

export interface GuideUi {
  show: (view: View, page: Page) => void;
  remove: () => void;
}

/** Alt+Shift+L moves focus to the hint. */
const FOCUS_KEY = 'L';

export function mountGuideUi(handlers: GuideHandlers): GuideUi {
  const host = document.createElement('cmecf-link-guide');
  // Out of the page's flow: inserting it must not make the court's page lay out again.
  host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647';
  // A shadow root: court CSS cannot reach the card, and the card's CSS cannot reach the court.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = hintCss;
  shadow.append(style);
  const card = createHintCard(shadow);

  let current: { view: View; page: Page; holding: boolean } | null = null;
  let returnFocus: Element | null = null;
  let releaseHold: (() => void) | undefined;
  let disarm: (() => void) | undefined;
  let armedOn: Element | null = null;

  const redraw = (next: typeof current) => {
    current = next;
    if (next) card.update(cardProps(next.view, next.page, next.holding));
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key.toUpperCase() === FOCUS_KEY && event.altKey && event.shiftKey) {
      event.preventDefault();
      returnFocus = document.activeElement;
      card.element.focus();
    } else if (event.key === 'Escape' && current && !current.holding && host.matches(':focus-within')) {
      (returnFocus as HTMLElement | null)?.focus?.();
      handlers.hide();
    }
  };
  document.addEventListener('keydown', onKey, true);

  function cardProps(view: View, page: Page, holding: boolean): HintCardProps {
    const actions: HintAction[] =
      view.step === 'offer'
        ? [
            { label: 'Start the guide', onClick: () => void handlers.startGuide(), primary: true },
            { label: 'No thanks', onClick: () => void handlers.dismissOffer() },
          ]
        : [
            ...(view.step === 'refresh-menus' ? [{ label: 'Refresh now', onClick: () => location.reload(), primary: true }] : []),
            { label: 'Hide', onClick: handlers.hide },
            ...(view.step === 'linked' ? [] : [{ label: 'Not now for this court', onClick: () => void handlers.notNow() }]),
          ];
    return {
      title: view.title,
      text: view.text,
      place: view.place ? `Step ${view.place.n} of ${view.place.of}` : undefined,
      notices: view.warnings.map((w) => warningText(w, page)),
      missing: view.missing,
      help: view.missing || view.step === 'not-live' || view.step === 'link-error' ? view.help : null,
      actions,
      anchor: view.target && (view.target.closest('[role=dialog], dialog, [aria-modal=true]') ?? view.target),
      hold: holding
        ? {
            message: HOLD_MESSAGE,
            actions: [
              { label: 'Link anyway', onClick: () => releaseHold?.() },
              { label: 'Cancel', onClick: cancelHold, primary: true },
            ],
          }
        : null,
    };
  }

  function cancelHold() {
    if (!current) return;
    redraw({ ...current, holding: false });
    (current.view.target as HTMLElement | null)?.focus?.();
  }

  /** Holds the first click on Submit while a warning is active; "Link anyway" replays it unchanged. */
  function armHold(submit: HTMLElement) {
    let approved = false;
    const onClick = (event: Event) => {
      if (approved || !current?.view.hold) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      redraw({ ...current, holding: true });
    };
    const form = (submit as HTMLButtonElement).form;
    const onSubmit = (event: SubmitEvent) => {
      if (!approved && current?.view.hold && (!event.submitter || event.submitter === submit)) onClick(event);
    };
    submit.addEventListener('click', onClick, true);
    form?.addEventListener('submit', onSubmit, true);
    releaseHold = () => {
      approved = true;
      if (current) redraw({ ...current, holding: false });
      submit.click();
    };
    return () => {
      submit.removeEventListener('click', onClick, true);
      form?.removeEventListener('submit', onSubmit, true);
    };
  }

  return {
    show(view, page) {
      host.dataset.step = view.step;
      host.dataset.court = view.court.id;
      if (view.warnings.length) host.dataset.warning = view.warnings.join(' ');
      else delete host.dataset.warning;
      if (!host.isConnected) document.body.append(host);
      if (view.target) {
        highlight(view.target, view.step);
        const target = view.target;
        afterLayout(() => revealOnce(target));
      } else clearHighlight();
      if (view.hold && view.target && armedOn !== view.target) {
        disarm?.();
        disarm = armHold(view.target as HTMLElement);
        armedOn = view.target;
      } else if (!view.hold && disarm) {
        disarm();
        disarm = undefined;
        armedOn = null;
      }
      redraw({ view, page, holding: current?.holding ?? false });
    },
    remove() {
      disarm?.();
      document.removeEventListener('keydown', onKey, true);
      clearHighlight();
      card.destroy();
      host.remove();
    },
  };
}
