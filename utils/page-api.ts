// The extension API for code that runs inside court pages (the gate and the guide). Chrome's
// chrome.* and Firefox's browser.* both return promises, so this is the browser's own object: the
// webextension-polyfill that the extension's pages use would add 10 KB of script and about a
// millisecond of set-up to every court page a filer opens.
export { browser as pageApi } from '@wxt-dev/browser';
