import { courtAt, findControl } from './dom';
import { isRedactionDialogShown } from './redaction-agreement';
import type { Recognised } from './types';
import { LOGIN } from './wording';

/** PACER's central login (JSF): username, password, client code, Login. */
export function recognizePacerLogin(doc: Document, url: URL): Recognised<'pacer-login'> {
  if (courtAt(url)?.site !== 'pacer-login' || isRedactionDialogShown(doc)) return null;
  const username = doc.querySelector<HTMLInputElement>('input[name="loginForm:loginName"], input#loginForm\\:loginName');
  if (!username) return null;
  const form = username.form ?? doc;
  const submit = form.querySelector<HTMLElement>('[name="loginForm:fbtnLogin"], #loginForm\\:fbtnLogin') ?? findControl(form, LOGIN);
  return { kind: 'pacer-login', username, submit };
}
