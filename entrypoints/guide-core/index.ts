import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGuide } from '../../in-page/guide/guide';

// The guide proper, loaded by the content script only for courts where it could have something to
// say (see in-page/gate.ts): the recognisers, the steps table, and the hint UI.
// Chrome only: Firefox bundles the guide into the content script (see loadCore() in entrypoints/gate.ts).
export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    (globalThis as { cmecfLinkGuide?: { startGuide: typeof startGuide } }).cmecfLinkGuide = { startGuide };
  },
});
