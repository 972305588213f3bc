// The outline of a page the guide does not know, for the court's help desk (and, through them, a
// fixture of that court's variant). Structure only: tag names, ids, names, types, roles, and the
// words of headings, labels, buttons and links. Never what a field holds, never other body text;
// and every text it does carry goes through one rule (redact) that drops what names a person or a
// case. Pure: reads the document, writes nothing; bounded, since it may be a long page.

/** At most this many elements are outlined, and each text at most this long. */
const OUTLINE_ELEMENTS = 400;
const TEXT_LIMIT = 80;

/** Never entered: what they hold is code, styling, or a field's contents (a textarea's text, a select's options). */
const SKIPPED = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|TEXTAREA|SELECT|OPTION|OPTGROUP|DATALIST|IFRAME|OBJECT|CMECF-LINK-GUIDE)$/i;
/** Elements whose own words are shown: headings, labels, buttons, links. */
const WORDED = /^(H[1-6]|LABEL|LEGEND|CAPTION|SUMMARY|BUTTON|A)$/;
/** Inputs whose value attribute is the words on a button, not something typed. */
const BUTTON_INPUTS = ['submit', 'button', 'reset'];

const EMAIL = /[^\s@<>()"“”]+@[^\s@<>()"“”]+\.[^\s@<>()"“”]+/g;
/** "Welcome, Ann B. Lee", "Logged in as alee2019", "User: …", "Name: …": the rest of the text names someone. */
const NAMED = /\b(welcome\b[\s,:!-]*|logged in as\b[\s:]*|user(?:\s?name)?\s*:\s*|name\s*:\s*)\S.*$/i;
/**
 * A caption: the words on both sides of " v. " or " vs. ", each side as far as punctuation (so
 * "John Doe and Jane Roe v. Acme Corp" goes whole, and "Docket: Smith v. Acme (closed)" keeps its frame).
 */
const CAPTION = /[^\s,;:()[\]|"“”«»][^,;:()[\]|"“”«»]*?\s+vs?\.\s+[^,;:()[\]|"“”«»]*[^\s,;:()[\]|"“”«»]/gi;

/**
 * The one rule for every text the outline carries: an e-mail address becomes «email»; what follows
 * "Welcome", "Logged in as", "User:" or "Name:" becomes «name»; a case caption («caption»); any word
 * with a digit in it (a username, a case number, a transaction id, a phone number) becomes «n».
 */
export function redact(text: string): string {
  return text
    .replace(EMAIL, '«email»')
    .replace(NAMED, '$1«name»')
    .split(/(\s+)/)
    .map((word) => (/\d/.test(word) ? '«n»' : word))
    .join('')
    .replace(CAPTION, '«caption»');
}

/** Redacted, on one line, cut to TEXT_LIMIT. */
const clip = (text: string) => {
  const words = redact(text.replace(/\s+/g, ' ').trim());
  return words.length > TEXT_LIMIT ? `${words.slice(0, TEXT_LIMIT - 1)}…` : words;
};

/** A link's words, after the rule: its first three words, enough to tell one link from another. */
const firstWords = (text: string) => text.split(' ').slice(0, 3).join(' ');

/** The words of a heading, label, button or link, leaving out any field inside it (a label may wrap its select). */
function wordsOf(el: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && text.length <= TEXT_LIMIT * 2; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1 && !SKIPPED.test((child as Element).tagName) && (child as Element).tagName !== 'INPUT') walk(child);
    }
  };
  walk(el);
  return clip(text);
}

/** The words on a submit, button or reset input: its value attribute, which for these types is its label. */
function buttonInputWords(el: Element): string {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return BUTTON_INPUTS.includes(type) ? clip(el.getAttribute('value') ?? '') : '';
}

/** One line: `input#id name="…" type="…" role="…" "words"`. */
function lineFor(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  const attrs = (['name', 'type', 'role'] as const).map((a) => [a, el.getAttribute(a)] as const).filter(([, v]) => v);
  const label = el.getAttribute('aria-label');
  const words = WORDED.test(el.tagName) ? (tag === 'a' ? firstWords(wordsOf(el)) : wordsOf(el)) : tag === 'input' ? buttonInputWords(el) : '';
  return [
    `${tag}${id ? `#${clip(id)}` : ''}`,
    ...attrs.map(([a, v]) => `${a}="${clip(v!)}"`),
    label ? `aria-label="${clip(label)}"` : '',
    words ? `“${words}”` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** The page's address without its query or fragment, which may name a case or carry a token; each path segment through the one rule. */
function addressOf(location: string | URL): string {
  try {
    const url = new URL(String(location));
    const path = url.pathname
      .split('/')
      .map((segment) => redact(decoded(segment).replace(/\s+/g, ' ')))
      .join('/');
    return `${url.origin}${path}${url.search ? '?…' : ''}`;
  } catch {
    return '';
  }
}

/**
 * The outline as text, one element a line, indented by depth. `limit` bounds the elements read;
 * the last line says when the page had more.
 */
export function pageOutline(doc: Document, location: string | URL, limit = OUTLINE_ELEMENTS): string {
  const lines = [`Page: ${addressOf(location)}`, `Title: ${clip(doc.title)}`];
  let count = 0;
  let more = false;
  const walk = (el: Element, depth: number) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (count >= limit) {
        more = true;
        return;
      }
      count++;
      lines.push(`${'  '.repeat(Math.min(depth, 24))}${lineFor(child)}`);
      if (!SKIPPED.test(child.tagName)) walk(child, depth + 1);
    }
  };
  if (doc.body) walk(doc.body, 0);
  if (more) lines.push(`… (only the first ${limit} elements)`);
  return lines.join('\n');
}
