// The pages the benchmark loads: pages the content script still runs on (pages of case data are
// excluded in the manifests, so nothing at all is injected there), each with the court's stored
// state that makes the guide quiet or makes it show a hint:
// - quiet: the guide has nothing to say, so the gate must not load the guide core: court websites
//   of courts not on the checklist (no offer there), CM/ECF landing and login of verified and
//   paused courts;
// - hint: the court is on the checklist and the guide shows a step: CM/ECF's main menu, Utilities,
//   the court website, the landing page;
// - synthetic pages of 100 and 10,000 entries (a court website's news list, a Utilities page), so
//   that growth with page size shows.
// Real pages are the fixtures in tests/fixtures/real (provenance in their MANIFEST.tsv); CM/ECF's
// menu pages come from the practice court (tests/practice-court/pages.mjs), whose markup follows
// the real ones.
import { readFileSync } from 'node:fs';
import { COURTS, cmecfPage, linkFormBody, mainMenuBody, utilitiesBody } from '../tests/practice-court/pages.mjs';

const FIXTURES = 'tests/fixtures/real';
const read = (file) => readFileSync(`${FIXTURES}/${file}`);
const UTF8 = 'text/html; charset=utf-8';

/** What the bench stores for the page's court before loading it. */
const now = Date.now();
const RECORD = {
  absent: undefined,
  verified: (id) => ({ id, status: 'verified', lastStep: 'linked', added: now, updated: now, linked: now, verified: now }),
  paused: (id) => ({ id, status: 'in-progress', lastStep: 'open-utilities', paused: true, added: now, updated: now }),
  'in-progress': (id) => ({ id, status: 'in-progress', lastStep: 'open-utilities', added: now, updated: now }),
};

/**
 * One bench page.
 * @param {object} options
 * @param {string} options.name what the results call the page
 * @param {'quiet' | 'hint'} options.mode whether the guide has nothing to say there, or shows a hint
 * @param {string} options.url its address (a uscourts.gov host the practice court serves it at)
 * @param {string | Buffer} options.body its HTML
 * @param {string} [options.type] its Content-Type
 * @param {keyof typeof RECORD} options.state what the bench stores for its court before loading it
 * @param {string | null} [options.step] the step the guide shows there (none on quiet pages)
 * @param {string} [options.target] the selector of the hint's target, for the least guide (bench/controls.mjs)
 */
function page({ name, mode, url, body, type = UTF8, state, step = null, target }) {
  const host = /^(?:[a-z-]+\.)?([a-z0-9]+)\.uscourts\.gov$/.exec(new URL(url).hostname);
  if (!host) throw new Error(`bench page ${name}: ${url} is not at a court's uscourts.gov host`);
  const court = host[1];
  return { name, mode, url, body: Buffer.isBuffer(body) ? body : Buffer.from(body), type, court, record: RECORD[state]?.(court), state, step, target };
}

const iasb = COURTS.iasb;
const pacerOnly = (body, title) => cmecfPage(iasb, { filer: false, body, title });

/** A court website (the real Southern District of Iowa home page) whose news list has `entries` entries. */
export function longCourtWebsite(entries, mode) {
  const html = read('pacercourts__ecf.iasd__www.html').toString('utf8');
  const first = html.indexOf('<div class="views-row views-row-1 ');
  const end = html.indexOf('</div>\n  \n', html.indexOf('views-row-last', first));
  // Each entry as the news list shows it (date, title link, summary), without Drupal's empty fields.
  const row = (i) =>
    `<div class="views-row views-row-${i + 1}"><div class="views-field views-field-field-news-date"><span class="date-display-single">12/${String((i % 28) + 1).padStart(2, '0')}/2022</span></div>` +
    `<div class="views-field views-field-title"><a href="/news/item-${i + 1}">Courthouse Closed - Friday, December ${(i % 28) + 1}</a></div>` +
    `<div class="views-field views-field-body">All courthouses will be closed.</div></div>\n`;
  const rows = Array.from({ length: entries }, (_, i) => row(i));
  const body = html.slice(0, first) + rows.join('') + html.slice(end);
  return page({
    name: `court website, ${entries.toLocaleString('en-US')} news entries${mode === 'hint' ? '' : ' (court not on the checklist)'}`,
    mode,
    url: `http://www.iasd.uscourts.gov/news?entries=${entries}`,
    body,
    state: mode === 'hint' ? 'in-progress' : 'absent',
    step: mode === 'hint' ? 'court-website' : null,
    target: 'a[href="https://ecf.iasd.uscourts.gov/cgi-bin/ShowIndex.pl"]',
  });
}

