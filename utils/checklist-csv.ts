// The checklist as a CSV file for a firm's records (RFC 4180: CRLF lines, quoted where needed).
import type { CourtRecord } from './storage/schema';

export const CSV_HEADER = ['court id', 'court name', 'status', 'added', 'linked', 'verified', 'notification transaction id', 'notification time'] as const;

const iso = (time: number | undefined) => (time === undefined ? '' : new Date(time).toISOString());

// The zones U.S. courts write in their notification emails ("11/01/2015 10:40:36 CST").
const ZONES: Record<string, string> = {
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  AKST: '-09:00',
  AKDT: '-08:00',
  HST: '-10:00',
  AST: '-04:00',
  CHST: '+10:00',
};

/** The court's "Date/Time Submitted" in ISO 8601 when it has the usual shape, else as the court wrote it. */
export function notificationTime(submitted: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ([A-Z]{2,4})$/.exec(submitted.trim());
  const zone = m && ZONES[m[7]];
  if (!m || !zone) return submitted;
  const two = (s: string) => s.padStart(2, '0');
  return `${m[3]}-${two(m[1])}-${two(m[2])}T${two(m[4])}:${m[5]}:${m[6]}${zone}`;
}

/**
 * One cell. A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a
 * formula, so such a cell gets a leading apostrophe; a cell with a quote, comma or line break is quoted.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The checklist with a header row, one row per court in the order given. */
export function checklistCsv(courts: readonly CourtRecord[], nameOf: (id: string) => string): string {
  const rows = courts.map((c) => [
    c.id,
    nameOf(c.id),
    c.status,
    iso(c.added),
    iso(c.linked),
    iso(c.verified),
    c.notification?.transactionId ?? '',
    c.notification ? notificationTime(c.notification.submitted) : '',
  ]);
  return `${[[...CSV_HEADER], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
