import { linkUtilityPage } from './link-page';
import type { Examples, Recognized } from './types';

/** "Link a CM/ECF account to my PACER account": CM/ECF login and password, Submit. */
export function recognizeLinkForm(doc: Document, url: URL): Recognized<'link-form'> {
  const main = linkUtilityPage(doc, url);
  const password = main?.querySelector<HTMLInputElement>('input[type=password]');
  if (!main || !password) return null;
  const form = password.form ?? main;
  return { kind: 'link-form', login: form.querySelector<HTMLInputElement>('input[type=text], input:not([type])') };
}

export const EXAMPLES = {
  'link-form': [{ practice: 'link form', url: 'http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl' }],
} satisfies Examples;
