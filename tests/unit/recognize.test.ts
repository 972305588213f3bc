import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES as LANDING } from '@/in-page/recognize/cmecf-landing';
import { EXAMPLES as MENUS } from '@/in-page/recognize/cmecf-menu';
import { EXAMPLES as COURT_WEBSITE } from '@/in-page/recognize/court-website';
import { normalize } from '@/in-page/recognize/dom';
import { type Example, EXAMPLES as UNRECOGNIZED, type PageKind, recognize, RECOGNIZERS } from '@/in-page/recognize';
import { EXAMPLES as LINK_CONFIRM } from '@/in-page/recognize/link-confirm';
import { EXAMPLES as LINK_ERROR } from '@/in-page/recognize/link-error';
import { EXAMPLES as LINK_FORM } from '@/in-page/recognize/link-form';
import { EXAMPLES as LINK_SUCCESS } from '@/in-page/recognize/link-success';
import { EXAMPLES as MFA } from '@/in-page/recognize/mfa';
import { EXAMPLES as FILER_SELECT } from '@/in-page/recognize/filer-select';
import { EXAMPLES as PASSWORD_UPDATE } from '@/in-page/recognize/password-update';
import { EXAMPLES as ACKNOWLEDGE_NOTICE } from '@/in-page/recognize/acknowledge-notice';
import { EXAMPLES as NEXTGEN_MENU } from '@/in-page/recognize/nextgen-menu';
import { EXAMPLES as PACER_ACCOUNT } from '@/in-page/recognize/pacer-account';
import { EXAMPLES as PACER_LOGIN } from '@/in-page/recognize/pacer-login';
import { EXAMPLES as REDACTION } from '@/in-page/recognize/redaction-agreement';
import { EXAMPLES as UTILITIES } from '@/in-page/recognize/utilities';
import * as court from '../practice-court/pages.mjs';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Every recogniser's examples, kept beside it; a kind without any does not compile. */
const BY_KIND = {
  ...COURT_WEBSITE,
  ...LANDING,
  ...REDACTION,
  ...MFA,
  ...PASSWORD_UPDATE,
  ...ACKNOWLEDGE_NOTICE,
  ...PACER_LOGIN,
  ...PACER_ACCOUNT,
  ...LINK_ERROR,
  ...LINK_FORM,
  ...LINK_CONFIRM,
  ...LINK_SUCCESS,
  ...UTILITIES,
  ...NEXTGEN_MENU,
  ...FILER_SELECT,
  ...MENUS,
  ...UNRECOGNIZED,
} satisfies Record<PageKind, readonly Example[]>;

interface Fixture {
  name: string;
  kind: PageKind;
  example: Example;
}

const nameOf = (e: Example) => ('real' in e ? e.real : 'handmade' in e ? `handmade: ${e.handmade}` : `practice: ${e.practice}`);
const htmlOf = (e: Example): string => {
  if ('real' in e) return readFileSync(`tests/fixtures/real/${e.real}`, 'latin1');
  if ('handmade' in e) return readFileSync(`tests/fixtures/handmade/${e.handmade}`, 'utf8');
  const page = (court.PAGES as Record<string, () => string>)[e.practice];
  if (!page) throw new Error(`no practice-court page named "${e.practice}"`);
  return page();
};
const ALL: Fixture[] = Object.entries(BY_KIND).flatMap(([kind, examples]) =>
  examples.map((example) => ({ name: nameOf(example), kind: kind as PageKind, example })),
);

/** Facts as plain data: an element becomes its id, href and normalize()d text. */
function sketch(value: unknown): unknown {
  if (value instanceof Element) return { id: value.id, href: value.getAttribute('href'), text: normalize(value.textContent) };
  if (Array.isArray(value)) return value.map(sketch);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sketch(v)]));
  return value;
}

// Recognisers only read the document: each fixture is parsed once, before the tests, for all of them.
const parsed = new Map<Fixture, Document>();
beforeAll(() => {
  for (const f of ALL) parsed.set(f, parse(htmlOf(f.example)));
});
const documentOf = (f: Fixture) => parsed.get(f)!;

