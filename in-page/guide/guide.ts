// The guide loop in a court page: recognise → decide → render → record. Nothing else lives here.
// createGuide() takes everything it touches as dependencies (the background, the page, storage's
// change events, the clock, the card), so unit tests drive it with fakes; startGuide() wires the
// real ones.
import { askBackground } from '@/in-page/ask-background';
import { decide, type View } from '@/in-page/flow/decide';
import { behaviourOf } from '@/in-page/flow/page-kinds';
import { STEP_INFO } from '@/in-page/flow/step-info';
import type { StepId } from '@/in-page/flow/step-ids';
import type { LinkGuard } from '@/in-page/guard/link-guard';
import type { Arrival, CourtState, GuideRequest } from '@/utils/messages';
import { extensionAlive } from '@/in-page/page-api';
import { type Page, recognize } from '@/in-page/recognize';
import { isShown } from '@/in-page/recognize/dom';
import { watchStorage } from '@/utils/storage/watch';
import { type GuideHandlers, type GuideUi, mountGuideUi } from './ui';
import { PageWatch } from './watch';

/** What the loop watches on the page (watch.ts). */
type PageWatching = Pick<PageWatch, 'observePage' | 'stopPage' | 'watchMenu' | 'stopMenu' | 'watchUsername' | 'stopInputs'>;

/** Everything the guide loop touches. */
export interface GuideDeps {
  /** A request to the background; rejects when the extension is gone or does not answer. */
  ask: (request: GuideRequest) => Promise<unknown>;
  /** The page as it is now. */
  recognize: () => Page;
  /** Whether the user can see an element of the page. */
  shown: (element: Element) => boolean;
  /** False once this copy of the extension is orphaned (updated, reloaded, removed). */
  alive: () => boolean;
  /** Calls back on every change of the extension's storage (another tab, the popup, sync); returns the unsubscribe. */
  watchStorage: (onChange: () => void) => () => void;
  /** Makes the page watch, which calls back when the page changes in a way that matters. */
  pageWatch: (onChange: () => void) => PageWatching;
  /** Puts the card on the page (once). */
  mountUi: (handlers: GuideHandlers) => GuideUi;
  /** Where the user's own clicks are heard (the followed highlight). */
  clicks: Pick<Document, 'addEventListener'>;
  setTimeout: (work: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimeout: (timer: ReturnType<typeof setTimeout> | undefined) => void;
}

/** Storage changes made by other tabs only refresh what this tab shows: at most this often. */
const STORAGE_DEBOUNCE_MS = 250;

/** How Chromium and Firefox word a message whose answer was lost because the extension went away. */
const CONNECTION_LOST = /context invalidated|message channel closed|receiving end does not exist|message manager disconnected/i;

/** Why the guide stopped, in words for the card. */
function stopReason(error: unknown, alive: () => boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  // The extension may still look alive for a moment after its other half went away mid-answer.
  if (!alive() || CONNECTION_LOST.test(message)) return 'CM/ECF Link Guide was updated or reloaded. Reload this page to use the guide again.';
  return `It could not reach the rest of the extension (${message}). Reload this page to try again.`;
}

/** The loop over its dependencies; `update()` runs it once (the page watch and storage run it again). */
export function createGuide(deps: GuideDeps): { update: () => void } {
  let ui: GuideUi | undefined;
  let stopped = false;
  let hiddenForPage = false;
  let typedUsername: string | undefined;
  /**
   * This page load's own step: the one it last recorded, or the one it found already stored. A tab
   * records when its own step changes, never because another tab wrote.
   */
  let recorded: { step: StepId; nextGenLayout?: boolean } | undefined;
  /** What this tab last told the background Manage My Account shows. */
  let accountSent: string | undefined;
  /** Whether this page load has told the background it arrived (counts its setback, takes the followed fact). */
  let arrived = false;
  let followed: StepId | undefined;
  /** The step whose target is highlighted now, and its court. */
  let shownStep: { step: StepId; courtId: string } | undefined;
  let stopStorageWatch: (() => void) | undefined;
  let storageTimer: ReturnType<typeof setTimeout> | undefined;
  const watch = deps.pageWatch(() => void update());

  const ask = (request: GuideRequest) => deps.ask(request) as Promise<CourtState | null>;

  const quiet = () => {
    deps.clearTimeout(storageTimer);
    try {
      stopStorageWatch?.();
    } catch {
      // An orphaned copy may not be able to remove its listener; it will never fire again anyway.
    }
    stopStorageWatch = undefined;
    watch.stopInputs();
    watch.stopMenu();
  };

  const teardown = () => {
    ui?.remove();
    ui = undefined;
    quiet();
  };

  /** The guide cannot go on: say why in the card (when there is one), and stop listening to the page. */
  const stop = (error: unknown) => {
    if (stopped) return;
    stopped = true;
    watch.stopPage();
    quiet();
    if (ui) ui.stop(stopReason(error, deps.alive));
  };

  /** Runs one step of the loop or one button's work; any failure stops the guide visibly. */
  const guarded = (work: () => Promise<void>) => () => {
    if (stopped) return;
    work().catch(stop);
  };

  const update = guarded(async () => {
    if (!deps.alive()) throw new Error('extension gone');
    if (hiddenForPage) return;
    const page = deps.recognize();
    const kind = behaviourOf(page);
    const facts = kind.accountFacts?.(page);
    if (facts) {
      if (JSON.stringify(facts) !== accountSent) {
        accountSent = JSON.stringify(facts);
        await ask({ type: 'account-type', ...facts });
      }
    }
    const court = page.court;
    let state: CourtState | null = null;
    // Once per page load, as its first read: a page that shows a setback counts it (so the advice
    // can move on; the background checks the rest), the tab's "followed" fact is taken (was this
    // page reached through a highlight?), and the court's state comes back read after both.
    if (court && !arrived) {
      arrived = true;
      const arrival = (await deps.ask({ type: 'page-arrived', courtId: court.id, ...(kind.setback && { setback: kind.setback }) })) as Arrival | null;
      followed ??= arrival?.followed;
      state = arrival?.state ?? null;
    }
    state ??= court ? await ask({ type: 'court-state', courtId: court.id }) : null;
    // The user may have hidden the card or the guide may have stopped while the background answered.
    if (stopped || hiddenForPage) return;
    const view = state
      ? decide({
          page,
          record: state.record,
          settings: state.settings,
          typedUsername,
          login: state.login,
          followed,
          // This page load's own step (see `recorded`): what it judged the page to be before storage changed.
          shownBefore: recorded?.step,
          filerChosen: state.filerChosen,
          mfaAtLogin: state.mfaAtLogin,
          shown: deps.shown,
        })
      : null;
    shownStep = view?.target ? { step: view.step, courtId: view.court.id } : undefined;
    // The JSF login page changes without navigating (the redaction dialog): watch it while the
    // guide has something to say there, and nothing at all otherwise.
    if (view && page.urlFacts?.site === 'pacer-login') watch.observePage();
    else watch.stopPage();
    if (!view) return teardown();
    const username = kind.usernameField?.(page);
    if (username) watch.watchUsername(username, onUsername);
    // The E-Filing link in a closed drop-down: follow that menu opening (the highlight moves to the
    // link) and closing. While it is open the page names no opener, so the watch stays as it was.
    if (!kind.menu) watch.stopMenu();
    else {
      const menu = kind.menu(page);
      if (menu) watch.watchMenu(menu.opener, menu.link);
    }
    // A final step is the last word: recording it must not make the card vanish under the reader.
    if (STEP_INFO[view.step].final) quiet();
    else stopStorageWatch ??= deps.watchStorage(onStorageChange);
    render(view, page);
    // Only courts on the checklist have progress to record (the offer is for the others).
    if (state?.record && changedStep(view, state.record)) {
      recorded = { step: view.step, nextGenLayout: view.nextGenLayout ?? recorded?.nextGenLayout };
      await ask({ type: 'record-progress', courtId: view.court.id, step: view.step, nextGenLayout: view.nextGenLayout, mfaSeen: view.mfaSeen });
    } else if (state?.record && !recorded) {
      // The stored step was already this page's: it is this page load's own from now on, so that
      // another tab's write to the court never makes this one write back what it has not seen change.
      recorded = { step: view.step, nextGenLayout: view.nextGenLayout ?? state.record.nextGenLayout };
    }
  });

  /** This tab's step differs from what it recorded last (or, before its first record, from the stored one). */
  function changedStep(view: View, record: NonNullable<CourtState['record']>): boolean {
    const last = recorded ?? { step: record.lastStep, nextGenLayout: record.nextGenLayout };
    return last.step !== view.step || (view.nextGenLayout !== undefined && view.nextGenLayout !== last.nextGenLayout);
  }

  /**
   * The user's own click on the highlighted target (Enter on a link or button is a click too): tell
   * the background, so that the page it leads to can say when it is not the one the guide expects.
   * Best effort: the page may be unloading, and a lost fact only means no unexpected-page card.
   */
  const onFollow = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest('[data-link-guide-target]') : null;
    if (stopped || !event.isTrusted || !shownStep || target?.getAttribute('data-link-guide-target') !== shownStep.step) return;
    ask({ type: 'followed-target', courtId: shownStep.courtId, step: shownStep.step }).catch(() => undefined);
  };
  deps.clicks.addEventListener('click', onFollow as EventListener, true);

