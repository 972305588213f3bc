import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGuide } from '../../in-page/guide/guide';

// The guide proper, loaded by the content script only for courts where it could have something to
// say (see in-page/gate.ts): the recognisers, the steps table, and the hint UI. Chrome imports it
// from the page; Firefox's background injects it into the tab (loadCore() in in-page/wake-guide.ts).
export default defineUnlistedScript({
  main() {
    const scope = globalThis as { cmecfLinkGuide?: { startGuide: typeof startGuide }; cmecfWantsGuide?: boolean };
    // Firefox: injected by the background where a gate asked for it; a page the tab moved to since never asked.
    if (import.meta.env.FIREFOX && !scope.cmecfWantsGuide) return;
    scope.cmecfLinkGuide = { startGuide };
  },
});