describe('recognize()', () => {
  it.each(ALL.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const page = recognize(documentOf(fixture), fixture.example.url);
    expect(page.kind).toBe(fixture.kind);
    if (fixture.example.facts) expect(sketch(page)).toMatchObject(fixture.example.facts);
  });
});

describe('each recogniser claims its own kind’s examples and no other kind’s but one that takes precedence', () => {
  const precedence = Object.keys(RECOGNIZERS);
  for (const [kind, recognizer] of Object.entries(RECOGNIZERS)) {
    it(kind, () => {
      const own = ALL.filter((f) => f.kind === kind);
      expect(own.length, `${kind} has examples`).toBeGreaterThan(0);
      for (const f of own) expect(recognizer(documentOf(f), new URL(f.example.url)), f.name).not.toBeNull();
      const yieldsTo = new Set(precedence.slice(0, precedence.indexOf(kind)));
      for (const f of ALL.filter((x) => x.kind !== kind && !yieldsTo.has(x.kind))) expect(recognizer(documentOf(f), new URL(f.example.url)), f.name).toBeNull();
    });
  }
});

const iasb = court.COURTS.iasb;
const ecf = (path: string) => `http://ecf.iasb.uscourts.gov${path}`;

describe('wording courts use', () => {
  it('a confirm page whose instructions mention failure is still the confirm page (its Submit is held)', () => {
    const body = court
      .linkConfirmBody('Train Attorney03', 'Someone Else', 't1')
      .replace('</TABLE>', '</TABLE><P>If the names do not match, or the link failed, it cannot be undone: call the court.</P>');
    const page = recognize(parse(court.cmecfPage(iasb, { filer: false, body })), ecf('/cgi-bin/LinkAccount.pl'));
    expect(page.kind).toBe('link-confirm');
  });

  const utilities = (item: string, heading = '') =>
    court.cmecfPage(iasb, { filer: false, body: `<H3>Utilities</H3>${heading}<A HREF="/cgi-bin/x.pl">${item}</A>` });
  it.each([
    'Link a CM/ECF account to my PACER account',
    'Link a CM/ECF Account to My PACER Account',
    '  link   a cm/ecf account to my\nPACER account ',
    'Link my filer account to my PACER account',
  ])('finds the link item worded "%s"', (item) => {
    const page = recognize(parse(utilities(item, '<B>Your Account</B><BR>')), ecf('/cgi-bin/DisplayMenu.pl?Utilities'));
    expect(page.kind === 'utilities' && Boolean(page.linkItem)).toBe(true);
  });

  it('knows the welcome page at any of its addresses, in any letter case', () => {
    const html = `<html><body><a href="/cgi-bin/login.pl">Document Filing System</a></body></html>`;
    for (const path of ['/index.htm', '/Index.HTML', '/CGI-BIN/SHOWINDEX.PL']) {
      const page = recognize(parse(html), ecf(path));
      expect(page.kind === 'cmecf-landing' && page.filingSystemLink?.getAttribute('href'), path).toBe('/cgi-bin/login.pl');
    }
    expect(recognize(parse(html), ecf('/cgi-bin/Other.pl')).kind).not.toBe('cmecf-landing');
  });

  it('never takes the Train link for the filing system', () => {
    const html = `<html><body><a href="https://ecf-train.iasb.uscourts.gov/cgi-bin/login.pl">Document Filing System (Train)</a><a href="/cgi-bin/login.pl">Document Filing System</a></body></html>`;
    const page = recognize(parse(html), 'https://ecf.iasb.uscourts.gov/');
    expect(page.kind === 'cmecf-landing' && page.filingSystemLink?.getAttribute('href')).toBe('/cgi-bin/login.pl');
  });

  it('ignores ecf links that do not lead to the filing system', () => {
    const html = `<html><body><a href="https://ecf.iasb.uscourts.gov/cgi-bin/rss_outside.pl">E-Filing RSS</a></body></html>`;
    const page = recognize(parse(html), 'https://www.iasb.uscourts.gov/');
    expect(page.kind === 'court-website' && page.cmecfLink).toBeNull();
  });

  it('finds the way in whatever the case of its address, on a link or an image-map area', () => {
    const html = `<html><body><a href="/news">News</a><map name="m"><area href="HTTPS://ECF.IASB.USCOURTS.GOV/CGI-BIN/LOGIN.PL" alt="E-Filing"></map></body></html>`;
    const page = recognize(parse(html), 'https://www.iasb.uscourts.gov/');
    expect(page.kind === 'court-website' && page.cmecfLink?.tagName).toBe('AREA');
  });

  it('counts the PACER-only signals of scripts below the bar too, and names no menu from an inherited key', () => {
    const bar = `<div id="topmenu"><a href="/cgi-bin/DisplayMenu.pl?BankruptcyEvents">Bankruptcy</a><a href="/cgi-bin/DisplayMenu.pl?constructor">Odd</a><a href="/cgi-bin/DisplayMenu.pl?Utilities">Utilities</a></div>`;
    const below = `<script src="/cgi-bin/menu.pl?id=-1"></script><script>document.cookie = "PRTYPE=web; path=/;"</script>`;
    const page = recognize(parse(`<html><body>${bar}${below}</body></html>`), ecf('/cgi-bin/login.pl'));
    expect(page.kind).toBe('cmecf-pacer-only');
    expect(page.kind === 'cmecf-pacer-only' && page.menu).toMatchObject({ menuId: -1, prtype: 'web', filingMenus: ['Bankruptcy'] });
  });

  it('reads only HTML scripts the browser runs: an SVG script or a src="" one is not the menu’s', () => {
    const bar = `<div id="topmenu"><a href="/cgi-bin/DisplayMenu.pl?Utilities">Utilities</a></div>`;
    const doc = parse(
      `<html><body>${bar}<script src="">document.cookie = "PRTYPE=aty"</script><script>document.cookie = "PRTYPE=web; path=/;"</script></body></html>`,
    );
    // Made with the DOM: the unit tests' HTML parser drops a <script> inside <svg>.
    const svg = doc.body.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    svg.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'script')).textContent = 'document.cookie = "PRTYPE=aty"';
    const page = recognize(doc, ecf('/cgi-bin/login.pl'));
    expect(page.kind === 'cmecf-pacer-only' && page.menu.prtype).toBe('web');
  });

  it('finds the link item after hundreds of other Utilities items', () => {
    const others = Array.from({ length: 450 }, (_, i) => `<A HREF="/cgi-bin/U${i}.pl">Report ${i}</A><BR>`).join('');
    const html = `<html><body><div id="topmenu"><a href="/cgi-bin/DisplayMenu.pl?Utilities">Utilities</a></div><div id="cmecfMainContent"><h3>Utilities</h3>${others}<A HREF="/cgi-bin/LinkAccount.pl">Link a CM/ECF account to my PACER account</A></div></body></html>`;
    const page = recognize(parse(html), ecf('/cgi-bin/DisplayMenu.pl?Utilities'));
    expect(page.kind === 'utilities' && page.linkItem?.getAttribute('href')).toBe('/cgi-bin/LinkAccount.pl');
  });

  it('takes no SVG link for the way in (document.links holds HTML links only)', () => {
    const html = `<html><body><svg><a href="https://ecf.iasb.uscourts.gov/cgi-bin/login.pl"><text>E-Filing</text></a></svg><a href="https://ecf.iasb.uscourts.gov/cgi-bin/login.pl">CM/ECF</a></body></html>`;
    const page = recognize(parse(html), 'https://www.iasb.uscourts.gov/');
    expect(page.kind === 'court-website' && page.cmecfLink?.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
  });
});

