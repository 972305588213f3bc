// Names the JavaScript test, bench and practice-court files meet inside the pages they drive
// (tsconfig.checkjs.json; the TypeScript project does not see them, so the extension's own code
// cannot lean on them).
import type { Browser } from '@wxt-dev/browser';

declare global {
  /** Chrome's extension API, inside `evaluate()` on the extension's pages or in its service worker. */
  var chrome: typeof Browser;
  interface Window {
    /** The extension API, inside `evaluate()` on one of the extension's own pages (Firefox; Chrome has `chrome`). */
    browser: typeof Browser;
    /** The bench's long-task observer, installed before a page's scripts run. */
    __longTasks?: number[];
    /** The bench's times (performance.now()) of DOMContentLoaded, the card painted and the guard's hold shown; -1 until seen. */
    __cardTiming: { dcl: number; card: number; held: number };
  }
}