  function onStorageChange() {
    deps.clearTimeout(storageTimer);
    storageTimer = deps.setTimeout(update, STORAGE_DEBOUNCE_MS);
  }

  // The username typed, for the card's warning only: the content script records the login itself (in-page/guard/pacer-login.ts).
  const onUsername = (value: string) => {
    typedUsername = value;
    update();
  };

  function render(view: View, page: Page) {
    const courtId = view.court.id;
    ui ??= deps.mountUi({
      hide: () => {
        hiddenForPage = true;
        teardown();
      },
      notNow: guarded(async () => {
        await ask({ type: 'pause-court', courtId });
        teardown();
      }),
      acceptOffer: guarded(async () => {
        await ask({ type: 'add-court', courtId });
        update();
      }),
      dismissOffer: guarded(async () => {
        await ask({ type: 'dismiss-offer', courtId });
        teardown();
      }),
      // Only the background's word that the tab opened counts; a refusal (null) or no answer is a failure.
      reportPage: () =>
        ask({ type: 'report-page' }).then((answer) => {
          if (!(answer && typeof answer === 'object' && (answer as { opened?: unknown }).opened === true)) throw new Error('the report form did not open');
        }),
    });
    ui.show(view, page);
  }

  return { update };
}

/** `guard`: the guard on the permanent link the content script armed in this page, if any (in-page/guard). */
export function startGuide(guard?: LinkGuard): void {
  createGuide({
    ask: askBackground,
    recognize: () => recognize(document, location.href),
    shown: isShown,
    alive: extensionAlive,
    watchStorage,
    pageWatch: (onChange) => new PageWatch(onChange),
    mountUi: (handlers) => mountGuideUi(handlers, guard),
    clicks: document,
    setTimeout: (work, ms) => setTimeout(work, ms),
    clearTimeout: (timer) => clearTimeout(timer),
  }).update();
}
