// The guard on the permanent link, from the outside: every route a submission can take to the
// court, every failure that must not let it go, and the only two exits (proof, and the user's own
// "Link anyway"). The verdict and the name reader are pure and tested beside it.
import { askBackground } from '@/in-page/ask-background';
import { namesLinkUtility, readLinkPage } from '@/in-page/guard/link-guard';
import { namesAgree } from '@/in-page/accounts';
import { linkVerdict } from '@/in-page/guard/verdict';
import { pageApi } from '@/in-page/page-api';
import { readLinkNames } from '@/in-page/recognize/link-names';
import { armGuard, disarmAll, guardFacts, settle, trustedClick } from './guard-harness';

const TITLE = 'CM/ECF LIVE - U.S. Bankruptcy Court - Link a CM/ECF account to my PACER account';

/** A confirm page of the link utility: `names` is the markup that shows the two names. */
function confirmPage(names: string, form = '<input type="submit" id="submit" name="button1" value="Submit">') {
  document.title = TITLE;
  document.body.innerHTML = `<div id="cmecfMainContent"><h3>Link a CM/ECF account to my PACER account</h3>${names}
    <form id="confirm" method="post" action="/cgi-bin/LinkAccount.pl"><input type="hidden" name="step" value="confirm">${form}</form></div>`;
}

const TABLE = (cmecf: string, pacer: string) =>
  `<table><tr><td>CM/ECF Name:</td><td><b>${cmecf}</b></td></tr><tr><td>PACER Name:</td><td><b>${pacer}</b></td></tr></table>`;
const INLINE = (cmecf: string, pacer: string) => `<p>CM/ECF login: <b>${cmecf}</b><br>PACER login: <b>${pacer}</b></p>`;

const courts: ((event: Event) => void)[] = [];

/** Counts what reaches the court: each submit event that was not prevented. */
function court() {
  const sent: (string | null)[] = [];
  const listener = (event: Event) => {
    if (!event.defaultPrevented) sent.push(((event as SubmitEvent).submitter as HTMLInputElement | null)?.name ?? null);
    event.preventDefault();
  };
  courts.push(listener);
  window.addEventListener('submit', listener);
  return sent;
}

const buttonIn = (host: Element | null, name: string) => Array.from(host?.shadowRoot?.querySelectorAll('button') ?? []).find((b) => b.textContent === name);
const notice = () => document.querySelector('cmecf-link-guard');

afterEach(() => {
  for (const listener of courts.splice(0)) window.removeEventListener('submit', listener);
  disarmAll();
  document.title = '';
  document.body.innerHTML = '';
  Reflect.deleteProperty(document, 'referrer');
});

describe('the verdict: only proof passes', () => {
  const own = { seen: true, shared: false } as const;
  it.each([
    ['names agree, own login', { place: 'confirm', cmecfName: 'Ann B. Lee', pacerName: 'Lee, Ann' }, own, { pass: true }],
    [
      'names agree, shared login',
      { place: 'confirm', cmecfName: 'Ann Lee', pacerName: 'Ann Lee' },
      { seen: true, shared: true },
      { pass: false, reasons: ['shared-login'] },
    ],
    [
      'names agree, login unseen',
      { place: 'confirm', cmecfName: 'Ann Lee', pacerName: 'Ann Lee' },
      { seen: false },
      { pass: false, reasons: ['unknown-login'] },
    ],
    ['PACER name unread', { place: 'confirm', cmecfName: 'Ann Lee', pacerName: '' }, own, { pass: false, reasons: ['unread-pacer-name'] }],
    ['both unread', { place: 'confirm', cmecfName: ' ', pacerName: '' }, own, { pass: false, reasons: ['unread-cmecf-name', 'unread-pacer-name'] }],
    ['names differ', { place: 'confirm', cmecfName: 'Train Attorney03', pacerName: 'Train Attorneythree' }, own, { pass: false, reasons: ['names-differ'] }],
    ['a firm', { place: 'confirm', cmecfName: 'Lee & Associates, LLP', pacerName: 'Lee & Associates, LLP' }, own, { pass: false, reasons: ['firm-name'] }],
    ['the link form, own login', { place: 'form' }, own, { pass: true }],
    ['the link form, login unseen', { place: 'form' }, { seen: false }, { pass: false, reasons: ['unknown-login'] }],
    ['a page it cannot place', { place: 'unplaced' }, own, { pass: false, reasons: ['unplaced'] }],
  ] as const)('%s', (_name, page, login, verdict) => {
    expect(linkVerdict(page, login)).toEqual(verdict);
  });

  it('a name on the firm list holds, however it is spelled', () => {
    expect(linkVerdict({ place: 'confirm', cmecfName: 'Ann Lee', pacerName: 'Ann Lee' }, own, ['ann lee'])).toEqual({ pass: false, reasons: ['firm-name'] });
  });

  it('an empty or unread name is a doubt, never a match', () => {
    expect(namesAgree('', '')).toBe(false);
    expect(namesAgree('Ann Lee', '')).toBe(false);
    expect(namesAgree('Ann Lee', 'Lee, Ann B.')).toBe(true);
  });
});

