// The pages the benchmark loads: the largest real fixtures at their court URLs, and synthetic
// dockets made from a real docket's own rows.
import { readFileSync } from 'node:fs';

const FIXTURES = 'tests/fixtures/real';
const read = (file) => readFileSync(`${FIXTURES}/${file}`);

export const REAL_PAGES = [
  { name: 'claims register wawb (790 KB)', file: 'jscr__dockets__not_dockets__wawb_646603.html', url: 'http://ecf.wawb.uscourts.gov/cgi-bin/SearchClaims.pl?1' },
  { name: 'history report njd (3,660 el.)', file: 'jscr__docket_history_reports__njd_272151.html', url: 'http://ecf.njd.uscourts.gov/cgi-bin/HistDocQry.pl?1' },
  { name: 'history report ilnd (3,569 el.)', file: 'jscr__docket_history_reports__ilnd_274007.html', url: 'http://ecf.ilnd.uscourts.gov/cgi-bin/HistDocQry.pl?1' },
  { name: 'history report ksd (338 KB)', file: 'jscr__docket_history_reports__ksd_8097.html', url: 'http://ecf.ksd.uscourts.gov/cgi-bin/HistDocQry.pl?1' },
  { name: 'docket njb (179 KB)', file: 'jscr__dockets__bankruptcy__njb_2.html', url: 'http://ecf.njb.uscourts.gov/cgi-bin/DktRpt.pl?1' },
  { name: 'docket wawb (190 KB)', file: 'jscr__dockets__bankruptcy__wawb_3.html', url: 'http://ecf.wawb.uscourts.gov/cgi-bin/DktRpt.pl?1' },
  { name: 'docket njd (174 KB)', file: 'jscr__dockets__district__njd_509180.html', url: 'http://ecf.njd.uscourts.gov/cgi-bin/DktRpt.pl?1' },
].map((p) => ({ ...p, court: new URL(p.url).hostname.split('.')[1], body: read(p.file), type: 'text/html; charset=iso-8859-1' }));

/** A docket of `entries` entries: the real njd docket's entry rows repeated and renumbered. */
export function syntheticDocket(entries) {
  const html = read('jscr__dockets__district__njd_509180.html').toString('latin1');
  const start = html.indexOf("<table align=center width='99%' border=1");
  const headerEnd = html.indexOf('</tr>', start) + '</tr>'.length;
  const end = html.indexOf('</table>', headerEnd);
  const rows = html.slice(headerEnd, end).split(/(?=<tr>)/).filter((r) => r.includes('<td'));
  const out = [];
  for (let i = 0; i < entries; i++) out.push(rows[i % rows.length].replace(/>(\d+)<\/a>&nbsp;/, `>${i + 1}</a>&nbsp;`));
  const body = html.slice(0, headerEnd) + out.join('') + html.slice(end);
  return { name: `synthetic docket ${entries.toLocaleString('en-US')} entries`, court: 'njd', url: `http://ecf.njd.uscourts.gov/cgi-bin/DktRpt.pl?synthetic=${entries}`, body: Buffer.from(body, 'latin1'), type: 'text/html; charset=iso-8859-1' };
}
