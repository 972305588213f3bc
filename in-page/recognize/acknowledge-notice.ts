// A notice PACER shows after login with one button to acknowledge it (`btnAckOkay` in public scripts
// that log in to PACER; what it says is not public). Recognised by its shape, never by the id alone:
// PACER's login host, a shown dialog that is not the sign-in form, asks for nothing (no field but a
// checkbox, which would make it the redaction agreement, is allowed either), speaks of neither MFA
// nor a password, and offers exactly one control: OK, Acknowledge, I understand, Continue or Close.
import { CONTROLS, controlLabel, courtAt, isShown } from './dom';
import { holdsSignIn, MFA_WORDS, PASSWORD_CHANGE_WORDS, shownDialogs, wordsOf } from './pacer-prompt';
import type { Examples, Recognized } from './types';

const ACKNOWLEDGE = /^(?:ok(?:ay)?|acknowledge|i acknowledge|i understand|continue|close|accept)$/;

/** The shown controls of a region (the first 20), as the user can press them. */
function shownControls(region: Element): HTMLElement[] {
  return Array.from(region.querySelectorAll<HTMLElement>(`${CONTROLS}, [role=button]`))
    .slice(0, 20)
    .filter((el) => isShown(el));
}

/** Any field the user would type into or tick (hidden inputs aside). */
const asksSomething = (region: Element) =>
  Array.from(region.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea')).some((el) => isShown(el));

export function recognizeAcknowledgeNotice(doc: Document, url: URL): Recognized<'acknowledge-notice'> {
  if (courtAt(url)?.site !== 'pacer-login') return null;
  for (const region of shownDialogs(doc)) {
    if (holdsSignIn(region) || asksSomething(region)) continue;
    const words = wordsOf(region);
    if (MFA_WORDS.test(words) || PASSWORD_CHANGE_WORDS.test(words)) continue;
    const controls = shownControls(region);
    if (controls.length === 1 && ACKNOWLEDGE.test(controlLabel(controls[0]!))) return { kind: 'acknowledge-notice', button: controls[0]! };
  }
  return null;
}

const LOGIN = 'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK';

export const EXAMPLES = {
  'acknowledge-notice': [
    { practice: 'acknowledgement dialog', url: LOGIN, facts: { button: { id: 'btnAckOkay' } } },
    { handmade: 'pacer-notice-other-ids.html', url: LOGIN, facts: { button: { id: 'understood' } } },
  ],
} satisfies Examples;