describe('the success wording "You have successfully linked your account"', () => {
  const linkPage = (sentence: string, joined = false) =>
    parse(
      `<html><body><div id="cmecfMainContent"><H3>Link a CM/ECF account to my PACER account</H3>${joined ? '' : '\n'}<P>${sentence}</P>` +
        '<P>Jane Filer</P><FORM METHOD="POST" ACTION="/cgi-bin/LinkAccount.pl"><INPUT TYPE="submit" VALUE="Submit"></FORM></div></body></html>',
    );
  const url = 'https://ecf.iasd.uscourts.gov/cgi-bin/LinkAccount.pl';

  it('is the success page, also when the markup runs the heading straight into it', () => {
    for (const joined of [false, true]) expect(recognize(linkPage('You have successfully linked your account.', joined), url).kind).toBe('link-success');
  });

  it('is the success page when a sentence confirms it ("We confirm that you have …")', () => {
    expect(recognize(linkPage('We confirm that you have successfully linked your account.'), url).kind).toBe('link-success');
    expect(recognize(linkPage('Your accounts have been linked.'), url).kind).toBe('link-success');
  });

  it('is never an instruction that mentions it, nor a question or a refusal, even run into a heading', () => {
    for (const sentence of [
      'Once your PACER account has been linked to your CM/ECF account, log in again.',
      'Once your PACER and CM/ECF accounts have been linked, refresh.',
      'After your CM/ECF account has been linked, press F5.',
      'Make sure that your accounts have been linked.',
      'Verify that you have successfully linked your account.',
      'When your accounts have been linked, press F5.',
      'Once both accounts have been linked, your old login stops working.',
      'Once you have successfully linked your account, your old CM/ECF login will no longer work.',
      'After you have successfully linked your CM/ECF account, press F5.',
      'If you have linked your accounts before, contact the clerk.',
      'Make sure you have successfully linked your PACER account.',
      'Once you have linked your account, your old CM/ECF login will no longer work.',
      'You have linked your account already.',
      'Have you linked your account?',
      'You have not linked your account.',
    ]) {
      expect(recognize(linkPage(sentence), url).kind, sentence).not.toBe('link-success');
      expect(recognize(linkPage(sentence, true), url).kind, `${sentence} (run into the heading)`).not.toBe('link-success');
    }
  });
});

