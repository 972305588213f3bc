// A filing agent who files for several filers picks the filer after signing in (the Rhode Island
// district court's attorney manual, "Filing Agents": a list of filers, and a "Change user" control).
// Its menu bar is the agent's, so the page itself proves nothing about a link: neither linked nor PACER-only.
// No public copy of its markup exists: recognised by several signals, never one id: a CM/ECF host,
// words about choosing the filer one acts for, a shown list of filers (a select, or radio buttons)
// that names itself so and a control that goes on, all in one form; no password field.
import { CONTROLS, controlLabel, courtAt, isShown, textOf } from './dom';
import { linkUtilityPage } from './link-page';
import type { Examples, Recognized } from './types';

const FILER_WORDS =
  /\b(?:select (?:a |the )?filer|choose (?:a |the )?filer|filing agents?|(?:file|filing) on behalf of|acting (?:as|for) (?:a |the )?filer|change (?:user|filer))\b/;
/** What the list of filers calls itself (its label, name or id). */
const LIST_WORDS = /\b(?:filer|attorney|user|on behalf)/;
const GO_ON = /^(?:continue|next|submit|select|ok|go)$/;

/** A list's own words: its labels, name and id ("filerList" → "filer list"). */
const listWords = (list: HTMLInputElement | HTMLSelectElement) =>
  [...Array.from(list.labels ?? [], (label) => label.textContent ?? ''), list.name, list.id]
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/**
 * The filer's choice, all in one form: words about choosing the filer, a shown single-choice list of
 * filers (a select, or radio buttons) that names itself so, and a control that goes on. A filer's
 * own screens (an event's "Select the filer" list that takes several, a quick search) are not it.
 */
export function recognizeFilerSelect(doc: Document, url: URL): Recognized<'filer-select'> {
  if (courtAt(url)?.site !== 'cmecf' || linkUtilityPage(doc, url)) return null;
  const main = doc.getElementById('cmecfMainContent') ?? doc.body;
  if (!main) return null;
  for (const form of Array.from(main.querySelectorAll('form')).slice(0, 10)) {
    if (!FILER_WORDS.test(textOf(form, 1500))) continue;
    if (Array.from(form.querySelectorAll('input[type=password]')).some((p) => isShown(p))) continue;
    const lists = [
      ...Array.from(form.querySelectorAll('select')).filter((s) => !s.multiple),
      ...Array.from(form.querySelectorAll<HTMLInputElement>('input[type=radio]')),
    ].filter((el) => isShown(el) && LIST_WORDS.test(listWords(el)));
    const list = lists[0];
    const radios = (name: string) => Array.from(form.querySelectorAll<HTMLInputElement>('input[type=radio]')).filter((r) => r.name === name).length;
    if (!list || (list instanceof HTMLInputElement && radios(list.name) < 2)) continue;
    const goOn = Array.from(form.querySelectorAll<HTMLElement>(CONTROLS))
      .slice(0, 20)
      .find((el) => isShown(el) && GO_ON.test(controlLabel(el)));
    if (goOn) return { kind: 'filer-select', list, goOn };
  }
  return null;
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
