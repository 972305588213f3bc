// The content script's loop: recognise → decide → render → record. Nothing else lives here.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { decide, type View } from '@/utils/flow/decide';
import { recognize, type Page } from '@/utils/recognize';
import { addCourt, dismissOffer, readCourt, readSettings, recordAccountType, recordProgress, setPaused, watchStorage } from '@/utils/storage';
import { type GuideUi, mountGuideUi } from './ui';
import { PageWatch } from './watch';

export function startGuide(ctx: ContentScriptContext): void {
  let ui: GuideUi | undefined;
  let hiddenForPage = false;
  let typedUsername: string | undefined;
  let stopStorageWatch: (() => void) | undefined;
  const watch = new PageWatch(ctx, () => void update());

  const teardown = () => {
    ui?.remove();
    ui = undefined;
    stopStorageWatch?.();
    stopStorageWatch = undefined;
    watch.stopInputs();
  };

  async function render(view: View, page: Page) {
    if (!ui) {
      ui = await mountGuideUi(ctx, {
        hide: () => {
          hiddenForPage = true;
          teardown();
        },
        notNow: async () => {
          await setPaused(view.court.id, true);
          teardown();
        },
        startGuide: async () => {
          await addCourt(view.court.id);
          await update();
        },
        dismissOffer: async () => {
          await dismissOffer(view.court.id);
          teardown();
        },
      });
    }
    ui.show(view, page);
  }

  async function update() {
    if (hiddenForPage || ctx.isInvalid) return;
    const page = recognize(document, location.href);
    if (page.kind === 'pacer-account' && page.accountType) await recordAccountType(page.accountType === 'upgraded');
    // The JSF login page changes without navigating (the redaction dialog): keep watching it.
    if (page.url?.site === 'pacer-login') watch.observePage();
    else watch.stopPage();
    const court = page.court;
    const [record, settings] = court ? await Promise.all([readCourt(court.id), readSettings()]) : [undefined, undefined];
    const view = settings ? decide({ page, record, settings, typedUsername }) : null;
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
    await render(view, page);
    if (record && view.step !== 'offer' && (record.lastStep !== view.step || (view.nextGenLayout !== undefined && view.nextGenLayout !== record.nextGenLayout))) {
      await recordProgress(court!.id, view.step, view.nextGenLayout === undefined ? {} : { nextGenLayout: view.nextGenLayout });
    }
  }

  void update();
}
