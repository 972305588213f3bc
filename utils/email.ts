// The court's "Transaction Status" email after a link, pasted by the user into the popup.
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
      error: 'That does not look like the court’s link notification. Paste the whole email that says “Request: Link” with its Transaction ID and Transaction Status.',
    };
  }
  return { ok: true, notification: parsed.data };
}

export const isProcessed = (n: Notification) => /^processed$/i.test(n.status);
