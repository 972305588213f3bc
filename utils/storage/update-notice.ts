// The one line the popup shows after an update: the browser says the extension was updated, and
// from which version; a newer version with a line in WHATS_NEW keeps it until the user dismisses it.
// A downgrade, a reinstall and a fresh install say nothing.
import { storage } from 'wxt/utils/storage';
import { WHATS_NEW } from '../whats-new';

const noticeItem = storage.defineItem<string | null>('local:updateNotice', { fallback: null });

/** "0.10.0" is newer than "0.9.1": dotted numbers compared part by part. */
function isOlder(from: string, to: string): boolean {
  const [a, b] = [from, to].map((v) => v.split('.').map((part) => Number.parseInt(part, 10) || 0));
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
}

/** On the browser's `onInstalled` with reason "update": from `previous` to `version`. */
export async function noteUpdate(previous: string, version: string): Promise<void> {
  if (isOlder(previous, version) && WHATS_NEW[version]) await noticeItem.setValue(version);
}

/** The line to show, for the version installed now; null when there is none or it was dismissed. */
export async function readUpdateNotice(version: string): Promise<string | null> {
  const noted = await noticeItem.getValue();
  return noted === version ? (WHATS_NEW[version] ?? null) : null;
}

export const dismissUpdateNotice = () => noticeItem.removeValue();
