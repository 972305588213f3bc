import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askBackground } from '@/in-page/ask-background';
import { gatePlace } from '@/in-page/gate';
import { pageApi } from '@/in-page/page-api';
import { wakeGuide } from '@/in-page/wake-guide';

// The content script of court websites (www.<court>.uscourts.gov): no guard and no PACER login to
// watch there, so only the gate. Once the page is idle, one storage read decides whether the guide
// could speak (a court on the checklist, not verified or paused); most court websites a filer opens
// end there. CM/ECF and PACER pages get entrypoints/gate.ts instead (the manifest's globs split them).
export default defineUnlistedScript(async () => {
  const place = gatePlace(location);
  if (place?.site !== 'court-website' || window.top !== window) return;
  await wakeGuide(
    place,
    (keys) => pageApi.storage.local.get(keys),
    (request) => askBackground(request),
  );
});
