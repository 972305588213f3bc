// The key that moves focus to the hint card on a court page, as the card and the welcome page name
// it: one spelling, and the Mac's own name for Alt (the card matches it by its physical key).
// Plain searches: this runs in court pages, where a page's first regular expression costs the most.
const platform = navigator.platform || navigator.userAgent;
const ON_MAC = ['Mac', 'iPhone', 'iPad'].some((name) => platform.includes(name));

/** "Option+Shift+L" on a Mac, "Alt+Shift+L" elsewhere. */
export const FOCUS_KEY_NAME = ON_MAC ? 'Option+Shift+L' : 'Alt+Shift+L';
