// The welcome page opens once per profile. `onInstalled` says 'install' more than once for the same
// profile when the browser loads the extension from a folder (each Chromium launch with
// --load-extension, each temporary add-on load in Firefox): the marker is what makes it once.
import { storage } from 'wxt/utils/storage';

const welcomedItem = storage.defineItem<boolean>('local:welcomed', { fallback: false });

/** True the first time it is asked in this profile, false ever after (until storage is cleared). */
export async function claimFirstWelcome(): Promise<boolean> {
  if (await welcomedItem.getValue()) return false;
  await welcomedItem.setValue(true);
  return true;
}
