// Fields whose contents the guide must never read, nor watch being typed: passwords and one-time codes.

/** A password field, or a one-time-code field (MFA), whatever a page calls it. */
export function isSecretField(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLInputElement)) return false;
  return el.type === 'password' || /\bone-time-code\b/i.test(el.autocomplete || el.getAttribute('autocomplete') || '');
}
