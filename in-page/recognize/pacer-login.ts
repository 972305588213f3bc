import { courtAt } from './dom';
import type { Examples, Recognized } from './types';

/** PACER's central login (JSF): username, password, client code, Login. */
export function recognizePacerLogin(doc: Document, url: URL): Recognized<'pacer-login'> {
  if (courtAt(url)?.site !== 'pacer-login') return null;
  const username = doc.querySelector<HTMLInputElement>('input[name="loginForm:loginName"], input#loginForm\\:loginName');
  return username ? { kind: 'pacer-login', username } : null;
}

export const EXAMPLES = {
  'pacer-login': [{ practice: 'PACER login', url: 'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK' }],
} satisfies Examples;
