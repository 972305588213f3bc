import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isShown } from '@/in-page/recognize/dom';
import { behaviourOf } from '@/in-page/flow/page-kinds';
import { warningText } from '@/in-page/flow/warnings';
import { decide } from '@/in-page/flow/decide';
import { STEP_INFO } from '@/in-page/flow/step-info';
import { STEP_IDS } from '@/in-page/flow/step-ids';
import { progressOf, STEPS } from '@/in-page/flow/steps';
import { recognize } from '@/in-page/recognize';
import { type CourtRecord, DEFAULT_SETTINGS, type Settings } from '@/utils/storage/schema';
import * as court from '../practice-court/pages.mjs';

const iasb = court.COURTS.iasb;
const ecf = (path: string) => `http://ecf.iasb.uscourts.gov${path}`;
const page = (html: string, url: string) => recognize(new DOMParser().parseFromString(html, 'text/html'), url);
const cmecf = (body: string, filer = false) => court.cmecfPage(iasb, { filer, body });
const record = (over: Partial<CourtRecord> = {}): CourtRecord => ({ id: 'iasb', status: 'in-progress', added: 1, updated: 1, ...over });
const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('the steps table', () => {
  it.each(STEP_IDS)('%s has its row(s) and its entry', (id) => {
    expect(STEPS.filter((r) => r.id === id).length).toBeGreaterThan(0);
    expect(STEP_INFO[id]).toMatchObject({ label: expect.any(String), actions: expect.any(Array) });
  });
  it('uses only public step ids', () => {
    for (const row of STEPS) expect(STEP_IDS).toContain(row.id);
    expect(Object.keys(STEP_INFO).sort()).toEqual([...STEP_IDS].sort());
  });
  it('counts 9 steps, 10 with the NextGen menu page', () => {
    expect(progressOf('pacer-login', false)).toEqual({ n: 3, of: 9 });
    expect(progressOf('open-link-utility', true)).toEqual({ n: 7, of: 10 });
    expect(progressOf('link-error', false)).toEqual(progressOf('enter-cmecf-credentials', false));
    expect(progressOf('refresh-menus', true)).toEqual({ n: 10, of: 10 });
    expect(progressOf('open-nextgen-menu', false)).toBeNull();
    expect(progressOf('linked', false)).toBeNull();
    expect(progressOf('offer', false)).toBeNull();
  });
});

