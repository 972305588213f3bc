// What both content scripts do once they know where they are (entrypoints/gate.ts on CM/ECF and
// PACER, entrypoints/website-gate.ts on court websites): from one storage read, decide whether the
// guide could say anything here (in-page/gate.ts), and only then load the guide core and start it.
import type { askBackground } from './ask-background';
import { type GatePlace, type ReadStorage, shouldWake } from './gate';
import type { LinkGuard } from './guard/link-guard';
import { showLoadFailure } from './load-failure';
import { pageApi } from './page-api';

type Core = { startGuide: (guard?: LinkGuard) => void };

const parsed = () =>
  new Promise<void>((resolve) =>
    document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }) : resolve(),
  );

/**
 * The guide proper, loaded on demand so that quiet pages never compile it. guide-core.js is a
 * classic script bundle that leaves the guide on the content scripts' global. Chrome imports it
 * from the page; in Firefox the background injects it into this frame (AMO's linter refuses an
 * import() of a computed URL), where it shares this script's global.
 */
async function loadCore(ask: typeof askBackground): Promise<Core> {
  const scope = globalThis as { cmecfLinkGuide?: Core; cmecfWantsGuide?: boolean };
  // Only a real guide counts: a court page's frame named "cmecfLinkGuide" may show through in Firefox.
  const loaded = () => (typeof scope.cmecfLinkGuide?.startGuide === 'function' ? scope.cmecfLinkGuide : undefined);
  if (import.meta.env.FIREFOX) {
    // The core defines the guide only where this says it is wanted: injected into the next page of
    // the tab (it navigated meanwhile), it leaves nothing behind.
    scope.cmecfWantsGuide = true;
    if (!loaded()) await ask({ type: 'load-guide' });
  } else await import(/* @vite-ignore */ pageApi.runtime.getURL('/guide-core.js'));
  const core = loaded();
  if (!core) throw new Error('guide-core.js ran, but left no guide');
  return core;
}

/**
 * Starts the guide where it may speak. `guard`: the guard the CM/ECF content script armed (the
 * settings read here may turn it off, only by the user's own switch). In a frame nothing more: the
 * guide shows in the top frame.
 */
export async function wakeGuide(place: GatePlace, read: ReadStorage, ask: typeof askBackground, guard?: LinkGuard): Promise<void> {
  let settings: unknown;
  const wake = await shouldWake(
    location,
    async (keys) => {
      const stored = await read(keys);
      settings = stored.settings;
      return stored;
    },
    place,
  ).catch(() => false);
  // Only the user's own "Show the guide on court pages" turns the guard off; a failed read leaves it armed.
  guard?.settingsRead(settings as { guideEnabled?: unknown } | undefined);
  if (!wake || window.top !== window) return;
  await loadGuide(ask, guard);
}

/** Once the page is parsed, loads the guide core and starts it; the page says so when it cannot load. */
export async function loadGuide(ask: typeof askBackground, guard?: LinkGuard): Promise<void> {
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
}
