import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askBackground } from '@/in-page/ask-background';
import { gatePlace } from '@/in-page/gate';
import { LinkGuard } from '@/in-page/guard/link-guard';
import { watchPacerLogin } from '@/in-page/guard/pacer-login';
import { extensionAlive, pageApi } from '@/in-page/page-api';
import { wakeGuide } from '@/in-page/wake-guide';
import { courtKey } from '@/utils/storage/court-key';

// The content script of CM/ECF and PACER pages, injected at document_start into every ecf.* and
// pacer.* page of uscourts.gov but those of case data (see the manifest in wxt.config.ts and
// utils/courts/excluded-pages.ts). First, before any page script runs, the guard on the permanent
// link arms on every court's CM/ECF pages (in-page/guard), and PACER's login pages record the
// session's login: neither waits for anything. Then, once the page is parsed, the gate decides
// whether the guide could have something to say here (in-page/gate.ts); the guide itself
// (recognise → decide → render) loads only where it could. Court websites get the lighter
// entrypoints/website-gate.ts instead. An unlisted script rather than a WXT content-script
// entrypoint: WXT's content-script runtime would cost every court page more than this whole file.
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
  await wakeGuide(place, read, ask, guard);
});
