import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { shouldWake } from '@/utils/gate';
import { pageApi } from '@/utils/page-api';

type Core = { startGuide: () => void };

/**
 * The guide proper. Chrome loads guide-core.js on demand, so quiet pages never compile it; Firefox
 * gets it bundled here, because AMO's linter refuses an import() of a computed URL.
 */
async function loadCore(): Promise<Core> {
  if (import.meta.env.FIREFOX) return import('./guide-core/guide');
  // guide-core.js is a classic script bundle: importing it runs it, and it leaves the guide here.
  await import(/* @vite-ignore */ pageApi.runtime.getURL('/guide-core.js'));
  return (globalThis as { cmecfLinkGuide?: Core }).cmecfLinkGuide!;
}

// The content script, injected into every *.uscourts.gov page but those of case data (see the
// manifest in wxt.config.ts and utils/courts/excluded-pages.ts).
// It only decides whether the guide could have something to say here (utils/gate.ts); the guide
// itself (recognise → decide → render) loads when it could. An unlisted script rather than a WXT
// content-script entrypoint: WXT's content-script runtime would cost every court page more than
// this whole file.
export default defineUnlistedScript(async () => {
  if (await shouldWake(location, (keys) => pageApi.storage.local.get(keys))) (await loadCore()).startGuide();
});
