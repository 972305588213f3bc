import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountGuideUi } from './ui';

// The hint UI (Preact, floating-ui, the card) in a script of its own: the content script loads it
// only on pages where the guide has something to show, so quiet pages never pay for it.
export default defineUnlistedScript(() => {
  (globalThis as { cmecfLinkGuideUi?: { mountGuideUi: typeof mountGuideUi } }).cmecfLinkGuideUi = { mountGuideUi };
});
