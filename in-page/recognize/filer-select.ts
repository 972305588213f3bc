// A filing agent who files for several filers picks the filer after signing in (the Rhode Island
// district court's attorney manual, "Filing Agents": a list of filers, and a "Change user" control).
// Its menus are the agent's, so the page proves nothing about a link: neither linked nor PACER-only.
// No public copy of its markup exists: recognised by several signals, never one id: a CM/ECF host,
// words about choosing the filer one acts for, a shown list of filers (a select, or radio buttons)
// and a control that goes on; and no password field (the link utility's pages have one or a name pair).
import { CONTROLS, controlLabel, courtAt, isShown, textOf } from './dom';
import { linkUtilityPage } from './link-page';
import type { Examples, Recognized } from './types';

const FILER_WORDS =
  /\b(?:select (?:a |the )?filer|choose (?:a |the )?filer|filing agent|(?:file|filing) on behalf of|acting (?:as|for) (?:a |the )?filer|change (?:user|filer))\b/;
const GO_ON = /^(?:continue|next|submit|select|ok|go)$/;

export function recognizeFilerSelect(doc: Document, url: URL): Recognized<'filer-select'> {
  if (courtAt(url)?.site !== 'cmecf' || linkUtilityPage(doc, url)) return null;
  const main = doc.getElementById('cmecfMainContent') ?? doc.body;
  if (!main || !FILER_WORDS.test(textOf(main, 2000))) return null;
  if (Array.from(main.querySelectorAll('input[type=password]')).some((p) => isShown(p))) return null;
  const select = Array.from(main.querySelectorAll<HTMLElement>('select'))
    .slice(0, 10)
    .find((s) => isShown(s));
  const radios = Array.from(main.querySelectorAll<HTMLInputElement>('input[type=radio]')).filter((r) => isShown(r));
  const list = select ?? (radios.length > 1 ? radios[0]! : null);
  if (!list) return null;
  const goOn = Array.from(main.querySelectorAll<HTMLElement>(CONTROLS))
    .slice(0, 50)
    .find((el) => isShown(el) && GO_ON.test(controlLabel(el)));
  return goOn ? { kind: 'filer-select', list, goOn } : null;
}

export const EXAMPLES = {
  'filer-select': [
    {
      handmade: 'rid-filing-agent-select-filer.html',
      url: 'https://ecf.rid.uscourts.gov/cgi-bin/login.pl',
      facts: { list: { id: 'filer' }, goOn: { id: 'continue' } },
    },
  ],
} satisfies Examples;