describe('reading the two names, however the page lays them out', () => {
  it.each([
    ['label cells', TABLE('Ann B. Lee', 'Ann Lee')],
    ['inline, one paragraph', INLINE('Ann B. Lee', 'Ann Lee')],
    ['a definition list', '<dl><dt>CM/ECF account</dt><dd>Ann B. Lee</dd><dt>PACER account</dt><dd>Ann Lee</dd></dl>'],
    ['label and value in one text', '<p>CM/ECF Name: Ann B. Lee</p><p>PACER Name: Ann Lee</p>'],
    ['the practice court’s bare labels', '<table><tr><td>CM/ECF</td><td><b>Ann B. Lee</b></td></tr><tr><td>PACER</td><td><b>Ann Lee</b></td></tr></table>'],
    ['a line break between label and value', '<p><b>CM/ECF user name:</b><br>Ann B. Lee</p><p><b>PACER user name:</b><br>Ann Lee</p>'],
  ])('%s', (_name, markup) => {
    document.body.innerHTML = `<p>Link your <b>PACER account</b> to your e-filing account in this court.</p><div>CM/ECF</div><h3>Confirm</h3>${markup}`;
    expect(readLinkNames(document.body)).toEqual({ cmecfName: 'Ann B. Lee', pacerName: 'Ann Lee', labelled: true });
  });

  it('a page without the labels shows no names', () => {
    document.body.innerHTML = '<p>Are you sure? This action cannot be undone.</p><p>Ann Lee</p>';
    expect(readLinkNames(document.body)).toEqual({ cmecfName: '', pacerName: '', labelled: false });
  });

  it('a label whose value is missing reads as unread', () => {
    document.body.innerHTML = '<table><tr><td>CM/ECF Name:</td><td></td></tr><tr><td>PACER Name:</td><td>Ann Lee</td></tr></table>';
    expect(readLinkNames(document.body)).toEqual({ cmecfName: '', pacerName: 'Ann Lee', labelled: true });
  });

  it('places the confirm step by its names (even when it asks for the password again), the link form by its password field', () => {
    confirmPage(INLINE('Ann Lee', 'Bob Roe'));
    expect(readLinkPage(document)).toEqual({ place: 'confirm', cmecfName: 'Ann Lee', pacerName: 'Bob Roe' });
    document.getElementById('confirm')!.insertAdjacentHTML('beforeend', '<label>Re-enter your CM/ECF password <input type="password" name="key"></label>');
    expect(readLinkPage(document)).toEqual({ place: 'confirm', cmecfName: 'Ann Lee', pacerName: 'Bob Roe' });
    confirmPage(
      '<table><tr><td>CM/ECF login:</td><td><input name="login"></td></tr><tr><td>CM/ECF password:</td><td><input type="password" name="key"></td></tr></table>',
    );
    expect(readLinkPage(document)).toEqual({ place: 'form' });
    document.body.innerHTML = '<p>Something else</p>';
    expect(readLinkPage(document)).toEqual({ place: 'unplaced' });
  });

  it.each([
    '<h3>LINK A CM/ECF ACCOUNT TO MY PACER ACCOUNT</h3>',
    '<h5>Link CM/ECF Account to PACER Account</h5>',
    '<div class="title">Link an e-filing account with your PACER account</div>',
    '<span><b>Link an ECF account to a PACER account</b></span>',
    '<p><font size="+1">Link my filer account to my upgraded PACER account</font></p>',
  ])('knows the link utility by a title however a court words or tags it: %s', (markup) => {
    document.body.innerHTML = `<table><tr><td>Menu</td></tr></table>${markup}`;
    expect(namesLinkUtility(document)).toBe(true);
  });

  it('a sentence about the utility is not its title (a landing page telling filers to link)', () => {
    document.body.innerHTML = '<h2>NextGen CM/ECF</h2><p>Link your CM/ECF account to your upgraded PACER account before you e-file.</p>';
    expect(namesLinkUtility(document)).toBe(false);
  });

  it('a link to the utility (Utilities) is not its page; the window title is', () => {
    document.body.innerHTML = '<h3>Utilities</h3><p><a href="/cgi-bin/LinkAccount.pl">Link a CM/ECF account to my PACER account</a></p>';
    expect(namesLinkUtility(document)).toBe(false);
    document.title = TITLE;
    expect(namesLinkUtility(document)).toBe(true);
  });
});

