// The two names a confirm page shows ("CM/ECF Name: … PACER Name: …"), read from the page's text
// rather than from any one markup: a label cell and its value cell, a <dt>/<dd>, or both inline in
// one paragraph ("CM/ECF login: <b>Ann Lee</b><br>PACER login: <b>Ann Lee</b>"). No public copy of
// a court's confirm page exists, so the reader knows labels and order, never tags. Imports only
// text.ts: the guard in every CM/ECF page (in-page/guard) reads the names too.
import { collapseSpaces } from '../../utils/text';
import { isShown } from './elements';

/** "CM/ECF", "CM/ECF Name:", "CM/ECF login", "E-Filing account", "Filer name": the old e-filing account. */
const CMECF_LABEL = /^(?:cm\s?\/\s?ecf|e-?filing|filer)( account| name| login| user(?: ?name)?| user id)?\s*:?\s*/;
/** "PACER", "PACER Name:", "PACER account", "PACER login": the PACER account being linked. */
const PACER_LABEL = /^pacer( account| name| login| user(?: ?name)?| user id)?\s*:?\s*/;

/**
 * How much a label's value says about the person: a name outranks an account, which outranks a
 * login or user id (a username, shown where a court shows no names: the inline layout).
 */
function rankOf(qualifier: string | undefined): number {
  const q = qualifier?.trim();
  return q === 'name' ? 3 : !q || q === 'account' ? 2 : 1;
}

/** Elements that end a value: the next row, paragraph or field begins a different thing. */
const BOUNDARY = new Set(['TR', 'P', 'DIV', 'LI', 'DT', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'HR']);
/** How many text and element nodes are read, at most: a confirm page is short. */
const NODE_LIMIT = 3000;
const VALUE_LIMIT = 120;

export interface LinkNames {
  /** The CM/ECF account's name as the page shows it; '' when it could not be read. */
  cmecfName: string;
  /** The PACER account's name as the page shows it; '' when it could not be read. */
  pacerName: string;
  /** Whether a label for either name was found at all (a page that shows names). */
  labelled: boolean;
}

type Which = 'cmecf' | 'pacer';

/** The nearest element that starts a line of its own: a cell, a term, a paragraph. */
const BLOCK = 'td, th, dt, dd, p, div, li, label, caption, h1, h2, h3, h4, h5, h6, body';

/**
 * A label without a colon ("CM/ECF" in a cell of its own) counts only where it begins its line: in
 * running text ("Link your <b>PACER account</b> to …") it is a word, not a label.
 */
function beginsItsLine(node: Text): boolean {
  const block = node.parentElement?.closest(BLOCK);
  if (!block) return false;
  const walker = node.ownerDocument.createTreeWalker(block, 4 /* SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text === node) return true;
    if ((text as Text).data.trim()) return false;
  }
  return false;
}

function labelIn(text: string): { which: Which; rest: string; colon: boolean; rank: number } | null {
  const collapsed = collapseSpaces(text);
  // normalize() is collapseSpaces() then lower case: the same length, so a match's end is the value's start.
  const t = collapsed.toLowerCase();
  if (!t || t.length > 60 + VALUE_LIMIT) return null;
  for (const [which, label] of [
    ['cmecf', CMECF_LABEL],
    ['pacer', PACER_LABEL],
  ] as const) {
    const match = label.exec(t);
    // A label stands alone ("PACER Name:") or is followed by its value after a colon ("PACER login: Ann").
    const colon = Boolean(match && /:\s*$/.test(match[0]));
    if (match && (colon || match[0].length === t.length)) return { which, rest: collapsed.slice(match[0].length), colon, rank: rankOf(match[1]) };
  }
  return null;
}

/** Two values for one name that are not the same text: the page is ambiguous, so the name is unread. */
const CONFLICT = Symbol('conflict');

/**
 * Reads both names under `root`. A label's value is the text that follows it, in document order,
 * up to a line break, the next label, or the end of its row or paragraph. The best-ranked label of
 * each name gives its value (a name over an account over a login); two different values at the best
 * rank are a doubt, read as no name at all.
 */
export function readLinkNames(root: Element | null): LinkNames {
  const names: LinkNames = { cmecfName: '', pacerName: '', labelled: false };
  if (!root) return names;
  const best: Record<Which, { rank: number; text: string | typeof CONFLICT } | undefined> = { cmecf: undefined, pacer: undefined };
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let reading: { which: Which; rank: number; text: string; started: boolean } | null = null;
  const finish = () => {
    if (reading) {
      const value = collapseSpaces(reading.text).slice(0, VALUE_LIMIT);
      const held = best[reading.which];
      if (value && (!held || reading.rank > held.rank)) best[reading.which] = { rank: reading.rank, text: value };
      else if (value && held && reading.rank === held.rank && held.text !== value) held.text = CONFLICT;
    }
    reading = null;
  };
  let count = 0;
  for (let node = walker.nextNode(); node && count < NODE_LIMIT; node = walker.nextNode(), count++) {
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      // A line break may sit between a label and its value; a new row or paragraph ends the value.
      if (reading && (BOUNDARY.has(tag) || (tag === 'BR' && reading.started))) finish();
      continue;
    }
    const text = (node as Text).data;
    // Script and style text is code, not words of the page; hidden text is not what the user sees.
    const parent = node.parentElement?.tagName.toUpperCase();
    if (!text.trim() || parent === 'SCRIPT' || parent === 'STYLE') continue;
    const label = labelIn(text);
    // Visibility is asked only of the text that counts (a label, or a value being read): it costs layout.
    if ((label || reading) && !isShown(node.parentElement)) continue;
    if (label && (label.colon || beginsItsLine(node as Text))) {
      finish();
      names.labelled = true;
      reading = { which: label.which, rank: label.rank, text: label.rest, started: Boolean(label.rest.trim()) };
      continue;
    }
    if (reading) {
      reading.text += ` ${text}`;
      reading.started = true;
      if (reading.text.length > VALUE_LIMIT) finish();
    }
  }
  finish();
  const textOf = (which: Which) => {
    const value = best[which]?.text;
    return typeof value === 'string' ? value : '';
  };
  names.cmecfName = textOf('cmecf');
  names.pacerName = textOf('pacer');
  return names;
}
