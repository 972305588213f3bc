// The E-Filing link inside a closed navigation drop-down: the guide points at what opens the menu,
// then at the link once the menu is open; it never highlights a hidden element nor says it cannot
// find the link.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide } from '@/in-page/flow/decide';
import { isShown } from '@/in-page/recognize/dom';
import { recognize } from '@/in-page/recognize';
import { type CourtRecord, DEFAULT_SETTINGS } from '@/utils/storage/schema';
import * as court from '../practice-court/pages.mjs';

const record = (id: string): CourtRecord => ({ id, status: 'in-progress', added: 1, updated: 1 });
const origin = (prefix: string, id: string) => `http://${prefix}.${id}.uscourts.gov`;

/** A page in this window's document, where the site's stylesheet counts (what a browser shows). */
function load(html: string): Document {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  return document;
}
const viewOf = (doc: Document, url: string, courtId: string) =>
  decide({ shown: isShown, page: recognize(doc, url), record: record(courtId), settings: DEFAULT_SETTINGS });

describe('the E-Filing link in a closed drop-down', () => {
  it('points at the button that opens the menu, then at the link once it is open (USWDS button)', () => {
    const doc = load(readFileSync('tests/fixtures/handmade/court-website-menu-click.html', 'utf8'));
    const closed = viewOf(doc, 'https://www.cob.uscourts.gov/', 'cob')!;
    expect(closed).toMatchObject({ step: 'court-website', missing: null, progress: { n: 1, of: 9 } });
    expect(closed.target?.tagName).toBe('BUTTON');
    expect(closed.text).toBe('Open “Case Filing”, then choose “E-Filing (CM/ECF)”.');

    doc.querySelector('button')!.setAttribute('aria-expanded', 'true');
    doc.getElementById('basic-nav-section-two')!.hidden = false;
    const open = viewOf(doc, 'https://www.cob.uscourts.gov/', 'cob')!;
    expect(open.target?.textContent).toBe('E-Filing (CM/ECF)');
    expect(open.text).toMatch(/^Click “E-Filing \(CM\/ECF\)”/);
  });

  it('a menu whose id no selector can hold (a hostile or odd page) does not stop the guide; a hidden control is not the opener', () => {
    const html = readFileSync('tests/fixtures/handmade/court-website-menu-click.html', 'utf8');
    const doc = load(html);
    const menu = doc.getElementById('basic-nav-section-two')!;
    const odd = 'nav"]>[x\\';
    menu.id = odd;
    const opener = doc.querySelector('button')!;
    opener.setAttribute('aria-controls', odd);
    const hiddenTwin = opener.cloneNode(true) as HTMLElement;
    hiddenTwin.hidden = true;
    opener.before(hiddenTwin);
    const view = viewOf(doc, 'https://www.cob.uscourts.gov/', 'cob')!;
    expect(view.target).toBe(opener);
  });

  it('a drop-down that fades out (opacity 0) is closed: the opener, not the transparent link', () => {
    const doc = load(readFileSync('tests/fixtures/handmade/court-website-menu-click.html', 'utf8'));
    const menu = doc.getElementById('basic-nav-section-two')!;
    menu.hidden = false;
    menu.style.opacity = '0';
    expect(viewOf(doc, 'https://www.cob.uscourts.gov/', 'cob')!.target?.tagName).toBe('BUTTON');
    menu.style.opacity = '1';
    expect(viewOf(doc, 'https://www.cob.uscourts.gov/', 'cob')!.target?.textContent).toBe('E-Filing (CM/ECF)');
  });

  it('points at the menu item’s own link when the stylesheet opens the menu on hover or focus', () => {
    const doc = load(court.courtWebsite(court.COURTS.iasd, origin, 'hover-menu'));
    const view = viewOf(doc, 'http://www.iasd.uscourts.gov/', 'iasd')!;
    // The bare "Login" on the bar is in sight, but the words "E-Filing (CM/ECF)" make the menu's link the one to take.
    expect(view.target?.textContent).toBe('Case Filing');
    expect(view.text).toBe('Open “Case Filing”, then choose “E-Filing (CM/ECF)”.');
  });

  it('never highlights a hidden link: with nothing in sight to open its menu, it says the link is missing', () => {
    const doc = load(court.courtWebsite(court.COURTS.iasb, origin, 'click-menu').replace('<button type="button"', '<button hidden type="button"'));
    const view = viewOf(doc, 'http://www.iasb.uscourts.gov/', 'iasb')!;
    expect(view.target).toBeNull();
    expect(view.missing).toMatch(/can’t find the E-Filing \(CM\/ECF\) link/);
  });

  it('reads a dozen ancestors at most (a link hidden deep in a page)', () => {
    const deep = `${'<div>'.repeat(30)}<a href="http://ecf.iasb.uscourts.gov/">E-Filing (CM/ECF)</a>${'</div>'.repeat(30)}`;
    const doc = load(`<html><body><ul><li><a href="/x">Menu</a><ul hidden><li>${deep}</li></ul></li></ul></body></html>`);
    const page = recognize(doc, 'http://www.iasb.uscourts.gov/');
    expect(page.kind === 'court-website' && page.cmecfLink && !isShown(page.cmecfLink) && page.menuOpener).toBeNull();
  });
});