describe('the guard', () => {
  it('passes a submission on proof alone: names agree, own login seen', async () => {
    confirmPage(INLINE('Ann B. Lee', 'Ann Lee'));
    const sent = court();
    armGuard(async () => guardFacts({ shared: false }));
    await settle();
    trustedClick(document.getElementById('submit')!);
    expect(sent).toEqual(['button1']);
    expect(notice()).toBeNull();
  });

  it.each([
    ['a shared login, names that agree', INLINE('Ann Lee', 'Ann Lee'), guardFacts({ shared: true }), /shared accounts/],
    ['a login the guide did not see', INLINE('Ann Lee', 'Ann Lee'), guardFacts(null), /did not see which PACER account/],
    ['inline names that differ', INLINE('Train Attorney03', 'Train Attorneythree'), guardFacts(), /The two names differ/],
    [
      'a PACER name it cannot read',
      '<p>CM/ECF login: <b>Ann Lee</b></p><p>PACER login:</p>',
      guardFacts(),
      /could not read the PACER name on this page: make sure the account is yours alone/,
    ],
    ['a firm name on the firm list', TABLE('Ann Lee', 'Ann Lee'), guardFacts({ shared: false }, { firmNames: ['Ann Lee'] }), /looks like a firm’s name/],
    [
      '"Are you sure … cannot be undone", no names it knows',
      '<p>Are you sure you want to link? This action cannot be undone.</p>',
      guardFacts(),
      /cannot tell what this page of the link utility sends/,
    ],
  ])('holds %s, says why in its notice, and sends it once on the user’s own "Link anyway"', async (_name, names, facts, why) => {
    confirmPage(names);
    const sent = court();
    armGuard(async () => facts);
    await settle();
    trustedClick(document.getElementById('submit')!);
    expect(sent).toEqual([]);
    expect(notice()?.getAttribute('data-hold')).toBe('armed');
    expect(notice()!.shadowRoot!.textContent).toMatch(why);
    // A page script pressing the notice's button is not the user.
    buttonIn(notice(), 'Link anyway')!.click();
    expect(sent).toEqual([]);
    trustedClick(buttonIn(notice(), 'Link anyway')!);
    expect(sent).toEqual(['button1']);
    expect(notice()).toBeNull();
  });

  it('holds whether or not the background answers: rejected, slow, or Chrome’s error envelope', async () => {
    confirmPage(INLINE('Ann Lee', 'Ann Lee'));
    const sent = court();
    armGuard(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    await settle();
    trustedClick(document.getElementById('submit')!);
    expect(sent).toEqual([]);
    expect(notice()!.shadowRoot!.textContent).toMatch(/did not see which PACER account/);
    disarmAll();

    confirmPage(INLINE('Ann Lee', 'Ann Lee'));
    armGuard(() => new Promise(() => undefined));
    await settle();
    trustedClick(document.getElementById('submit')!);
    expect(sent).toEqual([]);
    expect(notice()!.shadowRoot!.textContent).toMatch(/still checking/);
  });

  it('reads the polyfill’s error envelope (Chrome’s answer to a failed request) as a failure, as Firefox does', async () => {
    const send = vi.spyOn(pageApi.runtime, 'sendMessage').mockResolvedValue({ __mozWebExtensionPolyfillReject__: true, message: 'boom' } as never);
    try {
      await expect(askBackground({ type: 'guard-facts' })).rejects.toThrow('boom');
      send.mockResolvedValue(guardFacts() as never);
      await expect(askBackground({ type: 'guard-facts' })).resolves.toEqual(guardFacts());
    } finally {
      send.mockRestore();
    }
  });

  it('a held submission waits while the guard asks, and goes on its own once proof arrives (exactly once)', async () => {
    confirmPage(INLINE('Ann Lee', 'Ann Lee'));
    const sent = court();
    let answer!: (facts: unknown) => void;
    armGuard(() => new Promise((resolve) => (answer = resolve)));
    trustedClick(document.getElementById('submit')!);
    trustedClick(document.getElementById('submit')!);
    expect(sent).toEqual([]);
    answer(guardFacts({ shared: false }));
    await settle();
    expect(sent).toEqual(['button1']);
  });

  it('stands down on another CM/ECF page and sends what it held meanwhile, once', async () => {
    Object.defineProperty(document, 'referrer', { value: '', configurable: true });
    document.body.innerHTML = '<form id="search"><input type="submit" id="go" name="go" value="Search"></form>';
    const sent = court();
    const loading = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const guard = armGuard(async () => guardFacts(null, { linkFormAt: false }));
    trustedClick(document.getElementById('go')!);
    expect(sent).toEqual([]);
    loading.mockRestore();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await settle();
    expect(sent).toEqual(['go']);
    expect(guard.armed).toBe(false);
    trustedClick(document.getElementById('go')!);
    expect(sent).toEqual(['go', 'go']);
  });

  it('stays armed on a page that answers this tab’s link submission, however it is titled', async () => {
    document.body.innerHTML = '<p>Please confirm.</p><form><input type="submit" id="go" name="go" value="OK"></form>';
    const sent = court();
    const guard = armGuard(async () => guardFacts({ shared: false }, { linkFormAt: true }));
    await settle();
    expect(guard.armed).toBe(true);
    trustedClick(document.getElementById('go')!);
    expect(sent).toEqual([]);
    expect(notice()!.getAttribute('data-reason')).toBe('unplaced');
  });

  it('a submission leaving an armed page is recorded for the tab; the page that answers it takes the record, titled or not', async () => {
    confirmPage(INLINE('Ann Lee', 'Ann Lee'));
    court();
    const asked: unknown[] = [];
    armGuard(async (request) => (asked.push(request), guardFacts({ shared: false })));
    await settle();
    trustedClick(document.getElementById('submit')!);
    expect(asked.filter((r) => (r as { type: string }).type === 'link-form-submitted')).toEqual([{ type: 'link-form-submitted', courtId: 'iasb' }]);
    disarmAll();
    // The success page names the link utility: it takes the record all the same.
    confirmPage('<p>Your PACER account has been linked to your CM/ECF account</p>');
    armGuard(async (request) => (asked.push(request), guardFacts()));
    await settle();
    expect(asked.at(-1)).toMatchObject({ type: 'guard-facts', takeLinkForm: true, linkPage: true });
  });

  it('a page with nothing to submit never asks: it stands down at once', async () => {
    Object.defineProperty(document, 'referrer', { value: '', configurable: true });
    document.body.innerHTML = '<p>Welcome to CM/ECF.</p><a href="/cgi-bin/iquery.pl">Query</a>';
    const asked: unknown[] = [];
    const guard = armGuard(async (request) => (asked.push(request), guardFacts(null, { linkFormAt: true })));
    await settle();
    expect([guard.armed, asked]).toEqual([false, []]);
  });

  it('a form with nothing but a field (Enter sends it) asks the background, whatever the page names "referrer"', async () => {
    document.body.innerHTML = '<form action="/cgi-bin/LinkAccount.pl"><input name="q"></form><img name="referrer" alt="">';
    // What a named element does to document.referrer in a browser: the page's markup shadows it.
    Object.defineProperty(document, 'referrer', { value: document.querySelector('img'), configurable: true });
    const asked: { type: string }[] = [];
    const guard = armGuard(async (request) => (asked.push(request as { type: string }), guardFacts(null, { linkFormAt: true })));
    await settle();
    expect(asked.map((r) => r.type)).toEqual(['guard-facts']);
    expect(guard.armed).toBe(true);
  });

  it('stays armed when it cannot learn whether the page answers a link submission', async () => {
    document.body.innerHTML = '<form><input type="submit" id="go" name="go" value="OK"></form>';
    const sent = court();
    const guard = armGuard(() => Promise.reject(new Error('gone')));
    await settle();
    expect(guard.armed).toBe(true);
    trustedClick(document.getElementById('go')!);
    expect(sent).toEqual([]);
  });

  it('only the user’s own switch turns it off; a failed read leaves it armed', async () => {
    confirmPage(INLINE('Ann', 'Bob Other'));
    const sent = court();
    const guard = armGuard();
    guard.settingsRead(undefined);
    guard.settingsRead({ guideEnabled: true });
    await settle();
    expect(guard.armed).toBe(true);
    guard.settingsRead({ guideEnabled: false });
    expect(guard.armed).toBe(false);
    trustedClick(document.getElementById('submit')!);
    expect(sent).toEqual(['button1']);
  });

  it('holds every route: a type=button calling form.submit(), a submit whose onclick submits, a link in a form, middle-click, requestSubmit()', async () => {
    confirmPage(
      TABLE('Ann Lee', 'Bob Other'),
      `<input type="button" id="scripted" value="Submit"><input type="submit" id="onclick" name="b2" value="Link">
       <a href="/cgi-bin/LinkAccount.pl?go=1" id="link">Link now</a><span role="button" id="role">Confirm</span>`,
    );
    const form = document.getElementById('confirm') as HTMLFormElement;
    let submitted = 0;
    form.submit = () => void submitted++;
    document.getElementById('scripted')!.addEventListener('click', () => form.submit());
    document.getElementById('onclick')!.addEventListener('click', () => form.submit());
    const sent = court();
    armGuard();
    await settle();
    for (const id of ['scripted', 'onclick', 'link', 'role']) {
      const event = trustedClick(document.getElementById(id)!);
      expect(event.defaultPrevented, id).toBe(true);
    }
    const middle = new MouseEvent('auxclick', { bubbles: true, composed: true, cancelable: true, button: 1 });
    document.getElementById('link')!.dispatchEvent(middle);
    expect(middle.defaultPrevented).toBe(true);
    form.requestSubmit();
    expect([submitted, sent]).toEqual([0, []]);
    // "Link anyway" sends the last one held, once: here the page script's requestSubmit() (happy-dom
    // names the form's default button as its submitter).
    trustedClick(buttonIn(notice(), 'Link anyway')!);
    expect([submitted, sent.length]).toEqual([0, 1]);
  });

  it('replays through the prototype’s requestSubmit (a field named requestSubmit does not break it); a detached submitter falls back to the form’s own', async () => {
    confirmPage(INLINE('Ann Lee', 'Bob Other'), '<input type="text" name="requestSubmit"><input type="submit" id="submit" name="button1" value="Submit">');
    const sent = court();
    armGuard();
    await settle();
    const submit = document.getElementById('submit')!;
    trustedClick(submit);
    const clone = submit.cloneNode() as HTMLElement;
    submit.replaceWith(clone);
    trustedClick(buttonIn(notice(), 'Link anyway')!);
    expect(sent).toEqual(['button1']);
  });

  it('holds a form in a shadow root', async () => {
    confirmPage(INLINE('Ann Lee', 'Bob Other'), '');
    const holder = document.createElement('div');
    document.body.append(holder);
    const root = holder.attachShadow({ mode: 'open' });
    root.innerHTML = '<form id="inner"><input id="field"><input type="submit" id="go" name="go" value="Go"></form>';
    const inner = root.getElementById('inner') as HTMLFormElement;
    const sent: string[] = [];
    inner.addEventListener('submit', (event) => {
      if (!event.defaultPrevented) sent.push('inner');
      event.preventDefault();
    });
    armGuard();
    await settle();
    inner.requestSubmit();
    expect(sent).toEqual([]);
    trustedClick(root.getElementById('go')!);
    expect(sent).toEqual([]);
  });

  it('Cancel and Esc drop the held submission; the page stays held', async () => {
    confirmPage(INLINE('Ann Lee', 'Bob Other'));
    const sent = court();
    const guard = armGuard();
    await settle();
    trustedClick(document.getElementById('submit')!);
    trustedClick(buttonIn(notice(), 'Cancel')!);
    expect(notice()).toBeNull();
    trustedClick(document.getElementById('submit')!);
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true });
    Object.defineProperty(esc, 'isTrusted', { value: true });
    notice()!.shadowRoot!.querySelector('section')!.dispatchEvent(esc);
    expect(notice()).toBeNull();
    expect(guard.armed).toBe(true);
    trustedClick(document.getElementById('submit')!);
    expect(sent).toEqual([]);
  });

  it('keeps its notice in sight: a page that hides or removes it gets it back', async () => {
    confirmPage(INLINE('Ann Lee', 'Bob Other'));
    armGuard();
    await settle();
    trustedClick(document.getElementById('submit')!);
    const shown = notice() as HTMLElement;
    shown.style.display = 'none';
    shown.remove();
    await settle();
    expect(shown.isConnected).toBe(true);
    expect(shown.getAttribute('style')).toContain('display:block !important');
  });

  it('an orphaned copy (the extension reloaded) keeps its hold and says so', async () => {
    confirmPage(INLINE('Ann Lee', 'Ann Lee'));
    const sent = court();
    armGuard(() => Promise.reject(new Error('Extension context invalidated.')), { alive: () => false });
    await settle();
    trustedClick(document.getElementById('submit')!);
    expect(sent).toEqual([]);
    expect(notice()!.shadowRoot!.textContent).toContain('was updated or reloaded: this page stays guarded');
  });

  it('rechecks after a back/forward-cache restore: the login may have changed', async () => {
    confirmPage(INLINE('Ann Lee', 'Ann Lee'));
    const sent = court();
    let login: { shared: boolean } | null = { shared: false };
    armGuard(async () => guardFacts(login));
    await settle();
    login = { shared: true };
    // The browser's own restore (isTrusted).
    const restored = Object.assign(new Event('pageshow'), { persisted: true });
    Object.defineProperty(restored, 'isTrusted', { value: true });
    window.dispatchEvent(restored);
    await settle();
    trustedClick(document.getElementById('submit')!);
    expect(sent).toEqual([]);
    expect(notice()!.shadowRoot!.textContent).toMatch(/shared accounts/);
  });

  describe('what an outside review found', () => {
    it('holds a link or image whose own script submits, and a link back to the utility outside any form', async () => {
      confirmPage(TABLE('Ann Lee', 'Bob Roe'), '<input type="submit" id="submit" name="button1" value="Submit">');
      document.body.insertAdjacentHTML(
        'beforeend',
        `<a href="#" id="scripted" onclick="document.forms.confirm.submit(); return false">Link</a><img id="img" onclick="document.forms.confirm.submit()" alt="Link">
         <a id="get" href="${location.origin}${location.pathname}?confirm=1">Confirm</a><a id="menu" href="/cgi-bin/iquery.pl">Query</a>`,
      );
      armGuard();
      await settle();
      for (const id of ['scripted', 'img', 'get']) expect(trustedClick(document.getElementById(id)!).defaultPrevented, id).toBe(true);
      expect(trustedClick(document.getElementById('menu')!).defaultPrevented, 'a menu link elsewhere goes').toBe(false);
    });

    it('names outrank logins: Login rows before Name rows do not make two usernames "agree"', async () => {
      document.body.innerHTML =
        '<table><tr><td>CM/ECF Login:</td><td>alee</td></tr><tr><td>CM/ECF Name:</td><td>Ann Lee</td></tr><tr><td>PACER Login:</td><td>alee</td></tr><tr><td>PACER Name:</td><td>Smith &amp; Roe LLP</td></tr></table>';
      expect(readLinkNames(document.body)).toMatchObject({ cmecfName: 'Ann Lee', pacerName: 'Smith & Roe LLP' });
    });

    it('hidden text is not a name; two different names under one label are a doubt', () => {
      document.body.innerHTML = '<div style="display:none">PACER Name: Ann Lee</div><p>CM/ECF Name: Ann Lee</p><p>PACER Name: Bob Roe</p>';
      expect(readLinkNames(document.body)).toMatchObject({ cmecfName: 'Ann Lee', pacerName: 'Bob Roe' });
      document.body.innerHTML = '<p>CM/ECF Name: Ann Lee</p><p>PACER Name: Ann Lee</p><p>PACER Name: Bob Roe</p>';
      expect(readLinkNames(document.body)).toMatchObject({ cmecfName: 'Ann Lee', pacerName: '' });
    });

    it('a placeholder or a single word is no name; accents are folded, not dropped', () => {
      const own = { seen: true, shared: false } as const;
      expect(linkVerdict({ place: 'confirm', cmecfName: 'N/A', pacerName: 'N/A' }, own)).toEqual({
        pass: false,
        reasons: ['unread-cmecf-name', 'unread-pacer-name'],
      });
      expect(linkVerdict({ place: 'confirm', cmecfName: 'alee', pacerName: 'alee' }, own).pass).toBe(false);
      expect(linkVerdict({ place: 'confirm', cmecfName: 'Renée Dubé', pacerName: 'René Dubé' }, own)).toEqual({ pass: false, reasons: ['names-differ'] });
      expect(linkVerdict({ place: 'confirm', cmecfName: 'Zoë Ångström', pacerName: 'Zoe Angstrom' }, own)).toEqual({ pass: true });
    });

    it('a confirm step that asks for the password again is still compared by its names', async () => {
      confirmPage(INLINE('Ann Lee', 'Bob Roe'), '<input type="password" name="key"><input type="submit" id="submit" name="button1" value="Submit">');
      const sent = court();
      armGuard();
      await settle();
      trustedClick(document.getElementById('submit')!);
      expect(sent).toEqual([]);
      expect(notice()!.getAttribute('data-reason')).toBe('names-differ');
    });

    it('a "please wait" page between hands the record on: the confirm page after it is guarded', async () => {
      document.head.insertAdjacentHTML('beforeend', '<meta http-equiv="refresh" content="0;url=/cgi-bin/LinkAccount.pl?step=2">');
      document.body.innerHTML = '<p>Please wait…</p><button type="button">Continue</button>';
      const asked: unknown[] = [];
      const guard = armGuard(async (request) => (asked.push(request), guardFacts(null, { linkFormAt: true })));
      await settle();
      expect(guard.armed).toBe(true);
      expect(asked).toContainEqual({ type: 'link-form-submitted', courtId: 'iasb' });
      document.head.querySelector('meta[http-equiv]')!.remove();
    });

    it('a page script’s own pageshow does not make it ask again', async () => {
      confirmPage(INLINE('Ann Lee', 'Ann Lee'));
      const asked: unknown[] = [];
      armGuard(async (request) => (asked.push(request), guardFacts()));
      await settle();
      window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
      await settle();
      expect(asked).toHaveLength(1);
    });

    it('a held click goes again as a click: the court’s own handler (its own "are you sure?") runs once proof arrives', async () => {
      confirmPage(INLINE('Ann Lee', 'Ann Lee'));
      const sent = court();
      let courtHandler = 0;
      document.getElementById('submit')!.addEventListener('click', () => courtHandler++);
      let answer!: (facts: unknown) => void;
      armGuard(() => new Promise((resolve) => (answer = resolve)));
      trustedClick(document.getElementById('submit')!);
      expect([courtHandler, sent.length]).toEqual([0, 0]);
      answer(guardFacts({ shared: false }));
      await settle();
      expect([courtHandler, sent]).toEqual([1, ['button1']]);
    });

    it('the page replacing the held form: nothing is sent, and the user is told', async () => {
      confirmPage(INLINE('Ann Lee', 'Bob Roe'));
      const sent = court();
      armGuard();
      await settle();
      trustedClick(document.getElementById('submit')!);
      document.getElementById('confirm')!.replaceWith(Object.assign(document.createElement('form'), { id: 'other' }));
      trustedClick(buttonIn(notice(), 'Link anyway')!);
      expect(sent).toEqual([]);
      expect(notice()!.shadowRoot!.textContent).toContain('The page changed before you answered, so nothing was sent');
    });

    it('a middle-click on a submit button sends nothing, so it is not held', async () => {
      confirmPage(INLINE('Ann Lee', 'Bob Roe'));
      armGuard();
      await settle();
      const middle = new MouseEvent('auxclick', { bubbles: true, composed: true, cancelable: true, button: 1 });
      document.getElementById('submit')!.dispatchEvent(middle);
      expect(middle.defaultPrevented).toBe(false);
      expect(notice()).toBeNull();
    });

    it('the firm-name reason names the name that looks like a firm', async () => {
      confirmPage(TABLE('Smith &amp; Roe LLP', 'Ann Lee'));
      armGuard();
      await settle();
      trustedClick(document.getElementById('submit')!);
      expect(notice()!.shadowRoot!.textContent).toContain('“Smith & Roe LLP” looks like a firm’s name');
    });
  });

  describe('what a second outside review found', () => {
    it('one name read and a password field beside it: the confirm step, held for the unread name', async () => {
      confirmPage(
        '<p>CM/ECF Name: Ann Lee</p><p>PACER Full Name: Smith &amp; Roe LLP</p>',
        '<input type="password" style="display:none"><input type="submit" id="submit" name="button1" value="Submit">',
      );
      const sent = court();
      armGuard();
      await settle();
      expect(readLinkPage(document)).toEqual({ place: 'confirm', cmecfName: 'Ann Lee', pacerName: '' });
      trustedClick(document.getElementById('submit')!);
      expect(sent).toEqual([]);
    });

    it('an answering page whose only control is a relative link back, a mouse-up script or an image map area asks the background, and holds', async () => {
      history.replaceState(null, '', '/cgi-bin/LinkAccount.pl');
      for (const markup of [
        '<a id="c" href="?confirm=1">Yes</a>',
        '<a id="c" href="LinkAccount.pl?confirm=1">Yes</a>',
        '<span id="c" onmouseup="void 0">Yes</span>',
        '<map name="m"><area id="c" href="LinkAccount.pl?go=1" alt="Yes"></map>',
      ]) {
        document.body.innerHTML = `<p>Please confirm.</p>${markup}`;
        const guard = armGuard(async () => guardFacts({ shared: false }, { linkFormAt: true }));
        await settle();
        expect(guard.armed, markup).toBe(true);
        expect(trustedClick(document.getElementById('c')!).defaultPrevented, markup).toBe(true);
        disarmAll();
      }
      history.replaceState(null, '', '/');
    });

    it('a title split over several elements, or indented at length, is still the utility’s name', () => {
      document.body.innerHTML = `<h3>Link <b>a</b> <i>CM/ECF</i> <u>account</u> to <b>my</b> <i>PACER</i> account</h3>`;
      expect(namesLinkUtility(document)).toBe(true);
      document.body.innerHTML = `<h3>${' '.repeat(150)}Link a CM/ECF account to my PACER account${' '.repeat(150)}</h3>`;
      expect(namesLinkUtility(document)).toBe(true);
    });
  });
});
