// The extension API for code that runs inside court pages (the gate and the guide). Chrome's
// chrome.* and Firefox's browser.* both return promises, so this is the browser's own object: the
// webextension-polyfill that the extension's pages use would add 10 KB of script and about a
// millisecond of set-up to every court page a filer opens. Only content scripts and extension pages
// import this, where `browser` (Firefox) or `chrome` (Chrome) is always the extension API; it is
// picked without touching `runtime`, whose bindings Chrome would otherwise build on every page.
import type { Browser } from '@wxt-dev/browser';

const scope = globalThis as { browser?: typeof Browser; chrome?: typeof Browser };

export const pageApi: typeof Browser = (scope.browser ?? scope.chrome)!;
