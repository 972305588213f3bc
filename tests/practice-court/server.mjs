// The practice court: a loopback HTTP proxy that serves a replica of the NextGen linking flow at
// the real uscourts.gov hostnames. It answers from memory and never forwards a request.
import http from 'node:http';
import * as pages from './pages.mjs';

const NAMES = {
  match: { cmecf: 'Ann B. Lee', pacer: 'Ann Lee' },
  differ: { cmecf: 'Train Attorney03', pacer: 'Train Attorneythree' },
};
const FIRM_PACER_NAME = 'Lee & Associates, LLP';

/**
 * Wordings and layouts from court guides (tests/practice-court/README.md): website 'plain' | 'hover-menu' | 'click-menu'
 * (pages.courtWebsite); utilities 'seed' | 'maryland'; confirm 'question' | 'verify' | 'inline' | 'are-you-sure' | 'untitled' (pages.linkConfirmBody); filingLabels
 * 'labels' | 'links'.
 */
const GUIDE_WORDINGS = { website: 'plain', utilities: 'seed', confirm: 'question', filingLabels: 'labels' };

/**
 * layout: 'direct' | 'nextgen' (where the link item is); names: 'match' | 'differ'; account:
 * 'individual' | 'firm' (the PACER name); submits: see pages.linkConfirmBody; confirmAnswer:
 * 'redirect' (303 to a GET page, as most courts do) | 'page' (the success page is the POST's answer);
 * mfa: what PACER asks after the password, see pages.mfaDialog: 'none' | 'code' | 'backup' (both for
 * an account with an authenticator app) | 'enroll' (not enrolled, skips left) | 'required' (none left)
 * | 'disabled' ('required' titled "PACER Account Disabled") | 'required-password' (a new password too).
 * linkItemLeadsTo: 'utility' (the link utility) | 'unknown' (pages.unfamiliarPage, a page the guide does not know).
 * password: PACER's 180-day password change after sign-in, see pages.afterSignInDialogs: 'none' |
 * 'skippable' (skips left) | 'required' (none left); notice: a one-button notice to acknowledge after sign-in.
 * recap: true adds pages.RECAP_STAND_IN to every page, the DOM changes Free Law Project's RECAP extension makes.
 * landingWords: the landing page's words for its live link (pages.LANDING_WORDS), instead of "<district> - Document Filing System".
 * agent: true signs in as a filing agent, who chooses the filer (pages.filerSelectBody) before the menus,
 * which are then the chosen filer's (filing menus).
 */
const DEFAULT_VARIANT = {
  layout: 'direct',
  names: 'match',
  account: 'individual',
  accountType: 'upgraded',
  submits: 'one',
  confirmAnswer: 'redirect',
  mfa: 'none',
  password: 'none',
  notice: false,
  recap: false,
  agent: false,
  landingWords: /** @type {string | undefined} */ (undefined),
  linkItemLeadsTo: 'utility',
  pageStyle: 'plain',
  ...GUIDE_WORDINGS,
};

