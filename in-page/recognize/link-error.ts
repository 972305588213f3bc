import { collapseSpaces } from '../../utils/text';
import { findControl, textOf } from './dom';
import { linkPageMessages, linkUtilityPage } from './link-page';
import type { Examples, Recognized } from './types';
import { LINK_FAILURE, SUBMIT } from './wording';

/** The link utility refusing: wrong CM/ECF login or password, account already linked, … */
export function recognizeLinkError(doc: Document, url: URL): Recognized<'link-error'> {
  const main = linkUtilityPage(doc, url);
  if (!main) return null;
  const element = linkPageMessages(main).find((el) => {
    const text = textOf(el);
    return text.length < 300 && LINK_FAILURE.test(text);
  });
  if (!element) return null;
  const message = collapseSpaces(element.textContent ?? '');
  // The form usually comes back beside the message so the filer can try again.
  const retry = main.querySelector<HTMLInputElement>('input[type=password]') ?? findControl(main, SUBMIT);
  return { kind: 'link-error', message, retry };
}

export const EXAMPLES = {
  'link-error': [
    {
      practice: 'link error',
      url: 'http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl',
      facts: { message: 'Invalid CM/ECF login or password. Please try again.' },
    },
  ],
} satisfies Examples;
