// Fields whose contents the guide must never read, nor watch being typed: passwords and one-time codes.
// Only attributes and labels are looked at here, never what a field holds.

/** Words that name a one-time code (MFA), in a field's label, placeholder, name or id. */
const CODE_WORDS = /\b(?:one[- ]?time|passcode|otp|mfa|2fa|(?:verification|authentication|authenticator|security|backup|recovery|mfa) code)\b/;

/** "mfaForm:backupCode" → "mfa form backup code": names and ids read as words. */
const asWords = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .toLowerCase();

/** What a field says about itself: its labels (bounded), placeholder, accessible name, name and id. */
function ownWords(input: HTMLInputElement): string {
  const labels = Array.from(input.labels ?? [], (label) => (label.textContent ?? '').slice(0, 100));
  const attrs = ['placeholder', 'aria-label', 'title'].map((a) => input.getAttribute(a) ?? '');
  return [...labels, ...attrs, asWords(input.name), asWords(input.id)].join(' ').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A field for an MFA code, by any one sign: autocomplete="one-time-code", a short numeric field
 * (inputmode="numeric" with maxlength 6–8), or words that name a code. Whether a page *is* an MFA
 * prompt takes more than this (in-page/recognize/mfa.ts); keeping a field's keys private does not.
 */
export function isOneTimeCodeField(input: HTMLInputElement): boolean {
  if (!['text', 'tel', 'number', 'password', ''].includes(input.type)) return false;
  if (/\bone-time-code\b/i.test(input.getAttribute('autocomplete') ?? '')) return true;
  const maxLength = Number(input.getAttribute('maxlength'));
  if (input.getAttribute('inputmode') === 'numeric' && maxLength >= 6 && maxLength <= 8) return true;
  return CODE_WORDS.test(ownWords(input));
}

/** A password field, or a one-time-code field (MFA), whatever a page calls it. */
export function isSecretField(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLInputElement)) return false;
  return el.type === 'password' || isOneTimeCodeField(el);
}