/** CM/ECF's Utilities page (practice court) with `entries` more items after the link item. */
export function longUtilities(entries) {
  const items = Array.from({ length: entries }, (_, i) => `<A HREF="/cgi-bin/Utility${i + 1}.pl">Utility report ${i + 1}</A><BR>`).join('\n');
  const body = utilitiesBody('direct').replace('</TD></TR></TABLE>', `<B>More</B><BR>\n${items}\n</TD></TR></TABLE>`);
  return page({
    name: `Utilities, ${entries.toLocaleString('en-US')} more items`,
    mode: 'hint',
    url: `http://ecf.iasb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&entries=${entries}`,
    body: pacerOnly(body, 'Utilities'),
    state: 'in-progress',
    step: 'open-link-utility',
    target: 'a[href="/cgi-bin/LinkAccount.pl"]',
  });
}

export const PAGES = [
  // Quiet: nothing to say, so the guide core must not load.
  page({
    name: 'court website iasd (real, 31 KB), not on the checklist',
    mode: 'quiet',
    url: 'http://www.iasd.uscourts.gov/',
    body: read('pacercourts__ecf.iasd__www.html'),
    state: 'absent',
  }),
  page({
    name: 'CM/ECF landing flnb (real), court verified',
    mode: 'quiet',
    url: 'http://ecf.flnb.uscourts.gov/',
    body: read('pacercourts__ecf.flnb__ecf.html'),
    state: 'verified',
  }),
  page({
    name: 'CM/ECF main menu iasb, court paused',
    mode: 'quiet',
    url: 'http://ecf.iasb.uscourts.gov/cgi-bin/login.pl',
    body: pacerOnly(mainMenuBody(iasb)),
    state: 'paused',
  }),
  page({
    name: 'court website ilnd (real, 229 KB), not on the checklist',
    mode: 'quiet',
    url: 'http://www.ilnd.uscourts.gov/',
    body: read('pacercourts__ecf.ilnd__www.html'),
    state: 'absent',
  }),
  longCourtWebsite(100, 'quiet'),
  longCourtWebsite(10_000, 'quiet'),
  // Hint: the court is on the checklist and the guide shows its step.
  page({
    name: 'CM/ECF main menu iasb',
    mode: 'hint',
    url: 'http://ecf.iasb.uscourts.gov/cgi-bin/login.pl',
    body: pacerOnly(mainMenuBody(iasb)),
    state: 'in-progress',
    step: 'open-utilities',
    target: '#topmenu a[href*="Utilities"]',
  }),
  page({
    name: 'court website iasb (real, 37 KB)',
    mode: 'hint',
    url: 'http://www.iasb.uscourts.gov/',
    body: read('pacercourts__ecf.iasb__www.html'),
    state: 'in-progress',
    step: 'court-website',
    target: 'a[href="https://ecf.iasb.uscourts.gov/"]',
  }),
  page({
    name: 'court website ilnd (real, 229 KB)',
    mode: 'hint',
    url: 'http://www.ilnd.uscourts.gov/',
    body: read('pacercourts__ecf.ilnd__www.html'),
    state: 'in-progress',
    step: 'court-website',
    target: 'a[href="https://ecf.ilnd.uscourts.gov/cgi-bin/ShowIndex.pl"]',
  }),
  page({
    name: 'CM/ECF landing flnb (real)',
    mode: 'hint',
    url: 'http://ecf.flnb.uscourts.gov/',
    body: read('pacercourts__ecf.flnb__ecf.html'),
    state: 'in-progress',
    step: 'open-filing-system',
    target: 'a[href$="/cgi-bin/login.pl"]',
  }),
  longUtilities(100),
  longUtilities(10_000),
  // The link utility's form: the guard stays armed here (no login seen at PACER in the bench), and
  // the card says so (data-hold="armed"): the time to that is reported.
  page({
    name: 'link utility form iasb',
    mode: 'hint',
    url: 'http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl',
    body: pacerOnly(linkFormBody(), 'Link a CM/ECF account to my PACER account'),
    state: 'in-progress',
    step: 'enter-cmecf-credentials',
    target: '#cmecf_login',
  }),
];

/** The pages a run measures: BENCH_PAGES (comma-separated parts of page names) and BENCH_MODES narrow both browsers' lists. */
export function wanted(pages) {
  const only = process.env.BENCH_PAGES?.split(',').filter(Boolean);
  const modes = (process.env.BENCH_MODES ?? 'quiet,hint').split(',');
  return pages.filter((p) => modes.includes(p.mode) && (!only || only.some((o) => p.name.includes(o))));
}
