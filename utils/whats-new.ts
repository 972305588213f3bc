// What changed for the user in each version, in one line: the popup shows the line of the version
// just installed, once, after an update from an earlier one (utils/storage/update-notice.ts).
// A version with nothing the user would notice has no line, and the popup then says nothing.
export const WHATS_NEW: Readonly<Record<string, string>> = {
  '0.2.0':
    'New in this version: “Report this page” on a court page the guide does not know; Option+Shift+L on a Mac brings back the hint; the toolbar count and the headline here count the same courts.',
};
