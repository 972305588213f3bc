// Renders a View: the <cmecf-link-guide> host (public DOM contract), the hint card in its shadow
// root, the highlight on the target, and the hold on the irreversible Submit.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type HintAction, HintCard } from '@/components/HintCard';
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

export async function mountGuideUi(ctx: ContentScriptContext, handlers: GuideHandlers): Promise<GuideUi> {
  // Plain state and an explicit redraw: the content script stays small (no signals library).
  let current: { view: View; page: Page; holding: boolean } | null = null;
  let container: HTMLElement | undefined;
  const setState = (next: typeof current) => {
    current = next;
    if (container) render(<Guide />, container);
  };
  let card: HTMLElement | null = null;
  let returnFocus: Element | null = null;
  let releaseHold: (() => void) | undefined;

  const ui = await createShadowRootUi(ctx, {
    name: 'cmecf-link-guide',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: hintCss,
    onMount: (uiContainer) => {
      container = uiContainer;
      render(<Guide />, uiContainer);
      return uiContainer;
    },
    onRemove: (uiContainer) => uiContainer && render(null, uiContainer),
  });

  const focusCard = () => {
    returnFocus = document.activeElement;
    card?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key.toUpperCase() === FOCUS_KEY && event.altKey && event.shiftKey) {
      event.preventDefault();
      focusCard();
    } else if (event.key === 'Escape' && current && !current.holding && ui.shadowHost.matches(':focus-within')) {
      (returnFocus as HTMLElement | null)?.focus?.();
      handlers.hide();
    }
  };
  document.addEventListener('keydown', onKey, true);

  function Guide() {
    if (!current) return null;
    const { view, page, holding } = current;
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
    return (
      <HintCard
        title={view.title}
        text={view.text}
        place={view.place ? `Step ${view.place.n} of ${view.place.of}` : undefined}
        notices={view.warnings.map((w) => warningText(w, page))}
        missing={view.missing}
        help={view.missing || view.step === 'not-live' || view.step === 'link-error' ? view.help : null}
        actions={actions}
        anchor={view.target && (view.target.closest('[role=dialog], dialog, [aria-modal=true]') ?? view.target)}
        cardRef={(el) => (card = el)}
        hold={
          holding
            ? {
                message: HOLD_MESSAGE,
                actions: [
                  { label: 'Link anyway', onClick: () => releaseHold?.(), primary: false },
                  { label: 'Cancel', onClick: () => cancelHold(), primary: true },
                ],
              }
            : null
        }
      />
    );
  }

  function cancelHold() {
    if (!current) return;
    setState({ ...current, holding: false });
    (current.view.target as HTMLElement | null)?.focus?.();
  }

  /** Holds the first click on Submit while a warning is active; "Link anyway" replays it unchanged. */
  function armHold(submit: HTMLElement) {
    let approved = false;
    const onClick = (event: Event) => {
      if (approved || !current?.view.hold) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      setState({ ...current, holding: true });
    };
    const form = (submit as HTMLButtonElement).form;
    const onSubmit = (event: SubmitEvent) => {
      if (!approved && current?.view.hold && (!event.submitter || event.submitter === submit)) onClick(event);
    };
    submit.addEventListener('click', onClick, true);
    form?.addEventListener('submit', onSubmit, true);
    releaseHold = () => {
      approved = true;
      if (current) setState({ ...current, holding: false });
      submit.click();
    };
    return () => {
      submit.removeEventListener('click', onClick, true);
      form?.removeEventListener('submit', onSubmit, true);
    };
  }

  let disarm: (() => void) | undefined;
  let armedOn: Element | null = null;

  return {
    show(view, page) {
      const host = ui.shadowHost;
      host.dataset.step = view.step;
      host.dataset.court = view.court.id;
      if (view.warnings.length) host.dataset.warning = view.warnings.join(' ');
      else delete host.dataset.warning;
      if (!host.isConnected) {
        // Out of the page's flow: inserting it must not make the court's page lay out again.
        host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647';
        ui.mount();
      }
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
      setState({ view, page, holding: current?.holding ?? false });
    },
    remove() {
      disarm?.();
      document.removeEventListener('keydown', onKey, true);
      clearHighlight();
      ui.remove();
    },
  };
}
