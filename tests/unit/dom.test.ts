// The bounded readers the recognisers use on pages of any size.
import { readFileSync } from 'node:fs';
import { firstElements, firstOf, linksByText } from '@/utils/recognize/dom';

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
    main.innerHTML = '<a href="/1">Change Your Password</a><a href="/2">Link a CM/ECF account to my PACER account</a><a href="/3"><b>NextGen Release 1.1</b> Menu Items</a><a href="/4">Link a CM/ECF account to my PACER account</a>';
    return main;
  };
  it('finds the first link for each pattern in one pass, nested text included', () => {
    const [link, nextGen] = linksByText(menu(), [/^link a cm\/ecf account/, /^nextgen release [\d.]+ menu items$/], 600);
    expect(link?.getAttribute('href')).toBe('/2');
    expect(nextGen?.getAttribute('href')).toBe('/3');
  });
  it('reads no link past the bound, and gives null for what it did not find', () => {
    expect(linksByText(menu(), [/^link a cm\/ecf account/], 1)).toEqual([null]);
    expect(linksByText(menu(), [/^nothing like this$/], 600)).toEqual([null]);
  });
});