/** Starts the practice court on 127.0.0.1 (port 0 = any free port). */
export async function startPracticeCourt({ port = 0, log = false } = {}) {
  let variant = { ...DEFAULT_VARIANT };
  let mfaAccount = mfaAccountFor(variant);
  let session = freshSession();
  const requests = [];

  function freshSession() {
    return { signedIn: false, mfaPassed: false, redactionAccepted: false, pacerUsername: '', link: {}, token: '', passwordChanged: false, passwordSkips: 0 };
  }

  /** PACER's interstitials after sign-in for this variant (pages.afterSignInDialogs), or undefined. */
  function afterSignIn() {
    const password = variant.password === 'none' ? {} : { passwordSkipsLeft: variant.password === 'skippable' ? 2 : 0 };
    return variant.password === 'none' && !variant.notice ? undefined : { ...password, notice: variant.notice };
  }

  /** The PACER account's MFA: its authenticator apps, and the enrolment skips it has left. */
  function mfaAccountFor({ mfa }) {
    return { apps: mfa === 'code' || mfa === 'backup' ? ['Authenticator app (added 05/12/2025)'] : [], skipsLeft: mfa === 'enroll' ? 2 : 0 };
  }

  /** What PACER asks after the password now: nothing, the code, or enrolment. */
  function mfaPrompt() {
    if (variant.mfa === 'none') return undefined;
    if (mfaAccount.apps.length) return { prompt: variant.mfa === 'backup' ? 'backup' : 'code' };
    if (mfaAccount.skipsLeft > 0) return { prompt: 'enroll', skipsLeft: mfaAccount.skipsLeft };
    // The 2025 title of the same prompt, or the prompt asking for a new password as well.
    return { prompt: 'required', ...(variant.mfa === 'disabled' && { title: 'PACER Account Disabled' }), passwordToo: variant.mfa === 'required-password' };
  }

  const origin = (prefix, courtId) => `http://${prefix}.${courtId}.uscourts.gov`;

  function send(res, status, body, type = 'text/html; charset=utf-8', headers = {}) {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    // RECAP's stand-in (variant recap): what its content scripts change in PACER's pages, added to each HTML page.
    const recap = variant.recap && type.startsWith('text/html') && typeof body === 'string';
    res.end(recap ? body.replace(/<\/body>/i, `<script>${pages.RECAP_STAND_IN}</script></body>`) : body);
  }
  const redirect = (res, location, status = 302) => send(res, status, '', 'text/plain', { location });

  async function readBody(req) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    // Kept so tests can compare what a form sent with and without the extension.
    const logged = requests.findLast((r) => r.method === req.method && r.url.endsWith(req.url.replace(/^https?:\/\/[^/]+/, '')));
    if (logged) logged.body = text;
    return new URLSearchParams(text);
  }

  function pacerLoginUrl(court, appPath) {
    const app = `${origin('ecf', court.id)}${appPath}`;
    return `http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=${court.pacerId}&appurl=${encodeURIComponent(app)}`;
  }

  /** The menu bar a court shows now: filer once linked and the success page was left behind. */
  // A filing agent acts for the filer chosen: that filer's menus, whatever this account's link.
  const isFiler = (court) => session.link[court.id] === 'linked' || Boolean(session.filerChosen);

  const landing = (res, court) => send(res, 200, pages.cmecfLanding(court, variant.pageStyle, variant.landingWords));

  function cmecf(res, court, opts) {
    send(res, 200, pages.cmecfPage(court, { filer: isFiler(court), filingLabels: variant.filingLabels, ...opts }));
  }

  async function ecfSite(req, res, court, url) {
    const path = url.pathname;
    const signedIn = session.signedIn && session.redactionAccepted;
    if (path === '/favicon.ico') return send(res, 204, '');
    if (path === '/css/default.css') return send(res, 200, pages.DEFAULT_CSS, 'text/css');
    if (path === '/lib/core.js') return send(res, 200, pages.CORE_JS, 'text/javascript');
    if (path === '/cgi-bin/menu.pl') return send(res, 200, '/* menu items are built by script on the real site */', 'text/javascript');
    if (path === '/') return court.id === 'iasd' ? send(res, 200, pages.cmecfRefreshToShowIndex()) : landing(res, court);
    if (path === '/cgi-bin/ShowIndex.pl') return landing(res, court);
    if (path === '/cgi-bin/login.pl') {
      if (url.search === '?logout') {
        session = { ...freshSession(), link: session.link };
        return landing(res, court);
      }
      if (!signedIn) return redirect(res, pacerLoginUrl(court, '/cgi-bin/login.pl'));
      // A filing agent chooses the filer first (variant agent), then sees that filer's menus.
      if (variant.agent && req.method === 'POST') {
        session.filerChosen = (await readBody(req)).get('filer') ?? '1';
        return redirect(res, '/cgi-bin/login.pl', 303);
      }
      if (variant.agent && !session.filerChosen) return cmecf(res, court, { title: 'Select Filer', body: pages.filerSelectBody() });
      return cmecf(res, court, { body: pages.mainMenuBody(court) });
    }
    if (!signedIn) return redirect(res, pacerLoginUrl(court, `${path}${url.search}`));
    if (path === '/cgi-bin/DisplayMenu.pl') {
      const menu = url.search.slice(1).split('&')[0];
      if (menu === 'Utilities') {
        const href = variant.linkItemLeadsTo === 'unknown' ? pages.UNFAMILIAR_PATH : undefined;
        return cmecf(res, court, { title: 'Utilities', body: pages.utilitiesBody(variant.layout, variant.utilities, href) });
      }
      if (menu === 'NextGenMenuItems') return cmecf(res, court, { title: 'NextGen Release 1.1 Menu Items', body: pages.nextGenMenuBody() });
      return cmecf(res, court, { title: menu, body: `<H3>${menu.replace(/Events$/, '')}</H3><P>Menu items.</P>` });
    }
    if (path === '/cgi-bin/LinkAccount.pl') return linkUtility(req, res, court, url);
    if (path === pages.UNFAMILIAR_PATH) return send(res, 200, pages.unfamiliarPage(court));
    return cmecf(res, court, { body: '<H3>Query</H3><P>Search for a case.</P>' });
  }

  async function linkUtility(req, res, court, url) {
    const names = NAMES[variant.names];
    const pacerName = variant.account === 'firm' ? FIRM_PACER_NAME : names.pacer;
    if (req.method === 'GET') {
      if (url.searchParams.has('linked') && session.link[court.id]) {
        const body = pages.linkSuccessBody();
        // The success page itself still carries the PACER-only bar; after a refresh the filing menus appear.
        const wasPending = session.link[court.id] === 'pending';
        const html = pages.cmecfPage(court, { filer: !wasPending, title: 'Link Account', body });
        session.link[court.id] = 'linked';
        return send(res, 200, html);
      }
      return cmecf(res, court, { title: 'Link Account', body: pages.linkFormBody() });
    }
    const form = await readBody(req);
    if (form.get('step') === 'verify') {
      if (!form.get('login') || form.get('key') === 'wrong' || !form.get('key')) {
        return cmecf(res, court, { title: 'Link Account', body: pages.linkFormBody('Invalid CM/ECF login or password. Please try again.') });
      }
      session.token = `t${Date.now()}`;
      return cmecf(res, court, { title: 'Link Account', body: pages.linkConfirmBody(names.cmecf, pacerName, session.token, variant.submits, variant.confirm) });
    }
    if (form.get('step') === 'confirm' && form.get('token') === session.token) {
      if (variant.confirmAnswer === 'page') {
        // Reloading this page would post the confirmation again.
        session.link[court.id] = 'linked';
        return send(res, 200, pages.cmecfPage(court, { filer: false, title: 'Link Account', body: pages.linkSuccessBody() }));
      }
      session.link[court.id] = 'pending';
      return redirect(res, '/cgi-bin/LinkAccount.pl?linked=1', 303);
    }
    return cmecf(res, court, { title: 'Link Account', body: pages.linkFormBody('Your request could not be processed. Please start again.') });
  }

  async function pacerLogin(req, res, url) {
    if (url.pathname === '/csologin/login.jsf' && req.method === 'GET') {
      const court = Object.values(pages.COURTS).find((c) => c.pacerId === url.searchParams.get('pscCourtId'));
      return send(res, 200, pages.pacerLogin(court, url.searchParams.get('appurl'), '', mfaPrompt(), afterSignIn()));
    }
    if (url.pathname === '/csologin/login.jsf') {
      const form = await readBody(req);
      const username = form.get('loginForm:loginName') ?? '';
      if (!username || !form.get('loginForm:password'))
        return send(res, 200, JSON.stringify({ ok: false, error: 'Username and password are required.' }), 'application/json');
      const mfa = Boolean(mfaPrompt());
      session = { ...session, signedIn: true, mfaPassed: !mfa, pacerUsername: username };
      return send(res, 200, JSON.stringify({ ok: true, mfa }), 'application/json', { 'set-cookie': 'NextGenCSO=practice; Domain=.uscourts.gov; Path=/' });
    }
    if (url.pathname === '/csologin/mfa.jsf' && req.method === 'POST') {
      const form = await readBody(req);
      const prompt = mfaPrompt()?.prompt;
      const skipped = form.has('skip') && prompt === 'enroll';
      const code = /^\d{6}$/.test(form.get('mfaForm:mfaInput') ?? '') || (prompt === 'backup' && Boolean(form.get('mfaForm:backupCode')));
      if (skipped) mfaAccount.skipsLeft--;
      if (!session.signedIn || !(skipped || (code && mfaAccount.apps.length)))
        return send(
          res,
          200,
          JSON.stringify({ ok: false, error: 'That code was not accepted. Codes change every 30 seconds: enter the current one.' }),
          'application/json',
        );
      session.mfaPassed = true;
      return send(res, 200, JSON.stringify({ ok: true }), 'application/json');
    }
    if (url.pathname === '/csologin/userupdate.jsf' && req.method === 'POST') {
      // The new password is only compared (the request log keeps form bodies for the tests, as for every form).
      const form = await readBody(req);
      if (form.has('skip') && variant.password === 'skippable') session.passwordSkips++;
      else if (form.get('frmUserUpdate:newPassword') && form.get('frmUserUpdate:newPassword') === form.get('frmUserUpdate:confirmPassword'))
        session.passwordChanged = true;
      else return send(res, 200, JSON.stringify({ ok: false, error: 'The two passwords must match.' }), 'application/json');
      return send(res, 200, JSON.stringify({ ok: true }), 'application/json');
    }
    if (url.pathname === '/csologin/redaction.jsf') {
      session.redactionAccepted = session.signedIn && session.mfaPassed;
      return send(res, 200, '{}', 'application/json');
    }
    return send(res, 404, 'Not found', 'text/plain');
  }

  /** Manage My Account, and its MFA settings where "Add App" adds an authenticator app. */
  async function pacerAccount(req, res, url) {
    if (url.pathname !== '/pscManage/mfa.jsf') return send(res, 200, pages.pacerAccount(variant.accountType, mfaAccount.apps));
    if (req.method === 'GET') return send(res, 200, pages.manageMfa(mfaAccount.apps));
    await readBody(req);
    if (mfaAccount.apps.length < 5) mfaAccount.apps.push(`Authenticator app ${mfaAccount.apps.length + 1}`);
    return redirect(res, '/pscof/manage/maint.jsf', 303);
  }

  // Fixed pages at given URLs (the benchmark serves saved court pages at their real addresses).
  const fixed = new Map();

  async function route(req, res) {
    let url;
    try {
      url = new URL(req.url.startsWith('http') ? req.url : `http://${req.headers.host}${req.url}`);
    } catch {
      return send(res, 400, 'Bad request', 'text/plain');
    }
    requests.push({ method: req.method, url: url.href });
    if (log) console.log(req.method, url.href);
    const page = fixed.get(url.href);
    if (page) return send(res, 200, page.body, page.type);
    if (fixed.size && /\.(css|js|gif|png|ico)$|menu\.pl/.test(url.pathname)) return send(res, 204, '');
    const host = url.hostname.toLowerCase();
    const m = /^(www|ecf|ecf-train)\.([a-z0-9]+)\.uscourts\.gov$/.exec(host);
    const court = m && pages.COURTS[m[2]];
    if (court && m[1] === 'www')
      return url.pathname === '/'
        ? send(res, 200, pages.courtWebsite(court, origin, variant.website))
        : send(res, 200, `<html><body><h1>${url.pathname}</h1></body></html>`);
    if (court && m[1] === 'ecf') return ecfSite(req, res, court, url);
    if (court && m[1] === 'ecf-train') return send(res, 200, '<html><title>Train Database</title><body><h1>CM/ECF Train Database</h1></body></html>');
    if (host === 'pacer.login.uscourts.gov') return pacerLogin(req, res, url);
    if (host === 'pacer.psc.uscourts.gov') return pacerAccount(req, res, url);
    return send(res, 404, `The practice court does not serve ${host}.`, 'text/plain');
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((error) => send(res, 500, String(error?.stack ?? error), 'text/plain'));
  });
  // HTTPS tunnels would leave the machine's control: refuse them.
  server.on('connect', (_request, socket) => socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'));
  await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(port, '127.0.0.1', resolve)));
  // Listening on a TCP port: the address is an AddressInfo (a string only for a pipe or socket file).
  const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;

  return {
    port: actualPort,
    proxy: `127.0.0.1:${actualPort}`,
    requests,
    /** Chooses the variant for the next walk and starts a new session (nothing linked, no page served by servePage). */
    reset(next = {}) {
      variant = { ...DEFAULT_VARIANT, ...next };
      fixed.clear();
      mfaAccount = mfaAccountFor(variant);
      session = freshSession();
      requests.length = 0;
    },
    /** Signs in as PACER user `username` and accepts the redaction notice, as a walk through the login would. */
    signIn(username = 'tattorney') {
      session = { ...session, signedIn: true, mfaPassed: true, redactionAccepted: true, pacerUsername: username };
    },
    /** Serves `body` (a string or bytes) at exactly this URL, before anything else. */
    servePage(href, body, type = 'text/html; charset=utf-8') {
      fixed.set(new URL(href).href, { body, type });
    },
    get state() {
      return { variant, session, mfaAccount };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const court = await startPracticeCourt({ port: Number(process.env.PORT ?? 8899), log: true });
  console.log(`practice court: proxy on http://${court.proxy} (point a browser's HTTP proxy here)`);
}
