import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askBackground } from '@/in-page/ask-background';
import { gatePlace, shouldWake } from '@/in-page/gate';
import { LinkGuard } from '@/in-page/guard/link-guard';
import { showLoadFailure } from '@/in-page/load-failure';
import { watchPacerLogin } from '@/in-page/guard/pacer-login';
import { extensionAlive, pageApi } from '@/in-page/page-api';
import { courtKey } from '@/utils/storage/court-key';

type Core = { startGuide: (guard?: LinkGuard) => void };

/**
 * The guide proper, loaded on demand so that quiet pages never compile it. guide-core.js is a
 * classic script bundle that leaves the guide on the content scripts' global. Chrome imports it
 * from the page; in Firefox the background injects it into this frame (AMO's linter refuses an
 * import() of a computed URL), where it shares this script's global.
 */
async function loadCore(ask: typeof askBackground): Promise<Core> {
  const loaded = () => (globalThis as { cmecfLinkGuide?: Core }).cmecfLinkGuide;
  if (import.meta.env.FIREFOX) {
    if (!loaded()) await ask({ type: 'load-guide' });
  } else await import(/* @vite-ignore */ pageApi.runtime.getURL('/guide-core.js'));
  const core = loaded();
  if (!core) throw new Error('guide-core.js ran, but left no guide');
  return core;
}

const parsed = () =>
  new Promise<void>((resolve) =>
    document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }) : resolve(),
  );

// The content script, injected at document_start into every *.uscourts.gov page but those of case
// data (see the manifest in wxt.config.ts and utils/courts/excluded-pages.ts). First, before any
// page script runs, the guard on the permanent link arms on every court's CM/ECF pages
// (in-page/guard), and PACER's login pages record the session's login: neither waits for anything.
// Then, once the page is parsed, the gate decides whether the guide could have something to say
// here (in-page/gate.ts); the guide itself (recognise → decide → render) loads only where it could.
// An unlisted script rather than a WXT content-script entrypoint: WXT's content-script runtime
// would cost every court page more than this whole file.
export default defineUnlistedScript(async () => {
  const place = gatePlace(location);
  if (!place) return;
  const ask: typeof askBackground = (request) => askBackground(request);
  const guard = place.site === 'cmecf' && place.courtId ? new LinkGuard(window, document, { courtId: place.courtId, ask, alive: extensionAlive }) : undefined;
  // One storage read per set of keys: PACER's login watch and the gate ask for the same ones.
  const reads = new Map<string, Promise<Record<string, unknown>>>();
  const read = (keys: string[]) => {
    const key = keys.join(' ');
    const stored = reads.get(key) ?? pageApi.storage.local.get(keys);
    reads.set(key, stored);
    return stored;
  };
  if (place.site === 'pacer-login' || place.site === 'pacer-account') {
    // A failed read counts as on: the login fact only ever makes the guard surer, never quieter.
    const guideOn = read(place.courtId ? [courtKey(place.courtId), 'settings'] : ['settings']).then(
      ({ settings }) => (settings as { guideEnabled?: unknown } | undefined)?.guideEnabled !== false,
      () => true,
    );
    watchPacerLogin(window, ask, guideOn);
  }
  let settings: unknown;
  const gateRead = async (keys: string[]) => {
    const stored = await read(keys);
    settings = stored.settings;
    return stored;
  };
  const wake = await shouldWake(location, gateRead, place).catch(() => false);
  // Only the user's own "Show the guide on court pages" turns the guard off; a failed read leaves it armed.
  guard?.settingsRead(settings as { guideEnabled?: unknown } | undefined);
  // In a frame: the guard and the login fact only; the guide shows in the top frame.
  if (!wake || window.top !== window) return;
  await parsed();
  let core: Core;
  try {
    core = await loadCore(ask);
  } catch (error) {
    // The guide could not load (an old browser, a blocked resource): the page says so in one line,
    // and the guard still holds this page's link on its own (its notice asks when it holds).
    console.warn('CM/ECF Link Guide: the guide could not load here.', error);
    showLoadFailure(document, Boolean(guard?.armed));
    return;
  }
  core.startGuide(guard);
});
