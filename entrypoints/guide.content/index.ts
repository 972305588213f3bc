import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { gateCourt, worthWaking } from '@/utils/gate';

type Core = { startGuide: (ctx: ContentScriptContext) => void };

/**
 * The guide proper. Chrome loads guide-core.js on demand, so quiet pages never compile it; Firefox
 * gets it bundled here, because AMO's linter refuses an import() of a computed URL.
 */
async function loadCore(): Promise<Core> {
  if (import.meta.env.FIREFOX) return import('../guide-core/guide');
  const slot = globalThis as { cmecfLinkGuide?: Core };
  if (!slot.cmecfLinkGuide) await import(/* @vite-ignore */ browser.runtime.getURL('/guide-core.js'));
  return slot.cmecfLinkGuide!;
}

// Runs on every *.uscourts.gov page. It only decides whether the guide could have something to
// say here (utils/gate.ts); the guide itself (recognise → decide → render) loads when it could.
export default defineContentScript({
  matches: ['*://*.uscourts.gov/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const court = gateCourt(location.href);
    if (!court) return;
    if (court.courtId) {
      const key = `court:${court.courtId}`;
      const stored = await browser.storage.local.get([key, 'settings']);
      if (!worthWaking(court.courtId, { record: stored[key] as never, settings: stored.settings as never })) return;
    }
    (await loadCore()).startGuide(ctx);
  },
});
