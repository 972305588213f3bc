// The bounded readers the recognisers use on pages of any size.
import { readFileSync } from 'node:fs';
import { firstElements, firstOf } from '@/utils/recognize/dom';

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
