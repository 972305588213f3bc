import { browser } from 'wxt/browser';

// Apart from the schema module so that the content script's guide can watch storage without
// carrying zod.

/** Calls back whenever the checklist or settings change (any tab, popup, options). */
export function watchStorage(callback: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local') callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
