// Pages the guide has never seen: the page outline for support never carries a
// field's value or body text; the unexpected-page step shows only right after a followed target;
// the "followed" fact is per tab, per court, taken once and soon forgotten.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { isShown } from '@/in-page/recognize/dom';
import { decide } from '@/in-page/flow/decide';
import { pageOutline, redact } from '@/in-page/page-outline';
import { recognize } from '@/in-page/recognize';
import { FOLLOWED_FRESH_MS, recordFollowed, takeFollowed } from '@/utils/storage/followed';
import { type CourtRecord, DEFAULT_SETTINGS } from '@/utils/storage/schema';
import * as court from '../practice-court/pages.mjs';

const iasb = court.COURTS.iasb;
const URL_UNFAMILIAR = `http://ecf.iasb.uscourts.gov${court.UNFAMILIAR_PATH}?case=1:25-bk-00042`;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const record = (over: Partial<CourtRecord> = {}): CourtRecord => ({ id: 'iasb', status: 'in-progress', added: 1, updated: 1, ...over });
const settings = DEFAULT_SETTINGS;

describe('the page outline', () => {
  const SENTINELS = ['typed-sentinel-91', 'pass-sentinel-92', 'otp-sentinel-93', 'notes-sentinel-94'];

  function typedPage() {
    const doc = parse(court.unfamiliarPage(iasb).replace('</form>', '<input id="otp" name="otp" autocomplete="one-time-code" value="123456"></form>'));
    // What a user typed (the page's own values, written as a user's typing would leave them).
    (doc.getElementById('efilerId') as HTMLInputElement).value = SENTINELS[0];
    (doc.getElementById('passphrase') as HTMLInputElement).value = SENTINELS[1];
    (doc.getElementById('otp') as HTMLInputElement).value = SENTINELS[2];
    (doc.getElementById('notes') as HTMLTextAreaElement).value = SENTINELS[3];
    return doc;
  }

  it('shows tags, ids, names, types, roles and the words of headings, labels, buttons and links', () => {
    const outline = pageOutline(typedPage(), URL_UNFAMILIAR);
    for (const line of [
      'Title: CM/ECF Iowa Southern - Account Services',
      'header role="banner"',
      'h1 “Filer Account Services”',
      'form#acctForm name="acctForm"',
      'legend “Your e-filer account”',
      'label “E-filer ID”',
      'input#efilerId name="efilerId" type="text"',
      'input#passphrase name="passphrase" type="password"',
      'label “Office”',
      'select#office name="office"',
      'textarea#notes name="notes"',
      'input name="token" type="hidden"',
      'input#proceed type="submit" “Proceed”',
      'button type="button" role="link" “Back to Utilities”',
      'a “Main menu”',
    ])
      expect(outline).toContain(line);
    // Indented by depth: the form's fields sit under the fieldset.
    expect(outline).toMatch(/\n {4}fieldset\n {6}legend/);
  });

  it('never carries a field’s value, a textarea’s or select’s contents, or other body text', () => {
    const outline = pageOutline(typedPage(), URL_UNFAMILIAR);
    for (const secret of [
      ...SENTINELS,
      '123456',
      'hidden-token-4711',
      'Default notes text',
      'Davenport',
      'Des Moines',
      'Ann Lee',
      'Body text',
      'history.back',
    ]) {
      expect(outline).not.toContain(secret);
    }
    // The address without its query, which may name a case.
    expect(outline).toContain(`Page: http://ecf.iasb.uscourts.gov${court.UNFAMILIAR_PATH}?…`);
    expect(outline).not.toContain('25-bk');
  });

  it('replaces what names a person or a case by one rule', () => {
    const cases: [string, string][] = [
      ['Write to ann.lee@leelaw.example today', 'Write to «email» today'],
      ['Welcome, Ann B. Lee', 'Welcome, «name»'],
      ['Logged in as alee2019', 'Logged in as «name»'],
      ['User: adoe', 'User: «name»'],
      ['Name: Ann Lee', 'Name: «name»'],
      ['Case 2:23-bk-04567 filed', 'Case «n» filed'],
      ['Transaction 7731904, call 515-284-6230', 'Transaction «n» call «n»'],
      ['Docket: Smith Jones v. Acme Corp (closed)', 'Docket: «caption» (closed)'],
      ['In re Doe vs. Roe', '«caption»'],
      ['John Doe and Jane Roe v. Acme Corp', '«caption»'],
      ['Smith & Wesson v. Acme', '«caption»'],
      ['ann lee v. acme', '«caption»'],
      ['Link a CM/ECF account to my PACER account', 'Link a CM/ECF account to my PACER account'],
    ];
    for (const [text, expected] of cases) expect(redact(text), text).toBe(expected);
  });

  it('carries no name, username, e-mail, case number, caption or transaction id, wherever the page puts them; the structure stays', () => {
    const marks = ['Ann B. Lee', 'alee2019', 'ann.lee@leelaw.example', '3:22-cv-00417', 'Smith', 'Acme', '7731904'];
    const everywhere = `<html><head><title>Welcome, Ann B. Lee - 3:22-cv-00417 Smith v. Acme</title></head><body>
<h2 id="who-alee2019">Logged in as alee2019</h2>
<nav aria-label="Transaction 7731904 for ann.lee@leelaw.example"><a id="c-00417" name="smith-acme-7731904" href="/x">3:22-cv-00417 Smith v. Acme Corp docket report for Ann B. Lee</a></nav>
<form name="f_alee2019"><fieldset><legend>Filings in Smith vs. Acme</legend>
<label for="mail">Notices to ann.lee@leelaw.example (User: alee2019)</label><input id="mail" name="mail_alee2019" type="checkbox">
<input type="submit" value="Send 7731904 to ann.lee@leelaw.example"><button aria-label="Name: Ann B. Lee">Account</button></fieldset></form></body></html>`;
    const outline = pageOutline(parse(everywhere), 'https://ecf.iasb.uscourts.gov/cgi-bin/alee2019/ann.lee@leelaw.example/page.pl?case=00417');
    for (const mark of marks) expect(outline).not.toContain(mark);
    for (const line of [
      'Page: https://ecf.iasb.uscourts.gov/cgi-bin/«n»/«email»/page.pl?…',
      'Title: Welcome, «name»',
      'h2#«n» “Logged in as «name»”',
      'nav aria-label="Transaction «n» for «email»"',
      'a#«n» name="«n»" “«n» «caption»”',
      'form name="«n»"',
      'legend “«caption»”',
      'label “Notices to «email» (User: «name»”',
      'input#mail name="«n»" type="checkbox"',
      'input type="submit" “Send «n» to «email»”',
      'button aria-label="Name: «name»" “Account”',
    ])
      expect(outline).toContain(line);
  });

  it('is bounded: the first elements only, each text cut short', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<tr><td><a id="r${i}" href="#">${'Docket entry '.repeat(20)}${i}</a></td></tr>`).join('');
    const outline = pageOutline(parse(`<html><body><table>${rows}</table></body></html>`), 'https://ecf.iasb.uscourts.gov/x', 400);
    const lines = outline.split('\n');
    expect(lines.length).toBe(2 + 400 + 1);
    expect(lines.at(-1)).toBe('… (only the first 400 elements)');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(140);
  });
});

describe('the unexpected-page step', () => {
  const unfamiliar = () => recognize(parse(court.unfamiliarPage(iasb)), URL_UNFAMILIAR);

  it('shows right after a followed target: the expected step in words, no target, the help desk', () => {
    expect(unfamiliar().kind).toBe('unknown');
    const view = decide({ shown: isShown, page: unfamiliar(), record: record(), settings, followed: 'open-link-utility' });
    expect(view).toMatchObject({ step: 'unexpected-page', target: null, missing: null, progress: null, title: 'This page is new to the guide' });
    expect(view?.text).toMatch(/^You were going to open the link utility, where you enter your old CM\/ECF login and password/);
    expect(view?.help?.text).toMatch(/help desk|clerk/);
  });

  it('is silent on a page reached another way, for a court not on the checklist, and where the page is known', () => {
    expect(decide({ shown: isShown, page: unfamiliar(), record: record(), settings })).toBeNull();
    expect(decide({ shown: isShown, page: unfamiliar(), record: undefined, settings, followed: 'open-link-utility' })).toBeNull();
    const form = recognize(parse(court.PAGES['link form']()), 'http://ecf.iasb.uscourts.gov/cgi-bin/LinkAccount.pl');
    expect(decide({ shown: isShown, page: form, record: record(), settings, followed: 'open-link-utility' })?.step).toBe('enter-cmecf-credentials');
  });

  it('covers a known kind of page that no row takes for a court being linked', () => {
    const account = recognize(parse(court.pacerAccount('upgraded')), 'http://pacer.psc.uscourts.gov/pscof/manage/maint.jsf');
    expect(account.kind).toBe('pacer-account');
    // PACER's account page names no court, so nothing is said there whatever was followed.
    expect(decide({ shown: isShown, page: account, record: record(), settings, followed: 'open-utilities' })).toBeNull();
  });
});

describe('the "followed" fact', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is taken once, by the same tab, for the same court', async () => {
    await recordFollowed(7, 'iasb', 'open-link-utility', 1000);
    await recordFollowed(8, 'iasb', 'open-utilities', 1000);
    expect(await takeFollowed(7, 'iasb', 2000)).toBe('open-link-utility');
    expect(await takeFollowed(7, 'iasb', 2001)).toBeUndefined();
    // Another court's page in tab 8 takes (and so clears) its fact without using it.
    expect(await takeFollowed(8, 'iasd', 2000)).toBeUndefined();
    expect(await takeFollowed(8, 'iasb', 2001)).toBeUndefined();
  });

  it('is forgotten after a short while, and kept in session storage only', async () => {
    await recordFollowed(7, 'iasb', 'open-link-utility', 1000);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['followed']);
    expect(await takeFollowed(7, 'iasb', 1000 + FOLLOWED_FRESH_MS)).toBeUndefined();
    // Once nothing is pending, session storage keeps nothing of it.
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('sees a fact still being written (the next page may ask before the click’s write ends)', async () => {
    const writing = recordFollowed(7, 'iasb', 'confirm-link');
    const taken = takeFollowed(7, 'iasb');
    await writing;
    expect(await taken).toBe('confirm-link');
  });
});
