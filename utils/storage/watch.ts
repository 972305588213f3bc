import { pageApi } from '../../in-page/page-api';

// Apart from the schema module, and on the browser's own API object, so that the guide in court
// pages can watch storage without carrying zod or the polyfill.

/** Calls back whenever the checklist or settings change (any tab, popup, options). */
export function watchStorage(callback: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local') callback();
  };
  pageApi.storage.onChanged.addListener(listener);
  return () => pageApi.storage.onChanged.removeListener(listener);
}
