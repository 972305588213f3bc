// The content script's loop: recognise → decide → render → record. Nothing else lives here.
import { decide, type View } from '@/utils/flow/decide';
import type { CourtState, GuideRequest } from '@/utils/messages';
import { pageApi } from '@/utils/page-api';
import { recognize, type Page } from '@/utils/recognize';
import { watchStorage } from '@/utils/storage/watch';
import { type GuideUi, mountGuideUi } from './ui';
import { PageWatch } from './watch';

const ask = (request: GuideRequest) => pageApi.runtime.sendMessage(request) as Promise<CourtState | null>;

/** False once the extension is updated, reloaded or removed: this copy of the guide is orphaned. */
const extensionAlive = () => Boolean(pageApi.runtime?.id);

export function startGuide(): void {
  let ui: GuideUi | undefined;
  let hiddenForPage = false;
  let typedUsername: string | undefined;
  let stopStorageWatch: (() => void) | undefined;
  const watch = new PageWatch(() => void update());

  const teardown = () => {
    ui?.remove();
    ui = undefined;
    stopStorageWatch?.();
    stopStorageWatch = undefined;
    watch.stopInputs();
  };

  function render(view: View, page: Page) {
    if (!ui) {
      ui = mountGuideUi({
        hide: () => {
          hiddenForPage = true;
          teardown();
        },
        notNow: async () => {
          await ask({ type: 'pause-court', courtId: view.court.id });
          teardown();
        },
        startGuide: async () => {
          await ask({ type: 'add-court', courtId: view.court.id });
          await update();
        },
        dismissOffer: async () => {
          await ask({ type: 'dismiss-offer', courtId: view.court.id });
          teardown();
        },
      });
    }
    ui.show(view, page);
  }

  async function update() {
    if (!extensionAlive()) {
      watch.stopPage();
      return teardown();
    }
    if (hiddenForPage) return;
    const page = recognize(document, location.href);
    if (page.kind === 'pacer-account' && page.accountType) await ask({ type: 'account-type', upgraded: page.accountType === 'upgraded' });
    const court = page.court;
    const state = court ? await ask({ type: 'court-state', courtId: court.id }) : null;
    const view = state ? decide({ page, record: state.record, settings: state.settings, typedUsername }) : null;
    // The JSF login page changes without navigating (the redaction dialog): watch it while the
    // guide has something to say there, and nothing at all otherwise.
    if (view && page.url?.site === 'pacer-login') watch.observePage();
    else watch.stopPage();
    if (!view) return teardown();
    if (page.kind === 'pacer-login' && page.username) {
      watch.watchUsername(page.username, (value) => {
        typedUsername = value;
        void update();
      });
    }
    // 'linked' is the last word: recording it must not make the card vanish under the reader.
    if (view.step === 'linked') {
      stopStorageWatch?.();
      stopStorageWatch = undefined;
    } else stopStorageWatch ??= watchStorage(() => void update());
    render(view, page);
    const record = state?.record;
    if (record && view.step !== 'offer' && (record.lastStep !== view.step || (view.nextGenLayout !== undefined && view.nextGenLayout !== record.nextGenLayout))) {
      await ask({ type: 'record-progress', courtId: view.court.id, step: view.step, nextGenLayout: view.nextGenLayout });
    }
  }

  void update();
}