describe('decide', () => {
  const landing = () => page(court.cmecfLanding(iasb), ecf('/'));

  it('offers the guide for a court not on the checklist, and not once dismissed', () => {
    expect(decide({ shown: isShown, page: landing(), record: undefined, settings: settings() })?.step).toBe('offer');
    expect(decide({ shown: isShown, page: landing(), record: undefined, settings: settings({ dismissedOffers: ['iasb'] }) })).toBeNull();
    const utilities = page(cmecf(court.utilitiesBody('direct')), ecf('/cgi-bin/DisplayMenu.pl?Utilities'));
    expect(decide({ shown: isShown, page: utilities, record: undefined, settings: settings() })).toBeNull();
  });

  it('filing menus after a shared firm login: the shared-account warning, never "Linked — you can e-file"', () => {
    const filer = page(cmecf(court.mainMenuBody(iasb), true), ecf('/cgi-bin/login.pl'));
    const shared = decide({ shown: isShown, page: filer, record: record({ status: 'linked' }), settings: settings(), login: { shared: true } });
    expect(shared).toMatchObject({ step: 'linked', warnings: ['shared-account'], title: 'These filing menus belong to a shared firm account' });
    expect(shared?.text).toMatch(/not verified for you/);
    const own = decide({ shown: isShown, page: filer, record: record({ status: 'linked' }), settings: settings(), login: { shared: false } });
    expect(own).toMatchObject({ step: 'linked', warnings: [], title: 'Linked' });
  });

  it('warns on the confirm page even when it cannot name the Submit button', () => {
    const confirm = (submits: string) => page(cmecf(court.linkConfirmBody('Ann Lee', 'Lee & Associates, LLP', 't1', submits)), ecf('/cgi-bin/LinkAccount.pl'));
    const unnamed = decide({ shown: isShown, page: confirm('unnamed'), record: record(), settings: settings() });
    expect(unnamed).toMatchObject({ step: 'confirm-link', warnings: ['shared-account', 'name-mismatch'], target: null });
    expect(unnamed?.missing).toMatch(/Submit button/);
    const two = decide({ shown: isShown, page: confirm('two'), record: record(), settings: settings() });
    expect((two?.target as HTMLInputElement | null)?.name).toBe('button1');
  });

  it('says nothing for verified or paused courts, training databases, or with the guide off', () => {
    expect(decide({ shown: isShown, page: landing(), record: record({ status: 'verified' }), settings: settings() })).toBeNull();
    expect(decide({ shown: isShown, page: landing(), record: record({ paused: true }), settings: settings() })).toBeNull();
    expect(decide({ shown: isShown, page: landing(), record: record(), settings: settings({ guideEnabled: false }) })).toBeNull();
    const train = page(court.cmecfLanding(iasb), 'http://ecf-train.iasb.uscourts.gov/');
    expect(decide({ shown: isShown, page: train, record: record(), settings: settings() })).toBeNull();
  });

  it('points at the element to act on, or says plainly it is missing and offers the help desk', () => {
    const view = decide({ shown: isShown, page: landing(), record: record(), settings: settings() })!;
    expect(view.step).toBe('open-filing-system');
    expect(view.target?.textContent).toMatch(/Document Filing System/);
    const bare = page('<html><body><a href="/cgi-bin/login.pl" hidden>x</a><p>Closed</p></body></html>', ecf('/'));
    const missing = decide({ shown: isShown, page: bare, record: record(), settings: settings() })!;
    expect(missing.target).toBeNull();
    expect(missing.missing).toBe('I can’t find the Document Filing System link on this page.');
    expect(missing.help?.text).toBe('U.S. Bankruptcy Court, Southern District of Iowa CM/ECF help desk:');
    expect(missing.help?.links.map((l) => l.href)).toContain('tel:+1-515-284-6230;ext=6220');
  });

  it('asks the caller whether the target is shown: decide() reads no layout itself', () => {
    const asked: Element[] = [];
    const hidden = decide({ page: landing(), record: record(), settings: settings(), shown: (element) => (asked.push(element), false) })!;
    expect(asked.map((element) => element.textContent)).toEqual([expect.stringMatching(/Document Filing System/)]);
    expect(hidden.target).toBeNull();
    expect(hidden.missing).toBe('I can’t find the Document Filing System link on this page.');
    expect(decide({ page: landing(), record: record(), settings: settings(), shown: () => true })!.missing).toBeNull();
  });

  it('quotes the link item as the court words it', () => {
    const html = readFileSync('tests/fixtures/handmade/ianb-utilities-your-accounts.html', 'utf8');
    const utilities = page(html, 'https://ecf.ianb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&id=-1');
    const view = decide({ shown: isShown, page: utilities, record: record({ id: 'ianb' }), settings: settings() })!;
    expect([view.step, view.title]).toEqual(['open-link-utility', 'Click “Link a CM/ECF Account to My PACER Account”']);
  });

  it('a filing agent’s choice of filer proves nothing: its own step, not counted, no setback, whatever the court’s status', () => {
    const html = readFileSync('tests/fixtures/handmade/rid-filing-agent-select-filer.html', 'utf8');
    const agent = page(html, 'https://ecf.rid.uscourts.gov/cgi-bin/login.pl');
    expect(agent.kind).toBe('filer-select');
    expect(behaviourOf(agent)).toEqual({});
    for (const status of ['in-progress', 'linked'] as const) {
      const view = decide({ shown: isShown, page: agent, record: record({ id: 'rid', status }), settings: settings(), login: { shared: false } })!;
      expect([view.step, view.progress, (view.target as HTMLElement).id]).toEqual(['select-filer', null, 'filer']);
      expect(STEP_INFO[view.step].proves).toBeUndefined();
    }
    // The filing menus after the choice are the filer's: never proof for this court, whatever the login.
    const filerMenus = page(cmecf(court.mainMenuBody(iasb), true), ecf('/cgi-bin/login.pl'));
    const after = decide({ shown: isShown, page: filerMenus, record: record({ lastStep: 'select-filer' }), settings: settings(), login: { shared: false } })!;
    expect([after.step, after.title]).toEqual(['select-filer', 'These filing menus are the filer’s you chose']);
    expect(STEP_INFO[after.step].proves).toBeUndefined();
  });

  it('learns the NextGen layout on Utilities and says not-live when neither item is there', () => {
    const nextgen = decide({
      shown: isShown,
      page: page(cmecf(court.utilitiesBody('nextgen')), ecf('/cgi-bin/DisplayMenu.pl?Utilities')),
      record: record(),
      settings: settings(),
    })!;
    expect([nextgen.step, nextgen.nextGenLayout, nextgen.progress]).toEqual(['open-nextgen-menu', true, { n: 6, of: 10 }]);
    const none = decide({
      shown: isShown,
      page: page(cmecf(court.utilitiesBody('not-live')), ecf('/cgi-bin/DisplayMenu.pl?Utilities')),
      record: record(),
      settings: settings(),
    })!;
    expect([none.step, none.target, none.progress]).toEqual(['not-live', null, null]);
    // Every court is on NextGen: the reasons that remain, and PACER's way after the court's own.
    expect(none.text).toMatch(/already linked here/);
    expect(none.text).toMatch(/another PACER account/);
    expect(none.text).toMatch(/another menu/);
    expect(none.text).toMatch(/ask through PACER/);
    expect(none.text).toMatch(/court’s own instructions first.*Manage My Account → Maintenance → Attorney Admissions \/ E-File Registration/);
    expect(`${none.title} ${none.text}`).not.toMatch(/not be live|goes live|go-live/);
  });

  it('warns on the confirm page when the names differ or look like a firm’s (the guard decides what holds)', () => {
    const confirm = (cmecfName: string, pacerName: string) => page(cmecf(court.linkConfirmBody(cmecfName, pacerName, 't')), ecf('/cgi-bin/LinkAccount.pl'));
    const same = decide({ shown: isShown, page: confirm('Ann B. Lee', 'Ann Lee'), record: record(), settings: settings() })!;
    expect(same.warnings).toEqual([]);
    const firm = decide({ shown: isShown, page: confirm('Ann Lee', 'Lee & Associates, LLP'), record: record(), settings: settings() })!;
    expect(firm.warnings).toEqual(['shared-account', 'name-mismatch']);
    const sharedLogin = decide({ shown: isShown, page: confirm('Ann B. Lee', 'Ann Lee'), record: record(), settings: settings(), login: { shared: true } })!;
    expect(sharedLogin.warnings).toEqual(['shared-account']);
    const listed = decide({ shown: isShown, page: confirm('Ann Lee', 'Ann Lee'), record: record(), settings: settings({ firmNames: ['Ann Lee'] }) })!;
    expect(listed.warnings).toEqual(['shared-account']);
  });

  it('warns at PACER login when the typed username is a shared one', () => {
    const login = page(court.pacerLogin(iasb, ecf('/')), 'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK');
    expect(
      decide({ shown: isShown, page: login, record: record(), settings: settings({ sharedUsernames: ['firm1'] }), typedUsername: 'FIRM1' })?.warnings,
    ).toEqual(['shared-account']);
    expect(
      decide({ shown: isShown, page: login, record: record(), settings: settings({ sharedUsernames: ['firm1'] }), typedUsername: 'ann' })?.warnings,
    ).toEqual([]);
    // A 6-character username is a legacy account, never upgraded: said on the login card, nothing held.
    const legacy = decide({ shown: isShown, page: login, record: record(), settings: settings(), typedUsername: ' alee12 ' })!;
    expect(legacy.warnings).toEqual(['legacy-account']);
    expect(warningText('legacy-account', login)).toMatchObject({ title: 'This looks like a legacy PACER account.' });
    expect(warningText('legacy-account', login).text).toMatch(
      /or an old CM\/ECF login, which does not go here\. Only an upgraded individual PACER account can be linked: upgrade it on the PACER website/,
    );
    expect(decide({ shown: isShown, page: login, record: record(), settings: settings(), typedUsername: 'alee1234' })!.warnings).toEqual([]);
    // An e-mail address of six characters is no username PACER ever gave.
    expect(decide({ shown: isShown, page: login, record: record(), settings: settings(), typedUsername: 'a@b.co' })!.warnings).toEqual([]);
    expect(
      decide({ shown: isShown, page: login, record: record(), settings: settings({ sharedUsernames: ['firm12'] }), typedUsername: 'firm12' })!.warnings,
    ).toEqual(['shared-account', 'legacy-account']);
  });

  it('reminds to refresh after success, then says linked once the filing menus show', () => {
    const success = page(cmecf(court.linkSuccessBody()), ecf('/cgi-bin/LinkAccount.pl?linked=1'));
    const refresh = decide({ shown: isShown, page: success, record: record(), settings: settings() })!;
    expect(refresh.step).toBe('refresh-menus');
    expect(refresh.text).toMatch(/Bankruptcy and Adversary/);
    const filer = page(cmecf(court.mainMenuBody(iasb), true), ecf('/cgi-bin/login.pl'));
    const linked = decide({ shown: isShown, page: filer, record: record({ status: 'linked' }), settings: settings(), login: { shared: false } })!;
    expect(linked.step).toBe('linked');
    // What people with a second role, or secondary e-mail addresses, need to know once linked.
    expect(linked.text).toMatch(/One PACER account links to one CM\/ECF account: a second role here .* needs its own PACER account, or a filing agent/);
    expect(linked.text).toMatch(/Utilities → Maintain Your ECF Account → Email information/);
    const form = decide({ shown: isShown, page: page(cmecf(court.linkFormBody()), ecf('/cgi-bin/LinkAccount.pl')), record: record(), settings: settings() })!;
    expect([form.step, form.text]).toEqual([
      'enter-cmecf-credentials',
      expect.stringMatching(/containing &, @, \$ or \* cannot be linked: the court’s help desk must help/),
    ]);
    const pacerOnly = page(cmecf(court.mainMenuBody(iasb)), ecf('/cgi-bin/login.pl'));
    expect(decide({ shown: isShown, page: pacerOnly, record: record({ status: 'linked' }), settings: settings() })?.step).toBe('refresh-menus');
  });

  it('filing menus still missing after a refresh: log out and in, then clear cookies, then the help desk', () => {
    const pacerOnly = page(cmecf(court.mainMenuBody(iasb)), ecf('/cgi-bin/login.pl'));
    const advice = (menusMissing: number) =>
      decide({ shown: isShown, page: pacerOnly, record: record({ status: 'linked', setbacks: { menusMissing } }), settings: settings() })!;
    expect(advice(1)).toMatchObject({ step: 'refresh-menus', title: 'Still no filing menus: log out and log in again' });
    expect(advice(1).help).toBeNull();
    expect(advice(2).title).toBe('Still no filing menus: clear this court’s cookies');
    expect(advice(2).text).toContain('ecf.iasb.uscourts.gov');
    expect(advice(3)).toMatchObject({ title: 'Still no filing menus: call the court’s help desk', help: { text: expect.stringContaining('help desk') } });
    expect(advice(7).title).toBe(advice(3).title);
    // Before the court is linked the PACER-only menus are no setback: the step is Utilities.
    expect(decide({ shown: isShown, page: pacerOnly, record: record({ setbacks: { menusMissing: 5 } }), settings: settings() })?.step).toBe('open-utilities');
  });

  it('a second refusal of the link form adds PACER’s fallback and the help desk', () => {
    const error = page(cmecf(court.linkFormBody('Invalid CM/ECF login or password.')), ecf('/cgi-bin/LinkAccount.pl'));
    const first = decide({ shown: isShown, page: error, record: record({ setbacks: { linkErrors: 1 } }), settings: settings() })!;
    expect(first.step).toBe('link-error');
    expect(first.text).not.toMatch(/Attorney Admissions/);
    const second = decide({ shown: isShown, page: error, record: record({ setbacks: { linkErrors: 2 } }), settings: settings() })!;
    expect(second).toMatchObject({ step: 'link-error', title: 'The court refused it again', help: { text: expect.stringContaining('help desk') } });
    expect(second.text).toMatch(/Manage My Account choose Maintenance, then “Attorney Admissions\/E-File Registration”/);
  });
});
