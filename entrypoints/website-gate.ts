import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askBackground } from '@/in-page/ask-background';
import { type StoredForGate, worthWaking } from '@/in-page/gate';
import { pageApi } from '@/in-page/page-api';
import { loadGuide } from '@/in-page/wake-guide';
import { courtWebsiteId } from '@/utils/courts/url-shape';
import { courtKey } from '@/utils/storage/court-key';

// The content script of court websites (www.<court>.uscourts.gov): no guard and no PACER login to
// watch there, so only the gate. Once the page is idle, one storage read decides whether the guide
// could speak (a court on the checklist, not verified or paused); most court websites a filer opens
// end there, so that path is a handful of calls: V8 compiles each function on its first call, in
// the page's time. CM/ECF and PACER pages get entrypoints/gate.ts instead (the manifest's globs
// split them).
export default defineUnlistedScript(() => {
  const courtId = courtWebsiteId(location.hostname);
  if (!courtId || window.top !== window) return;
  const key = courtKey(courtId);
  return pageApi.storage.local.get([key, 'settings']).then(
    (stored) => {
      if (worthWaking(courtId, false, { record: stored[key], settings: stored.settings } as StoredForGate))
        return loadGuide((request) => askBackground(request));
    },
    // Unreadable storage: nothing to say here.
    () => undefined,
  );
});
