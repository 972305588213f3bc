import { findControl } from './dom';
import { linkUtilityPage } from './link-page';
import { recognizeLinkError } from './link-error';
import type { Recognised } from './types';
import { SUBMIT } from './wording';

/** "Link a CM/ECF account to my PACER account": CM/ECF login and password, Submit. */
export function recognizeLinkForm(doc: Document, url: URL): Recognised<'link-form'> {
  const main = linkUtilityPage(doc, url);
  const password = main?.querySelector<HTMLInputElement>('input[type=password]');
  if (!main || !password || recognizeLinkError(doc, url)) return null;
  const form = password.form ?? main;
  const login = form.querySelector<HTMLInputElement>('input[type=text], input:not([type])');
  return { kind: 'link-form', login, password, submit: findControl(form, SUBMIT) };
}
