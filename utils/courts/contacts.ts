// The court help desk's phone numbers and e-mail addresses, as links. PACER's feed writes them as
// free text ("Civil: 205-278-1724; Criminal: …", "515-284-6230 ext. 6220", "(212) 264-2800",
// "General Questions: info@miwd.uscourts.gov; …"), so they are picked out of it here.
import type { Court } from './catalog';

export interface Contact {
  /** What to show: the number or address as the court writes it, after its label when it has one. */
  label: string;
  /** tel: (RFC 3966, with ;ext=) or mailto:. */
  href: string;
}

const PHONE = /(?:\((\d{3})\)\s*|\b(\d{3})[-. ])(\d{3})[-. ](\d{4})\b(?:,?\s*(?:ext\.?|extension|x)\s*(\d{1,6}))?/gi;
// Court addresses only: the feed also holds placeholders such as deadmail@localhost.localdomain.
const EMAIL = /\b[a-z0-9._%+-]+@(?:[a-z0-9-]+\.)*uscourts\.gov\b/gi;

/** "Civil: " right before a contact names it; text holding an address or a link does not. */
function labelBefore(text: string): string | undefined {
  const m = /^\s*(.{1,60}?):\s*$/.exec(text);
  return m && !/@|https?:/i.test(m[1]) ? m[1] : undefined;
}

function found(text: string, pattern: RegExp, href: (m: RegExpExecArray) => string): Contact[] {
  return text.split(/;\s*/).flatMap((segment) =>
    [...segment.matchAll(pattern)].map((m) => {
      const label = labelBefore(segment.slice(0, m.index));
      return { label: label ? `${label}: ${m[0]}` : m[0], href: href(m) };
    }),
  );
}

/** The court's help-desk phones, then its e-mail addresses, once each. Pure. */
export function helpContacts(court: Pick<Court, 'helpDesk' | 'helpEmail'>): Contact[] {
  const phones = found(court.helpDesk, PHONE, (m) => `tel:+1-${m[1] ?? m[2]}-${m[3]}-${m[4]}${m[5] ? `;ext=${m[5]}` : ''}`);
  const emails = [court.helpDesk, court.helpEmail].flatMap((text) => found(text, EMAIL, (m) => `mailto:${m[0].toLowerCase()}`));
  const seen = new Set<string>();
  return [...phones, ...emails].filter((c) => !seen.has(c.href) && seen.add(c.href));
}
