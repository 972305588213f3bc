import { findControl } from './dom';
import { linkPageText, linkUtilityPage } from './link-page';
import { readLinkNames } from './link-names';
import type { Examples, Recognized } from './types';
import { CONFIRM_QUESTION, SUBMIT } from './wording';

/** A test build without this recogniser shows the guard holds the link without it (docs/safety.md). */
const ENABLED = import.meta.env.VITE_NO_CONFIRM_RECOGNIZER !== '1';

/**
 * The link utility asking to confirm: "Do you want to link these accounts?" (or "Verify your
 * account information", "Are you sure …"), with the CM/ECF name and the PACER name; or, in any
 * words, both names and no password field (the form's page asks for the password).
 */
export function recognizeLinkConfirm(doc: Document, url: URL): Recognized<'link-confirm'> {
  const main = ENABLED ? linkUtilityPage(doc, url) : null;
  if (!main || main.querySelector('input[type=password]')) return null;
  const { cmecfName, pacerName, labelled } = readLinkNames(main);
  const bothNames = Boolean(cmecfName && pacerName);
  if (!labelled || !(bothNames || CONFIRM_QUESTION.test(linkPageText(main)))) return null;
  return { kind: 'link-confirm', cmecfName, pacerName, submit: findControl(main, SUBMIT, true) };
}

export const EXAMPLES = {
  'link-confirm': [
    {
      practice: 'link confirm',
      url: 'http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl',
      facts: { cmecfName: 'Train Attorney03', pacerName: 'Train Attorneythree' },
    },
    {
      handmade: 'cob-confirm-verify.html',
      url: 'https://ecf.cob.uscourts.gov/cgi-bin/LinkAccount.pl',
      facts: { cmecfName: 'Jane Q. Filer', pacerName: 'Jane Filer', submit: { text: '' } },
    },
    {
      practice: 'link confirm, "Verify your account information"',
      url: 'http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl',
      facts: { cmecfName: 'Train Attorney03', pacerName: 'Train Attorneythree' },
    },
    {
      practice: 'link confirm, names inline',
      url: 'http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl',
      facts: { cmecfName: 'Train Attorney03', pacerName: 'Train Attorneythree' },
    },
    // "cannot be undone" is the confirm page's warning, not a refusal: never the error page.
    {
      practice: 'link confirm, "Are you sure … cannot be undone"',
      url: 'http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl',
      facts: { cmecfName: 'Ann B. Lee', pacerName: 'Ann Lee' },
    },
  ],
} satisfies Examples;
