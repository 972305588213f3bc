// Every PACER login page records the session's login when the user signs in, whatever the
// checklist says: shared or not, or unknown (cleared) when it cannot be judged. The username never
// leaves the page.
import type { GuideRequest } from '@/utils/messages';
import { watchPacerLogin } from '@/in-page/guard/pacer-login';
import { guardFacts, settle, trustedClick } from './guard-harness';

const LOGIN_FORM = `<form id="loginForm"><input id="loginForm:loginName" name="loginForm:loginName" type="text">
  <input id="loginForm:password" name="loginForm:password" type="password">
  <button id="loginForm:fbtnLogin" type="submit">Login</button><button type="button" id="cancel">Cancel</button></form>`;

const added: [string, EventListener][] = [];
function watch(lists: unknown, guideOn = Promise.resolve(true)) {
  const sent: GuideRequest[] = [];
  const win = {
    addEventListener: (type: string, listener: EventListener) => (added.push([type, listener]), window.addEventListener(type, listener, true)),
  } as unknown as Window;
  watchPacerLogin(
    win,
    async (request) => {
      sent.push(request);
      if (request.type === 'guard-facts') {
        if (lists instanceof Error) throw lists;
        return lists;
      }
      return null;
    },
    guideOn,
  );
  return sent.filter.bind(sent);
}

afterEach(() => {
  for (const [type, listener] of added.splice(0)) window.removeEventListener(type, listener, true);
  document.body.innerHTML = '';
});

const typeUsername = (value: string) => ((document.getElementById('loginForm:loginName') as HTMLInputElement).value = value);
const logins = (sent: ReturnType<typeof watch>) => sent((r: GuideRequest) => r.type === 'pacer-login');

