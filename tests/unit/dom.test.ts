// The bounded readers the recognisers use on pages of any size.
import { readFileSync } from 'node:fs';
import { firstElements, firstOf, isShown, linksByText, normalize, textOf } from '@/in-page/recognize/dom';

const docket = new DOMParser().parseFromString(readFileSync('tests/fixtures/real/jscr__dockets__district__njd_509180.html', 'latin1'), 'text/html');

describe('firstElements()', () => {
  it('gives the first elements in document order, as getElementsByTagName("*") would', () => {
    for (const limit of [0, 1, 60, 600]) expect(firstElements(docket, limit)).toEqual(Array.from(docket.getElementsByTagName('*')).slice(0, limit));
  });
  it('counts only what is under an element root, not the root itself', () => {
    const table = docket.querySelector('table')!;
    expect(firstElements(table, 30)).toEqual(Array.from(table.getElementsByTagName('*')).slice(0, 30));
    expect(firstElements(table, 30)).not.toContain(table);
  });
  it('stops at the end of a short subtree', () => {
    const div = document.createElement('div');
    div.innerHTML = '<b>1</b><i>2</i>';
    expect(firstElements(div, 60).map((el) => el.tagName)).toEqual(['B', 'I']);
  });
});

describe('firstOf()', () => {
  it('takes at most `limit` items of a live collection, and stops at its end', () => {
    const links = docket.getElementsByTagName('a');
    expect(firstOf(links, 5)).toEqual(Array.from(links).slice(0, 5));
    expect(firstOf(links, 100_000)).toEqual(Array.from(links));
  });
});

describe('linksByText()', () => {
  const menu = () => {
    const main = document.createElement('div');
    main.innerHTML =
      '<a href="/1">Change Your Password</a><a href="/2"><b>NextGen Release 1.1</b> Menu Items</a><a href="/3">Link a CM/ECF account to my PACER account</a><a href="/4">NextGen Release 1.1 Menu Items</a>';
    return main;
  };
  const LINK = /^link a cm\/ecf account/;
  const NEXTGEN = /^nextgen release [\d.]+ menu items$/;
  it('finds the wanted link and the fallbacks before it in one pass, nested text included', () => {
    expect(linksByText(menu(), 600, LINK, NEXTGEN).map((a) => a?.getAttribute('href'))).toEqual(['/3', '/2']);
  });
  it('stops at the wanted link: a fallback after it is not looked for', () => {
    expect(linksByText(menu(), 600, NEXTGEN, LINK).map((a) => a?.getAttribute('href'))).toEqual(['/2', undefined]);
  });
  it('reads no link past the bound, and gives null for what it did not find', () => {
    expect(linksByText(menu(), 2, LINK, NEXTGEN).map((a) => a?.getAttribute('href'))).toEqual([undefined, '/2']);
    expect(linksByText(menu(), 600, /^nothing like this$/)).toEqual([null]);
  });
});

describe('textOf()', () => {
  const el = (html: string) => {
    const div = document.createElement('div');
    div.innerHTML = html;
    return div.firstElementChild!;
  };
  it('reads a link or heading with a level of inline elements whole', () => {
    expect(textOf(el('<a href="/x"><u>U</u>tilities <div class="spritedownarrow"></div></a>'))).toBe('utilities');
    expect(textOf(el('<h3>U.S. Bankruptcy Court<br>Southern District of Iowa</h3>'))).toBe('u.s. bankruptcy courtsouthern district of iowa');
  });
  /** `el` whose textContent cannot be read: textOf() must walk it, up to its limit. */
  const unreadableWhole = (el: Element) => {
    const expected = normalize(el.textContent!.slice(0, 400));
    Object.defineProperty(el, 'textContent', { get: () => expect.unreachable('read whole') });
    return expected;
  };
  it('reads an element that wraps a whole docket only up to its limit', () => {
    const wrapper = docket.createElement('font');
    wrapper.append(docket.querySelector('table')!.cloneNode(true), docket.createTextNode(' tail'));
    const expected = unreadableWhole(wrapper);
    expect(textOf(wrapper, 50).length).toBeLessThanOrEqual(50);
    expect(textOf(wrapper, 400)).toBe(expected);
  });
  it('walks a flat element of many lines (a <FONT> of a thousand <BR>s) rather than reading it whole', () => {
    const font = el(`<font>${Array.from({ length: 1000 }, (_, i) => `Line ${i}<br>`).join('')}</font>`);
    const expected = unreadableWhole(font);
    expect(textOf(font, 400)).toBe(expected);
  });
});

describe('isShown()', () => {
  const page = (html: string) => {
    const root = document.createElement('div');
    root.innerHTML = html;
    document.body.append(root);
    return root.querySelector('#target')!;
  };
  it('is false under a hidden or aria-hidden ancestor, or an inline display:none one', () => {
    expect(isShown(page('<ul hidden><li><a id="target" href="/">E-Filing</a></li></ul>'))).toBe(false);
    expect(isShown(page('<nav aria-hidden="true"><div><a id="target" href="/">E-Filing</a></div></nav>'))).toBe(false);
    expect(isShown(page('<div style="display:none"><span><a id="target" href="/">E-Filing</a></span></div>'))).toBe(false);
  });
  it('asks checkVisibility() by both names of each option (Chrome 105–120 knows only the older ones)', () => {
    const target = page('<a id="target" href="/">E-Filing</a>') as HTMLElement;
    const check = vi.fn(() => false);
    Object.defineProperty(target, 'checkVisibility', { value: check });
    expect(isShown(target, { opacity: true })).toBe(false);
    expect(check).toHaveBeenCalledWith({ visibilityProperty: true, checkVisibilityCSS: true, opacityProperty: true, checkOpacity: true });
  });
  it('is true for a plain link, and for one under aria-hidden="false"', () => {
    expect(isShown(page('<ul><li><a id="target" href="/">E-Filing</a></li></ul>'))).toBe(true);
    expect(isShown(page('<nav aria-hidden="false"><a id="target" href="/">E-Filing</a></nav>'))).toBe(true);
    expect(isShown(null)).toBe(false);
  });
});
