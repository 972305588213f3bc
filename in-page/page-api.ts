// The extension API for code that runs inside court pages (the gate and the guide). Chrome's
// chrome.* and Firefox's browser.* both return promises, so this is the browser's own object: the
// webextension-polyfill that the extension's pages use would add 10 KB of script and about a
// millisecond of set-up to every court page a filer opens. Chosen at build time: probing at run time
// (`browser.runtime.id`) makes Chrome build bindings on every court page that it would not need.
import type { Browser } from '@wxt-dev/browser';

const scope = globalThis as { browser?: typeof Browser; chrome?: typeof Browser };

export const pageApi: typeof Browser = (import.meta.env.FIREFOX ? scope.browser : scope.chrome)!;

/** False once the extension is updated, reloaded or removed: this copy in the page is left behind. */
export function extensionAlive(): boolean {
  try {
    return Boolean(pageApi.runtime?.id);
  } catch {
    return false;
  }
}