describe('the login fact at PACER’s login', () => {
  beforeEach(() => {
    document.body.innerHTML = LOGIN_FORM;
  });

  it('a listed shared username records "shared", and the username goes nowhere', async () => {
    const sent = watch(guardFacts(null, { sharedUsernames: ['firmpacer'] }));
    await settle();
    typeUsername('FirmPacer');
    trustedClick(document.getElementById('loginForm:fbtnLogin')!);
    expect(logins(sent)).toEqual([{ type: 'pacer-login', shared: true }]);
    expect(JSON.stringify(sent(() => true))).not.toMatch(/firmpacer/i);
  });

  it('the user’s own username records "not shared"; another than the user’s own counts as shared', async () => {
    const sent = watch(guardFacts(null, { individualUsername: 'alee' }));
    await settle();
    typeUsername('ALee');
    (document.getElementById('loginForm') as HTMLFormElement).requestSubmit();
    typeUsername('someone');
    trustedClick(document.getElementById('loginForm:fbtnLogin')!);
    expect(logins(sent)).toEqual([
      { type: 'pacer-login', shared: false },
      { type: 'pacer-login', shared: true },
    ]);
  });

  it('nothing typed, or the lists out of reach: the login is unknown (the last one is forgotten)', async () => {
    const sent = watch(new Error('background asleep and failing'));
    await settle();
    typeUsername('ann');
    trustedClick(document.getElementById('loginForm:fbtnLogin')!);
    expect(logins(sent)).toEqual([{ type: 'pacer-login', shared: null }]);
    const empty = watch(guardFacts());
    await settle();
    typeUsername('');
    trustedClick(document.getElementById('loginForm:fbtnLogin')!);
    expect(logins(empty)).toContainEqual({ type: 'pacer-login', shared: null });
  });

  it('signing in before the lists arrive forgets the last login at once, and judges this one when they come', async () => {
    let answer!: (lists: unknown) => void;
    const sent: GuideRequest[] = [];
    const win = {
      addEventListener: (type: string, listener: EventListener) => (added.push([type, listener]), window.addEventListener(type, listener, true)),
    } as unknown as Window;
    watchPacerLogin(
      win,
      (request) => (sent.push(request), request.type === 'guard-facts' ? new Promise((resolve) => (answer = resolve)) : Promise.resolve(null)),
      Promise.resolve(true),
    );
    typeUsername('FirmPacer');
    trustedClick(document.getElementById('loginForm:fbtnLogin')!);
    expect(sent.filter((r) => r.type === 'pacer-login')).toEqual([{ type: 'pacer-login', shared: null }]);
    answer(guardFacts(null, { sharedUsernames: ['firmpacer'] }));
    await settle();
    await settle();
    expect(sent.filter((r) => r.type === 'pacer-login')).toEqual([
      { type: 'pacer-login', shared: null },
      { type: 'pacer-login', shared: true },
    ]);
  });

  it('with "Show the guide on court pages" off, the username is not read: the sign-in makes the login unknown (an earlier "own" is forgotten)', async () => {
    const logins = watch(guardFacts(null, { sharedUsernames: ['firmpacer'] }), Promise.resolve(false));
    await settle();
    typeUsername('FirmPacer');
    trustedClick(document.getElementById('loginForm:fbtnLogin')!);
    await settle();
    expect(logins((r) => r.type === 'pacer-login')).toEqual([{ type: 'pacer-login', shared: null }]);
  });

  it('Cancel, or a form without a password field, records nothing', async () => {
    const sent = watch(guardFacts());
    await settle();
    typeUsername('ann');
    trustedClick(document.getElementById('cancel')!);
    document.body.insertAdjacentHTML('beforeend', '<form id="other"><input name="q"><button id="go">Search</button></form>');
    trustedClick(document.getElementById('go')!);
    expect(logins(sent)).toEqual([]);
  });

  it('PACER’s password change after sign-in records nothing: the login just judged stays; a password-only form that is no change makes it unknown', async () => {
    const sent = watch(guardFacts(null, { individualUsername: 'alee' }));
    await settle();
    typeUsername('alee');
    trustedClick(document.getElementById('loginForm:fbtnLogin')!);
    // PACER's "User Update Required" (its ids), and another page's new-password form (its autocomplete).
    document.body.insertAdjacentHTML(
      'beforeend',
      `<form id="frmUserUpdate"><input id="frmUserUpdate:pwd1" type="password"><button id="frmUserUpdate:btnUpdate" type="submit">Update</button></form>
       <form id="pw"><input id="np" type="password" autocomplete="new-password"><input id="cp" type="password" autocomplete="new-password"><button id="save">Save</button></form>
       <form id="odd"><input id="secret" type="password"><button id="enter">Enter</button></form>`,
    );
    trustedClick(document.getElementById('frmUserUpdate:btnUpdate')!);
    trustedClick(document.getElementById('save')!);
    expect(logins(sent)).toEqual([{ type: 'pacer-login', shared: false }]);
    // A form asking for a password with no username is not known to be the same account: unknown, as before.
    trustedClick(document.getElementById('enter')!);
    expect(logins(sent)).toEqual([
      { type: 'pacer-login', shared: false },
      { type: 'pacer-login', shared: null },
    ]);
  });

  it('a form with a username field is a sign-in, whatever its password field is called', async () => {
    const sent = watch(guardFacts(null, { individualUsername: 'alee', sharedUsernames: ['firmacct'] }));
    await settle();
    const variants = ['autocomplete="new-password"', 'id="loginForm:pwdNew"', 'id="verifyPassword"', 'name="confirmpw"', 'id="renewalPassword"'];
    for (const [i, password] of variants.entries()) {
      document.body.insertAdjacentHTML(
        'beforeend',
        `<form id="f${i}"><input id="u${i}" name="loginForm:loginName" type="text"><input type="password" ${password}><button id="b${i}" type="submit">Login</button></form>`,
      );
      (document.getElementById(`u${i}`) as HTMLInputElement).value = i % 2 ? 'alee' : 'FirmAcct';
      trustedClick(document.getElementById(`b${i}`)!);
    }
    expect(logins(sent)).toEqual(variants.map((_, i) => ({ type: 'pacer-login', shared: i % 2 === 0 })));
  });

  it('PACER’s "User Update Required" with other fields (an e-mail to confirm) is still no sign-in: a shared login stays shared', async () => {
    const sent = watch(guardFacts(null, { sharedUsernames: ['firmpacer'] }));
    await settle();
    typeUsername('firmpacer');
    trustedClick(document.getElementById('loginForm:fbtnLogin')!);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<form id="frmUserUpdate"><div id="userUpdateDlg"><input type="email" value="office@firm.example"><input type="text" id="frmUserUpdate:q_focus">
       <input type="password" autocomplete="new-password"><button id="frmUserUpdate:btnUpdate" type="submit">Update</button></div></form>`,
    );
    trustedClick(document.getElementById('frmUserUpdate:btnUpdate')!);
    expect(logins(sent)).toEqual([{ type: 'pacer-login', shared: true }]);
  });

  it('with no sign-in on this page first, a form asking for a password is a sign-in, whatever ids or fields it has', async () => {
    const firstSignIn = async (html: string, username?: [string, string]) => {
      for (const [type, listener] of added.splice(0)) window.removeEventListener(type, listener, true);
      document.body.innerHTML = html;
      const sent = watch(guardFacts(null, { sharedUsernames: ['firmpacer'] }));
      await settle();
      if (username) (document.getElementById(username[0]) as HTMLInputElement).value = username[1];
      trustedClick(document.getElementById('go')!);
      return logins(sent);
    };
    // PACER's dialog ids around an ordinary sign-in form.
    expect(
      await firstSignIn('<form id="frmUserUpdate"><input id="u" type="text"><input type="password"><button id="go" type="submit">Login</button></form>', [
        'u',
        'firmpacer',
      ]),
    ).toEqual([{ type: 'pacer-login', shared: true }]);
    // A username outside the form (form="…"), of type search, and a new-password field.
    expect(
      await firstSignIn(
        '<form id="lf"><input type="password" autocomplete="new-password"><button id="go" type="submit">Login</button></form><input form="lf" type="search" id="u">',
        ['u', 'firmpacer'],
      ),
    ).toEqual([{ type: 'pacer-login', shared: true }]);
    // A reset form of new passwords only that signs in: the login is unknown.
    expect(
      await firstSignIn(
        '<form><input type="password" autocomplete="new-password"><input type="password" autocomplete="new-password"><button id="go" type="submit">Save</button></form>',
      ),
    ).toEqual([{ type: 'pacer-login', shared: null }]);
  });
});
