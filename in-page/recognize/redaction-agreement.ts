import { courtAt, findControl, isShown } from './dom';
import type { Examples, Recognized } from './types';
import { CONTINUE } from './wording';

function redactionForm(doc: Document): Element | null {
  return doc.getElementById('regmsg') ?? doc.querySelector('form[name="regmsg"]');
}

/** The checkbox a person clicks: PrimeFaces hides the real input and shows a styled box beside it. */
function visibleCheckbox(form: Element): { box: HTMLElement | null; input: HTMLInputElement | null } {
  const input = form.querySelector<HTMLInputElement>('input[type=checkbox][name^="regmsg:chkRedact"], input[type=checkbox][id^="regmsg:chkRedact"]');
  if (!input) return { box: null, input: null };
  if (isShown(input)) return { box: input, input };
  const styled = input.closest('.ui-chkbox')?.querySelector<HTMLElement>('.ui-chkbox-box') ?? null;
  return { box: styled, input };
}

/** The "Redaction Agreement" dialog PACER shows on the login page after sign-in. */
export function recognizeRedactionAgreement(doc: Document, url: URL): Recognized<'redaction-agreement'> {
  if (courtAt(url)?.site !== 'pacer-login') return null;
  const form = redactionForm(doc);
  if (!form) return null;
  const { box, input } = visibleCheckbox(form);
  if (!box || !isShown(box)) return null;
  const continueButton = form.querySelector<HTMLElement>('[name="regmsg:bpmConfirm"], #regmsg\\:bpmConfirm') ?? findControl(form, CONTINUE);
  return { kind: 'redaction-agreement', checkbox: box, checked: Boolean(input?.checked), continueButton };
}

export const EXAMPLES = {
  'redaction-agreement': [
    {
      practice: 'redaction dialog',
      url: 'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK',
      facts: { checkbox: { id: 'regmsg:chkRedact' }, checked: false },
    },
  ],
} satisfies Examples;