describe('a filing agent’s choice of filer', () => {
  const filerPage = (content: string) =>
    parse(
      `<html><body><div id="topmenu"><a href="/cgi-bin/DisplayMenu.pl?Civil">Civil</a><a href="/cgi-bin/DisplayMenu.pl?Utilities">Utilities</a></div><div id="cmecfMainContent">${content}</div></body></html>`,
    );
  const url = 'https://ecf.iasd.uscourts.gov/cgi-bin/login.pl';

  it('is not a filer’s own screen that mentions a filer: an event’s list that takes several, a quick search, a query', () => {
    for (const content of [
      '<H3>Civil Events</H3><FORM><P>Select the filer.</P><SELECT multiple name="filer"><OPTION>Ann Lee</OPTION></SELECT><INPUT type=submit value=Next></FORM>',
      '<P>Attorneys may add a filing agent under Utilities.</P><FORM><SELECT name="quick"><OPTION>Case</OPTION></SELECT><INPUT type=submit value=Go></FORM>',
      '<FORM><P>Documents filed on behalf of:</P><INPUT type=radio name="party" value=1> Plaintiff <INPUT type=radio name="party" value=2> Defendant <INPUT type=submit value=Submit></FORM>',
    ])
      expect(recognize(filerPage(content), url).kind, content).not.toBe('filer-select');
  });

  it('is the choice when one form says so, lists filers by that name and goes on', () => {
    const page = recognize(
      filerPage(
        '<FORM><P>Filing agents: select the filer you act for.</P><INPUT type=radio name="filerId" value=1> Ann Lee <INPUT type=radio name="filerId" value=2> Carl Ortiz <INPUT type=submit value=Continue></FORM>',
      ),
      url,
    );
    expect(page.kind).toBe('filer-select');
  });
});
