// The court's "Transaction Status" email after a link, pasted by the user into the popup.
import { courtById } from './courts/catalog';
import { courtsNamedIn } from './courts/named';
import { Notification } from './storage/schema';

const FIELDS = {
  court: /^\s*court\s*:\s*(.+)$/im,
  submitted: /^\s*date\s*\/\s*time submitted\s*:\s*(.+)$/im,
  transactionId: /^\s*transaction id\s*:\s*(\S+)\s*$/im,
  request: /^\s*request\s*:\s*(.+)$/im,
  status: /^\s*transaction status\s*:\s*(.+)$/im,
};

export type ParsedEmail = { ok: true; notification: Notification } | { ok: false; error: string };

/** Reads Transaction ID, time, request and status; anything else gets a plain message. */
export function parseLinkNotification(text: string): ParsedEmail {
  const found = Object.fromEntries(Object.entries(FIELDS).map(([key, re]) => [key, re.exec(text.slice(0, 20_000))?.[1]?.trim()]));
  const parsed = Notification.safeParse(found);
  if (!parsed.success || !/\blink\b/i.test(parsed.data.request)) {
    return {
      ok: false,
      error:
        'That does not look like the court’s link notification. Paste the whole email that says “Request: Link” with its Transaction ID and Transaction Status.',
    };
  }
  return { ok: true, notification: parsed.data };
}

export const isProcessed = (n: Notification) => /^processed$/i.test(n.status);

/**
 * The e-mail pasted under a court's row: read as above, and refused when its "Court:" line names
 * another court (an e-mail under the wrong row would mark that row linked). A Court line that
 * names no court this version knows, or none at all, is accepted: the court wrote it.
 */
export function readEmailForCourt(text: string, courtId: string): ParsedEmail {
  const parsed = parseLinkNotification(text);
  if (!parsed.ok || !parsed.notification.court) return parsed;
  const named = courtsNamedIn(parsed.notification.court);
  if (!named.length || named.some((court) => court.id === courtId)) return parsed;
  const row = courtById(courtId)?.name ?? courtId.toUpperCase();
  const other = named.length === 1 ? ` (${named[0].name})` : '';
  return {
    ok: false,
    error: `That email is about “${parsed.notification.court}”${other}, not the ${row}. Paste it under that court’s row instead. Nothing was saved.`,
  };
}
