// Page templates of the practice court. Markup follows the real pages in tests/fixtures/real:
// CM/ECF's div#topmenu.yuimenubar, menu.pl?id=N, the PRTYPE cookie script, old-style HTML; PACER's
// JSF login with loginForm:* fields and the regmsg redaction dialog. Wording follows the seeds.

export const COURTS = {
  iasb: {
    id: 'iasb',
    pacerId: 'IASBK',
    kind: 'bankruptcy',
    district: 'Southern District of Iowa',
    title: 'CM/ECF Iowa Southern',
    filing: ['Bankruptcy', 'Adversary'],
  },
  iasd: {
    id: 'iasd',
    pacerId: 'IASDC',
    kind: 'district',
    district: 'Southern District of Iowa',
    title: 'CM/ECF - U.S. District Court:iasd',
    filing: ['Civil', 'Criminal'],
  },
};

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * `menu`: where the E-Filing (CM/ECF) link is: 'plain' (on the bar), 'hover-menu' (in a "Case Filing"
 * drop-down the stylesheet opens on hover or focus) or 'click-menu' (one a button opens, USWDS style).
 */
export function courtWebsite(court, origin, menu = 'plain') {
  const bankruptcy = court.kind === 'bankruptcy';
  const eFiling = `<a href="${origin('ecf', court.id)}${bankruptcy ? '/' : '/cgi-bin/ShowIndex.pl'}">E-Filing (CM/ECF) &raquo;</a>`;
  const manual = `<a href="${origin('ecf-train', court.id)}/help/manual.htm">CM/ECF E-Filing Manual &raquo;</a>`;
  const submenu = (attributes) =>
    `<ul class="submenu"${attributes}><li><a href="/cmecf-information">CM/ECF Information</a></li><li>${eFiling}</li><li>${manual}</li></ul>`;
  const filing = {
    plain: `<li>${eFiling}</li>\n<li>${manual}</li>`,
    'hover-menu': `<li class="hover-menu"><a href="/case-filing">Case Filing</a>${submenu('')}</li>`,
    'click-menu': `<li><button type="button" aria-expanded="false" aria-controls="case-filing-menu">Case Filing</button>${submenu(' id="case-filing-menu" hidden')}</li>`,
  }[menu];
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${bankruptcy ? 'SOUTHERN DISTRICT OF IOWA | United States Bankruptcy Court' : 'Southern District of Iowa | United States District Court'}</title>
<style>body{font-family:Georgia,serif;margin:0;background:#f4f1ea}header{background:#14305b;color:#fff;padding:18px 28px}nav ul{list-style:none;margin:0;padding:0;display:flex;gap:18px;background:#0f2444}nav a,nav button{color:#fff;display:block;padding:10px 6px;text-decoration:none;background:none;border:0;font:inherit;cursor:pointer}main{padding:24px 28px;max-width:900px}
nav li{position:relative}nav .submenu{position:absolute;top:100%;left:0;min-width:240px;flex-direction:column;gap:0;z-index:5}nav .submenu[hidden],nav .hover-menu>.submenu{display:none}nav .hover-menu:hover>.submenu,nav .hover-menu:focus-within>.submenu{display:flex}</style></head>
<body><header><h1>United States ${bankruptcy ? 'Bankruptcy' : 'District'} Court</h1><p>Southern District of Iowa</p></header>
<nav aria-label="Main"><ul>
<li><a href="/">Home</a></li>
<li><a href="/court-info">Court Info</a></li>
${bankruptcy ? '<li><a href="/cmecf-pacer-login">CM/ECF &amp; PACER Login</a></li>' : `<li><a href="${origin('ecf', court.id)}/cgi-bin/ShowIndex.pl">Login</a></li>`}
${filing}
</ul></nav>
<main><h2>NextGen CM/ECF</h2><p>The Court is live on NextGen CM/ECF. Link your CM/ECF account to your upgraded PACER account before you e-file.</p>
<p><a href="${origin('ecf', court.id)}/cgi-bin/rss_outside.pl">RSS feed</a> · <a href="${origin('ecf', court.id)}/cgi-bin/CourtInfo.pl?location=main">Court information</a></p></main>
${menu === 'click-menu' ? MENU_BUTTON_SCRIPT : ''}
</body></html>`;
}

/** Like USWDS's accordion: the button flips aria-expanded and the submenu's hidden attribute. */
const MENU_BUTTON_SCRIPT = `<script>
document.querySelectorAll('nav button[aria-controls]').forEach(function (button) {
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    document.getElementById(button.getAttribute('aria-controls')).hidden = !open;
  });
});
</script>`;

export function cmecfRefreshToShowIndex() {
  return `<html><meta http-equiv='REFRESH' content='0;url=/cgi-bin/ShowIndex.pl'></html>`;
}

/**
 * Layouts that move a floating card's ground from under it (variant `pageStyle`, for the placement
 * tests): a transform on <body>, which makes it the containing block of fixed elements; the page's
 * content in a short scrolling box.
 */
export const PAGE_STYLES = {
  plain: '',
  'transformed-body': 'body{transform:translate(40px,30px) scale(0.9);transform-origin:0 0}',
  'scrolling-box': '#cmecfMainContent{height:160px;overflow:auto}#cmecfMainContent:after{content:"";display:block;height:1500px}',
};

/**
 * The words courts' landing pages give the live system's link (research note, "Wordings and layouts
 * courts publish", from the pacer-courts snapshots): caeb, flnb, moeb, nmib, almb, ilsb.
 */
export const LANDING_WORDS = [
  'Document Filing Application',
  'Click Here to Start CM/ECF',
  '[LOG IN]',
  'CONTINUE',
  'Login',
  'Document Filing System (Live Database)',
];

/** @param {string} [linkWords] the live link's words, when a court words it otherwise */
export function cmecfLanding(court, pageStyle = 'plain', linkWords) {
  const style = PAGE_STYLES[pageStyle] ? `<style>${PAGE_STYLES[pageStyle]}</style>` : '';
  return `<html><head><link rel="shortcut icon"  href="/favicon.ico"/><title>${esc(court.title)}</title>
<script>var default_base_path = "/"; </script> <link rel="stylesheet" type="text/css" href="/css/default.css"><script type="text/javascript" src="/lib/core.js"></script>${style}</head><body BGCOLOR=FFFFF0 TEXT=000000> <div id="cmecfMainContent"><input type="hidden" id="cmecfMainContentScroll" value="0">
<!-ShowPage(index.html)->
<CENTER>
<P>
Welcome to the U.S. ${court.kind === 'bankruptcy' ? 'Bankruptcy' : 'District'} Court for the
${esc(court.district)}
<P>
<A HREF="/cgi-bin/login.pl">${linkWords ? esc(linkWords) : `${esc(court.district)} - Document Filing System`}</A>
<P>
<A HREF="http://ecf-train.${court.id}.uscourts.gov/cgi-bin/login.pl">${esc(court.district)} - Train Database</A>
</CENTER>
<center><p style="color:red;">This is a restricted government website for official court business only.</p><hr /><h4>CM/ECF NextGen 1.7.1.1 (Primary)</h4></center>
<br><a href='/cgi-bin/CourtInfo.pl?location=main'>Court Information</a>
</div></body></html>`;
}

/** Filing menu labels a bar may carry: 'Ba<u>n</u>kruptcy', or 'Bankruptcy Events' (known only by its DisplayMenu.pl link). */
const filingLabel = (menu, labels) =>
  labels === 'links'
    ? `${menu} Events`
    : menu === 'Civil'
      ? 'C<u>i</u>vil'
      : menu === 'Criminal'
        ? 'Crimi<u>n</u>al'
        : menu === 'Bankruptcy'
          ? 'Ba<u>n</u>kruptcy'
          : '<u>A</u>dversary';

/** The CM/ECF menu bar: PACER-only (Query, Reports, Utilities, Search, Help, Log Out) or a filer's. */
function menuBar(court, filer, menuId, filingLabels) {
  const item = (href, label, sub = true) =>
    `<li class="yuimenubaritem"><a class="yuimenubaritemlabel" href="${href}">${label}${sub ? ' <div class="spritedownarrow"></div>' : ''}</a></li>`;
  const id = filer ? `&amp;id=${menuId}` : '';
  const filing = filer ? court.filing.map((m) => item(`/cgi-bin/DisplayMenu.pl?${m}Events${id}`, filingLabel(m, filingLabels))).join('\n') : '';
  return `<div class="noprint"><div id="topmenu" class="yuimenubar"><div class="bd"><img src="/graphics/logo-cmecf-sm.png" class="cmecfLogo" id="cmecfLogo" alt="CM/ECF" title="">
<ul class="first-of-type">
${filing}
${item('/cgi-bin/iquery.pl', '<u>Q</u>uery', false)}
${item(`/cgi-bin/DisplayMenu.pl?Reports${id}`, '<u>R</u>eports')}
${item(`/cgi-bin/DisplayMenu.pl?Utilities${id}`, '<u>U</u>tilities')}
${item('javascript:CMECF.MainMenu.searchPrompt();', 'Sear<u>c</u>h', false)}
<li class="yuimenubaritem"><a class="yuimenubaritemlabel" onclick="return false">Help</a></li>
${item('/cgi-bin/login.pl?logout', 'Log Out', false)}
</ul><hr class="hrmenuseparator"></div></div></div>`;
}

/** A CM/ECF page with the menu bar; `filer` decides the bar, menu.pl?id= and PRTYPE like the real ones. */
export function cmecfPage(court, { filer, menuId = 482715, title = '', body, filingLabels = 'labels' }) {
  return `<html><head><link rel="shortcut icon" href="/favicon.ico"><title>${esc(court.title)}${title ? ` - ${esc(title)}` : ''}</title>
<script type="text/javascript">document.cookie = "PRTYPE=${filer ? 'aty' : 'web'}; path=/;"</script> <script>var default_base_path = "/"; </script>
<link rel="stylesheet" type="text/css" href="/css/default.css"><script type="text/javascript" src="/lib/core.js"></script>
<script type="text/javascript" src="/cgi-bin/menu.pl?id=${filer ? menuId : -1}"></script></head>
<body BGCOLOR=FFFFF0 TEXT=000000>
${menuBar(court, filer, menuId, filingLabels)}
<div id="cmecfMainContent"><input type="hidden" id="cmecfMainContentScroll" value="0">
${body}
</div></body></html>`;
}

export function mainMenuBody(court) {
  return `<CENTER><H3>${court.kind === 'bankruptcy' ? 'U.S. Bankruptcy Court' : 'U.S. District Court'}<BR>${esc(court.district)}</H3></CENTER>
<P>Official Court Electronic Document Filing System</P>
<P><FONT SIZE=-1>NextGen CM/ECF Release 1.7.1.1</FONT></P>`;
}

/**
 * `wording`: 'seed' (as the seeds word it) or 'maryland' (District of Maryland: the item under "YOUR
 * ACCOUNT", capitalised); `linkHref`: where the link item leads (UNFAMILIAR_PATH: a page the guide does not know).
 */
export function utilitiesBody(layout, wording = 'seed', linkHref = '/cgi-bin/LinkAccount.pl') {
  const maryland = wording === 'maryland';
  // 'your-accounts': Northern District of Iowa bankruptcy's heading (plural), Colorado's capitals for the item.
  const capitals = maryland || wording === 'your-accounts';
  const link = `<A HREF="${linkHref}">${capitals ? 'Link a CM/ECF Account to My PACER Account' : 'Link a CM/ECF account to my PACER account'}</A><BR>`;
  const nextGen = '<A HREF="/cgi-bin/DisplayMenu.pl?NextGenMenuItems">NextGen Release 1.1 Menu Items</A><BR>';
  return `<H3>Utilities</H3>
<TABLE BORDER=0 CELLPADDING=4><TR><TD VALIGN=top>
${maryland ? '<H4>YOUR ACCOUNT</H4>' : wording === 'your-accounts' ? '<B>Your Accounts</B><BR>' : '<B>Your Account</B><BR>'}
<A HREF="/cgi-bin/ShowPacerAcct.pl">Maintain Your PACER Account</A><BR>
${layout === 'direct' ? link : ''}
<A HREF="/cgi-bin/TransLog.pl">View Your Transaction Log</A><BR>
</TD><TD VALIGN=top>
<B>Miscellaneous</B><BR>
<A HREF="/cgi-bin/LegalLinks.pl">Legal Research</A><BR>
<A HREF="/cgi-bin/Mailings.pl">Mailings</A><BR>
${layout === 'nextgen' ? nextGen : ''}
</TD></TR></TABLE>`;
}

export function nextGenMenuBody() {
  return `<H3>NextGen Release 1.1 Menu Items</H3>
<P><A HREF="/cgi-bin/LinkAccount.pl">Link a CM/ECF account to my PACER account</A><BR>
<A HREF="/cgi-bin/ShowPacerAcct.pl">Maintain Your PACER Account</A></P>`;
}

const LINK_TITLE = '<H3>Link a CM/ECF account to my PACER account</H3>';

export function linkFormBody(error) {
  return `${LINK_TITLE}
${error ? `<P><FONT COLOR="red"><B>${esc(error)}</B></FONT></P>` : ''}
<P>This utility links your PACER account with your e-filer account in this court.</P>
<P>If you use CM/ECF for PACER only, no action is necessary.</P>
<P>If you had a CM/ECF e-filing account in this court before the court converted to NextGen, enter your CM/ECF login and password and click Submit. You will be prompted to confirm that you want to link your PACER account (and warned if the names don't match).</P>
<FORM NAME="GetLink" METHOD="POST" ACTION="/cgi-bin/LinkAccount.pl" ENCTYPE="application/x-www-form-urlencoded">
<TABLE BORDER=0>
<TR><TD><LABEL FOR="cmecf_login">CM/ECF login:</LABEL></TD><TD><INPUT TYPE="text" NAME="login" ID="cmecf_login" SIZE=20 MAXLENGTH=50></TD></TR>
<TR><TD><LABEL FOR="cmecf_password">CM/ECF password:</LABEL></TD><TD><INPUT TYPE="password" NAME="key" ID="cmecf_password" SIZE=20 MAXLENGTH=50 AUTOCOMPLETE="off"></TD></TR>
</TABLE>
<INPUT TYPE="hidden" NAME="step" VALUE="verify">
<INPUT TYPE="submit" NAME="button1" VALUE="Submit"> <INPUT TYPE="reset" VALUE="Clear">
</FORM>`;
}

/**
 * The confirm page. `submits`: 'one' (Submit), 'two' (a second submit button), 'unnamed' (the
 * only submit control has words the guide does not know, so it cannot point at it). `wording`:
 * 'question' ("Do you want to link these accounts?", the seeds); 'verify' (Colorado bankruptcy:
 * "Verify your account information … Submit"); 'inline' (the names inline in one paragraph,
 * "CM/ECF login: <b>…</b><br>PACER login: <b>…</b>"); 'are-you-sure' ("Are you sure … This action
 * cannot be undone."); 'untitled' (neither the link utility's name nor any label the guide knows:
 * a court whose confirm page nothing recognises, guarded only because it answers the link form).
 */
export function linkConfirmBody(cmecfName, pacerName, token, submits = 'one', wording = 'question') {
  const controls = {
    one: '<INPUT TYPE="submit" NAME="button1" VALUE="Submit">',
    two: '<INPUT TYPE="submit" NAME="button1" VALUE="Submit"> <INPUT TYPE="submit" NAME="button2" VALUE="Confirm and continue">',
    unnamed: '<INPUT TYPE="submit" NAME="button1" VALUE="Proceed">',
  }[submits];
  const table = `<TABLE BORDER=0 CELLPADDING=4>
<TR><TD>CM/ECF</TD><TD><B>${esc(cmecfName)}</B></TD></TR>
<TR><TD>PACER</TD><TD><B>${esc(pacerName)}</B></TD></TR>
</TABLE>`;
  const intro = {
    question: `<P><B>Do you want to link these accounts?</B></P>\n${table}`,
    verify: `<P><B>Verify your account information.</B> If both accounts are yours, click Submit.</P>\n${table}`,
    inline: `<P><B>Do you want to link these accounts?</B></P>\n<P>CM/ECF login: <B>${esc(cmecfName)}</B><BR>PACER login: <B>${esc(pacerName)}</B></P>`,
    'are-you-sure': `<P><B>Are you sure you want to link your accounts?</B> This action cannot be undone.</P>\n${table}`,
    untitled: `<H3>Account review</H3><P>Account holder on file: <B>${esc(cmecfName)}</B></P><P>Signed in as <B>${esc(pacerName)}</B></P>`,
  }[wording];
  return `${wording === 'untitled' ? '' : LINK_TITLE}
${intro}
<P>After you submit this screen, your old e-filing credentials for the CM/ECF account will be permanently linked to your upgraded PACER account. Use your upgraded PACER account to e-file in this court.</P>
<FORM NAME="ConfirmLink" METHOD="POST" ACTION="/cgi-bin/LinkAccount.pl" ENCTYPE="application/x-www-form-urlencoded">
<INPUT TYPE="hidden" NAME="step" VALUE="confirm"><INPUT TYPE="hidden" NAME="token" VALUE="${esc(token)}">
${controls} <INPUT TYPE="button" VALUE="Cancel" onclick="location.href='/cgi-bin/DisplayMenu.pl?Utilities'">
</FORM>`;
}

/** Where the link item leads with `linkItemLeadsTo: 'unknown'`. */
export const UNFAMILIAR_PATH = '/cgi-bin/AcctServices.pl';

/**
 * A page no recogniser claims, as a court's own variant might be: no CM/ECF menu bar, its own
 * layout and words, fields of every kind (for the outline test: what is typed, the textarea's text,
 * the options and this body text must never reach the outline), and a person's and a case's marks in
 * its title, a heading, a link, a label, an aria-label, an id and a name (never in the outline either).
 */
export function unfamiliarPage(court) {
  return `<!DOCTYPE html><html lang="en"><head><title>${esc(court.title)} - Account Services - Logged in as alee2019</title></head>
<body><header role="banner"><h1>Filer Account Services</h1><h2 id="greeting">Welcome, Ann B. Lee</h2>
<nav aria-label="Transaction 7731904 for alee2019"><a href="/cgi-bin/DktRpt.pl?417" id="case-3-22-cv-00417" name="alee2019-smith">3:22-cv-00417 Smith v. Acme Corp docket report</a></nav></header>
<main id="services"><p>Body text the outline must leave out: account notes for Ann Lee.</p>
<form id="acctForm" name="acctForm" method="post" action="${UNFAMILIAR_PATH}">
<fieldset><legend>Your e-filer account</legend>
<label for="notify">Notices go to ann.lee@leelaw.example</label> <input id="notify" name="notify_alee2019" type="checkbox">
<label for="efilerId">E-filer ID</label> <input id="efilerId" name="efilerId" type="text" autocomplete="off"><br>
<label for="passphrase">Passphrase</label> <input id="passphrase" name="passphrase" type="password"><br>
<label>Office <select id="office" name="office"><option>Davenport office, room 2</option><option>Des Moines office</option></select></label><br>
<label for="notes">Notes</label><br><textarea id="notes" name="notes">Default notes text the outline must leave out</textarea><br>
<input type="hidden" name="token" value="hidden-token-4711">
<input type="submit" id="proceed" value="Proceed"> <button type="button" role="link" onclick="history.back()">Back to Utilities</button>
</fieldset></form>
<p><a href="/cgi-bin/login.pl">Main menu</a></p></main></body></html>`;
}

export function linkSuccessBody() {
  return `${LINK_TITLE}
<P>Your PACER account has been linked to your CM/ECF account</P>`;
}

/**
 * PACER central login: JSF form, then (with `mfa`, see mfaDialog) an MFA dialog, then (with `after`,
 * see afterSignInDialogs) a password change and a notice, then the redaction dialog, all on the
 * same page (no navigation).
 */
export function pacerLogin(court, appurl, error, mfa, after) {
  return `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"><title>PACER Login</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;background:#eef2f6}#hdr{background:#1c3f6e;color:#fff;padding:14px 24px;font-size:20px}
.box{background:#fff;max-width:460px;margin:24px auto;padding:18px 22px;border:1px solid #c5ced8;border-radius:4px}
label{display:block;margin-top:10px;font-weight:bold}input[type=text],input[type=password]{width:100%;padding:6px;box-sizing:border-box}
.ui-dialog{position:fixed;top:80px;left:50%;transform:translateX(-50%);width:520px;background:#fff;border:1px solid #1c3f6e;box-shadow:0 4px 20px rgba(0,0,0,.4);padding:0 0 14px}
.ui-dialog-titlebar{background:#1c3f6e;color:#fff;padding:8px 12px;font-weight:bold}.ui-dialog-content{padding:8px 14px}
.ui-widget-overlay{position:fixed;inset:0;background:rgba(0,0,0,.35)}.error{color:#b00020}
</style></head>
<body>
<div id="hdr">PACER: Public Access to Court Electronic Records</div>
<div class="box">
<h1 style="font-size:18px">PACER LOGIN</h1>
<p style="font-size:12px">Your browser must be set to accept cookies in order to log in to this site. If your browser is set to accept cookies and you are experiencing problems with the login, delete the stored cookie file in your PC. Close and reopen your browser before trying again.</p>
<form id="loginForm" name="loginForm" method="post" action="/csologin/login.jsf" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="loginForm" value="loginForm">
<p style="font-size:12px">* Required Information</p>
<label for="loginForm:loginName">Username *</label><input id="loginForm:loginName" name="loginForm:loginName" type="text" autocomplete="username">
<label for="loginForm:password">Password *</label><input id="loginForm:password" name="loginForm:password" type="password" autocomplete="current-password">
<label for="loginForm:clientCode">Client Code</label><input id="loginForm:clientCode" name="loginForm:clientCode" type="text">
<input type="hidden" name="pscCourtId" value="${esc(court?.pacerId ?? '')}"><input type="hidden" name="appurl" value="${esc(appurl ?? '')}">
<p id="loginForm:messages" class="error">${error ? esc(error) : ''}</p>
<button id="loginForm:fbtnLogin" name="loginForm:fbtnLogin" type="submit">Login</button>
<button type="reset">Clear</button> <button type="button" onclick="history.back()">Cancel</button>
</form>
<p style="font-size:12px"><a href="http://pacer.psc.uscourts.gov/pscof/login.xhtml">Need an Account?</a> | <a href="#">Forgot Your Password?</a> | <a href="#">Forgot User Name?</a></p>
<p style="font-size:11px">NOTICE: This is a restricted government web site for official PACER use only. Unauthorized entry is prohibited and subject to prosecution under Title 18 of the U.S. Code. All activities and access attempts are logged.</p>
</div>
<form id="regmsg" name="regmsg" method="post" action="/csologin/login.jsf">
<div id="regmsg:overlay" class="ui-widget-overlay" style="display:none"></div>
<div id="regmsg:dlgRedact" class="ui-dialog" role="dialog" aria-labelledby="regmsg:title" aria-hidden="true" style="display:none">
<div class="ui-dialog-titlebar"><span id="regmsg:title">Redaction Agreement</span></div>
<div class="ui-dialog-content">
<p><b>IMPORTANT NOTICE OF REDACTION RESPONSIBILITY:</b></p>
<p>All filers must redact: Social Security or taxpayer-identification numbers; dates of birth; names of minor children; financial account numbers; and, in criminal cases, home addresses, in compliance with Fed. R. App. P. 25(a)(5), Fed. R. Civ. P. 5.2, Fed. R. Crim. P. 49.1, or Fed. R. Bankr. P. 9037. This requirement applies to all documents, including attachments.</p>
<p><input type="checkbox" id="regmsg:chkRedact" name="regmsg:chkRedact"> <label for="regmsg:chkRedact" style="display:inline;font-weight:normal">I understand that, if I file, I must comply with the redaction rules. I have read this notice.</label></p>
<button id="regmsg:bpmConfirm" name="regmsg:bpmConfirm" type="button" disabled>Continue</button>
<button type="button" onclick="location.reload()">Cancel</button>
</div></div>
</form>
${mfa ? mfaDialog(mfa) : ''}
${after ? afterSignInDialogs(after) : ''}
<script>
(function () {
  var form = document.getElementById('loginForm');
  var dialog = document.getElementById('regmsg:dlgRedact');
  var overlay = document.getElementById('regmsg:overlay');
  var box = document.getElementById('regmsg:chkRedact');
  var cont = document.getElementById('regmsg:bpmConfirm');
  // Like PACER's JSF page: sign in over XHR, then show the redaction dialog in place.
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    fetch('/csologin/login.jsf', { method: 'POST', body: body, credentials: 'include' }).then(function (r) { return r.json(); }).then(function (result) {
      if (!result.ok) { document.getElementById('loginForm:messages').textContent = result.error; return; }
      if (result.mfa) return window.showMfa();
      window.afterSignIn();
    });
  });
  // PACER's interstitials in turn (afterSignInDialogs marks each data-pending), then the redaction dialog.
  window.afterSignIn = function () {
    var next = document.querySelector('[data-pending]');
    if (!next) return showRedaction();
    next.removeAttribute('data-pending');
    next.querySelector('.ui-widget-overlay').style.display = 'block';
    var dlg = next.querySelector('.ui-dialog');
    dlg.style.display = 'block';
    dlg.setAttribute('aria-hidden', 'false');
  };
  function showRedaction() {
    overlay.style.display = 'block';
    dialog.style.display = 'block';
    dialog.setAttribute('aria-hidden', 'false');
  }
  window.showRedaction = showRedaction;
  box.addEventListener('change', function () { cont.disabled = !box.checked; });
  cont.addEventListener('click', function () {
    fetch('/csologin/redaction.jsf', { method: 'POST', credentials: 'include' }).then(function () {
      location.href = ${JSON.stringify(appurl || '')} || '/';
    });
  });
})();
</script>
</body></html>`;
}

const MANAGE_MFA = 'http://pacer.psc.uscourts.gov/pscManage/mfa.jsf';

/** Page script: `showMfa()` opens the MFA dialog of form `form` (the overlay, then the dialog), as PrimeFaces does. */
const openMfaDialog = (form) => `  var form = document.getElementById('${form}');
  window.showMfa = function () {
    form.querySelector('.ui-widget-overlay').style.display = 'block';
    var dlg = document.getElementById('${form}:dlg');
    dlg.style.display = 'block';
    dlg.setAttribute('aria-hidden', 'false');
  };`;

/**
 * PACER's MFA screens at login, a PrimeFaces dialog like regmsg's. No public copy of their markup
 * exists: the words follow PACER's "MFA tips and resources" (Feb 2026); the code prompt's ids are
 * PACER's own (form `mfaForm`, field `mfaForm:mfaInput`, button `mfaForm:btnOk`: public automation
 * scripts that log in to PACER). `prompt`: 'code' (the
 * one-time code), 'backup' (the code with a "Use a backup code instead" link), 'enroll' (enrolment,
 * `skipsLeft` skips left), 'required' ("User Update Required": no skips left; `title` the 2025
 * "PACER Account Disabled" instead, `passwordToo` a new password asked for as well). `open` shows it,
 * and `backupChosen` the backup field, as a page would after those clicks.
 */
export function mfaDialog({ prompt, skipsLeft = 2, open = false, backupChosen = false, title = 'User Update Required', passwordToo = false }) {
  const shown = (on) => (on ? 'style="display:block"' : 'style="display:none"');
  const overlay = `<div class="ui-widget-overlay" ${shown(open)}></div>`;
  const dialog = (form, title, content) => `<form id="${form}" name="${form}" method="post" action="/csologin/mfa.jsf">${overlay}
<div id="${form}:dlg" class="ui-dialog" role="dialog" aria-labelledby="${form}:title" aria-hidden="${!open}" ${shown(open)}>
<div class="ui-dialog-titlebar"><span id="${form}:title">${title}</span></div>
<div class="ui-dialog-content">${content}</div></div>
</form>`;
  if (prompt === 'code' || prompt === 'backup') {
    const backup = prompt === 'backup';
    return `${dialog(
      'mfaForm',
      'Multi-Factor Authentication',
      `
<p>Enter the one-time passcode shown in the authentication app on your device for your PACER account.</p>
<div id="mfaForm:codeRow" ${shown(!backupChosen)}><label for="mfaForm:mfaInput">One-time passcode *</label>
<input id="mfaForm:mfaInput" name="mfaForm:mfaInput" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" pattern="[0-9]{6}"></div>
${
  backup
    ? `<div id="mfaForm:backupRow" ${shown(backupChosen)}><label for="mfaForm:backupCode">Backup code *</label>
<input id="mfaForm:backupCode" name="mfaForm:backupCode" type="text" autocomplete="off" maxlength="12" spellcheck="false"></div>
<p><a href="#" id="mfaForm:lnkBackup">Use a backup code instead</a></p>`
    : ''
}
<p id="mfaForm:messages" class="error"></p>
<button id="mfaForm:btnOk" name="mfaForm:btnOk" type="submit" class="ui-button ui-priority-primary">OK</button>
<button type="button" class="ui-button ui-priority-secondary" onclick="location.reload()">Cancel</button>`,
    )}
<script>
(function () {
${openMfaDialog('mfaForm')}
  var link = document.getElementById('mfaForm:lnkBackup');
  if (link) link.addEventListener('click', function (event) {
    event.preventDefault();
    document.getElementById('mfaForm:codeRow').style.display = 'none';
    document.getElementById('mfaForm:backupRow').style.display = 'block';
    link.parentNode.style.display = 'none';
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    fetch('/csologin/mfa.jsf', { method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'include' }).then(function (r) { return r.json(); }).then(function (result) {
      if (!result.ok) { document.getElementById('mfaForm:messages').textContent = result.error; return; }
      form.style.display = 'none';
      window.afterSignIn();
    });
  });
})();
</script>`;
  }
  const required = prompt === 'required';
  const words = required
    ? `<p>Multi-factor authentication (MFA) is now required for all CM/ECF filers, and you have no skips left. Enroll to continue: you will need an authenticator app.</p>`
    : `<p>Multi-factor authentication (MFA) is now required for CM/ECF filers. Enroll now to add an authenticator app to your PACER account.</p>
<p>You may skip enrollment ${skipsLeft} more ${skipsLeft === 1 ? 'time' : 'times'}.</p>`;
  return `${dialog(
    'mfaEnroll',
    required ? title : 'Multi-Factor Authentication Enrollment',
    `${words}${
      passwordToo
        ? `<p>You must also change your password.</p>
<label for="mfaEnroll:newPassword">New password</label><input id="mfaEnroll:newPassword" name="mfaEnroll:newPassword" type="password" autocomplete="new-password">`
        : ''
    }
<button id="mfaEnroll:btnEnroll" name="mfaEnroll:btnEnroll" type="button" class="ui-button ui-priority-primary" onclick="location.href='${MANAGE_MFA}'">${required ? 'Enroll' : 'Enroll Now'}</button>
${required ? '' : '<button id="mfaEnroll:btnSkip" name="mfaEnroll:btnSkip" type="submit" class="ui-button ui-priority-secondary">Skip</button>'}
<button type="button" class="ui-button ui-priority-secondary" onclick="location.reload()">Cancel</button>`,
  )}
<script>
(function () {
${openMfaDialog('mfaEnroll')}
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    fetch('/csologin/mfa.jsf', { method: 'POST', body: 'skip=1', headers: { 'content-type': 'application/x-www-form-urlencoded' }, credentials: 'include' }).then(function () {
      form.style.display = 'none';
      window.afterSignIn();
    });
  });
})();
</script>`;
}

/**
 * PACER's interstitials after the password (and MFA), before the redaction agreement, with PACER's
 * own ids (public automation scripts that log in to PACER): the "User Update Required" password
 * change (`userUpdateDlg`, form `frmUserUpdate`, Skip `frmUserUpdate:bpmSkip`; every 180 days, three
 * skips: `passwordSkipsLeft`, 0 = change now, undefined = not asked) and a one-button notice
 * (`btnAckOkay`; its words are not public: a maintenance notice here). `open`: 'password' or
 * 'notice' shows that one, as the page would after login; otherwise each waits, marked data-pending.
 * The new password is posted and never kept.
 * @param {{ passwordSkipsLeft?: number, notice?: boolean, open?: 'password' | 'notice' }} options
 */
export function afterSignInDialogs({ passwordSkipsLeft, notice = false, open }) {
  const shown = (on) => (on ? 'style="display:block"' : 'style="display:none"');
  const dialog = (
    form,
    id,
    title,
    content,
    isOpen,
  ) => `<form id="${form}" name="${form}" method="post" action="/csologin/login.jsf"${isOpen ? '' : ' data-pending'}>
<div class="ui-widget-overlay" ${shown(isOpen)}></div>
<div id="${id}" class="ui-dialog" role="dialog" aria-labelledby="${form}:title" aria-hidden="${!isOpen}" ${shown(isOpen)}>
<div class="ui-dialog-titlebar"><span id="${form}:title">${title}</span></div>
<div class="ui-dialog-content">${content}</div></div>
</form>`;
  const password =
    passwordSkipsLeft === undefined
      ? ''
      : dialog(
          'frmUserUpdate',
          'userUpdateDlg',
          'User Update Required',
          `<p>Your PACER password must be changed every 180 days. Please change your password.${passwordSkipsLeft > 0 ? ` You may skip this ${passwordSkipsLeft} more ${passwordSkipsLeft === 1 ? 'time' : 'times'}.` : ' You have no skips left.'}</p>
<label for="frmUserUpdate:newPassword">New password *</label><input id="frmUserUpdate:newPassword" name="frmUserUpdate:newPassword" type="password" autocomplete="new-password">
<label for="frmUserUpdate:confirmPassword">Confirm new password *</label><input id="frmUserUpdate:confirmPassword" name="frmUserUpdate:confirmPassword" type="password" autocomplete="new-password">
<p id="frmUserUpdate:messages" class="error"></p>
<button id="frmUserUpdate:btnUpdate" name="frmUserUpdate:btnUpdate" type="submit" class="ui-button ui-priority-primary">Update</button>
${passwordSkipsLeft > 0 ? '<button id="frmUserUpdate:bpmSkip" name="frmUserUpdate:bpmSkip" type="button" class="ui-button ui-priority-secondary">Skip</button>' : ''}`,
          open === 'password',
        );
  const ack = notice
    ? dialog(
        'frmAck',
        'frmAck:dlg',
        'Notice',
        `<p>PACER and CM/ECF will be unavailable on Saturday from 8 p.m. to midnight Eastern Time for scheduled maintenance.</p>
<button id="btnAckOkay" name="btnAckOkay" type="button" class="ui-button ui-priority-primary">OK</button>`,
        open === 'notice',
      )
    : '';
  return `${password}${ack}
<script>
(function () {
  function done(form) {
    form.querySelector('.ui-dialog').style.display = 'none';
    form.querySelector('.ui-widget-overlay').style.display = 'none';
    window.afterSignIn();
  }
  var update = document.getElementById('frmUserUpdate');
  if (update) {
    var skip = document.getElementById('frmUserUpdate:bpmSkip');
    if (skip) skip.addEventListener('click', function () {
      fetch('/csologin/userupdate.jsf', { method: 'POST', body: 'skip=1', headers: { 'content-type': 'application/x-www-form-urlencoded' }, credentials: 'include' }).then(function () { done(update); });
    });
    update.addEventListener('submit', function (event) {
      event.preventDefault();
      fetch('/csologin/userupdate.jsf', { method: 'POST', body: new URLSearchParams(new FormData(update)), credentials: 'include' }).then(function (r) { return r.json(); }).then(function (result) {
        if (!result.ok) { document.getElementById('frmUserUpdate:messages').textContent = result.error; return; }
        done(update);
      });
    });
  }
  var ok = document.getElementById('btnAckOkay');
  if (ok) ok.addEventListener('click', function () { done(document.getElementById('frmAck')); });
})();
</script>`;
}

/**
 * Manage My Account (its real landing page: /pscof/manage/maint.jsf) with PACER's labels: "Account
 * Type", and "Multifactor Auth" whose value is an "Enroll" link while the account is not enrolled
 * (PACER's learning aid). How it reads once enrolled is not public: the apps added, here.
 */
export function pacerAccount(accountType, mfaApps = []) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Manage My Account</title></head>
<body><h1>Manage My Account</h1>
<table><tr><th>Account Type:</th><td>${accountType === 'legacy' ? 'Legacy PACER Account' : 'Upgraded PACER Account'}</td></tr>
<tr><th>Username:</th><td>tattorney</td></tr>
<tr><th>Multifactor Auth:</th><td>${mfaApps.length ? `Enrolled (${mfaApps.length} of 5 apps)` : `<a id="enrollMfa" href="${MANAGE_MFA}">Enroll</a>`}</td></tr></table>
${mfaApps.length ? `<ul id="mfaApps">${mfaApps.map((app) => `<li>${esc(app)}</li>`).join('')}</ul>` : '<p>No authenticator apps added.</p>'}
<p><a id="manageMfa" href="${MANAGE_MFA}">Manage MFA Settings</a></p></body></html>`;
}

/**
 * A filing agent's choice of filer after signing in (the District of Rhode Island's attorney manual,
 * "Filing Agents"); no public copy of its markup exists (see tests/fixtures/handmade/rid-filing-agent-select-filer.html).
 */
export function filerSelectBody() {
  return `<H3>Filing Agent</H3>
<FORM METHOD="POST" ACTION="/cgi-bin/login.pl">
<P>You are a filing agent for more than one filer. Select the filer you are filing on behalf of.</P>
<label for="filer">Filer:</label>
<SELECT NAME="filer" ID="filer"><OPTION VALUE="1">Ann B. Lee</OPTION><OPTION VALUE="2">Carl Ortiz</OPTION></SELECT>
<INPUT TYPE="submit" ID="continue" VALUE="Continue">
</FORM>`;
}

/** Manage MFA Settings: "Add App" after the security code PACER e-mails (any code is accepted here). */
export function manageMfa(mfaApps) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Manage MFA Settings</title></head>
<body><h1>Manage MFA Settings</h1>
<p>Authenticator apps: ${mfaApps.length} of 5.</p>
<form id="mfaSettings" method="post" action="/pscManage/mfa.jsf">
<p>We e-mailed a security code to the address on your account.</p>
<label for="mfaSettings:securityCode">Security code</label> <input id="mfaSettings:securityCode" name="securityCode" type="text" autocomplete="one-time-code">
<button id="mfaSettings:btnAddApp" type="submit">Add App</button>
</form></body></html>`;
}

/**
 * A stand-in for Free Law Project's RECAP extension, which runs on the same pages (its code is GPL:
 * read to learn what it changes, never copied). Written for this practice court, it makes the same
 * kinds of DOM change RECAP's content scripts make once a page has loaded: a banner at the top of
 * PACER's login page, a watch on the redaction dialog that adds its own line when the dialog opens,
 * and a banner on Manage My Account; on CM/ECF pages, a "RECAP" marker beside links, as it adds
 * beside document links. Runs as a page script here: the DOM it leaves is the same.
 */
export const RECAP_STAND_IN = `(function () {
  var banner = function (text) {
    var div = document.createElement('div');
    div.className = 'recap-banner';
    div.setAttribute('role', 'complementary');
    div.style.cssText = 'background:#fff7d6;border:1px solid #d9b100;padding:8px 12px;font:14px Arial,sans-serif';
    div.innerHTML = '<strong>RECAP</strong> ' + text + ' <a href="https://free.law/recap/" target="_blank">Learn more</a>';
    document.body.insertBefore(div, document.body.firstChild);
  };
  var host = location.hostname;
  if (host === 'pacer.login.uscourts.gov') {
    banner('News! The PACER fees class action was settled. Help us make PACER free for everyone.');
    var dialog = document.getElementById('regmsg:dlgRedact');
    if (dialog) new MutationObserver(function () {
      if (dialog.getAttribute('aria-hidden') !== 'false' || dialog.querySelector('.recap-note')) return;
      var note = document.createElement('p');
      note.className = 'recap-note';
      note.textContent = 'RECAP: documents you buy on PACER are shared with the public RECAP Archive.';
      dialog.querySelector('.ui-dialog-content').appendChild(note);
    }).observe(dialog, { attributes: true });
  } else if (host === 'pacer.psc.uscourts.gov') {
    banner('RECAP is installed: documents you buy on PACER are shared with the public archive.');
  } else if (/^ecf\\./.test(host)) {
    Array.prototype.slice.call(document.querySelectorAll('#cmecfMainContent a[href]'), 0, 50).forEach(function (a) {
      var icon = document.createElement('span');
      icon.className = 'recap-inline';
      icon.title = 'Available for free from the RECAP Archive';
      icon.textContent = ' [R]';
      a.parentNode.insertBefore(icon, a.nextSibling);
    });
  }
})();`;

export const DEFAULT_CSS = `body{font-family:Times New Roman,serif}#topmenu{background:#dfe6ee;border-bottom:1px solid #99a}#topmenu ul{list-style:none;margin:0;padding:4px;display:flex;gap:4px;align-items:center}#topmenu .yuimenubaritem a{display:block;padding:4px 10px;color:#003;text-decoration:none;font-family:Arial,sans-serif;font-size:13px}.cmecfLogo{float:left;margin:4px 8px}#cmecfMainContent{padding:12px}`;
export const CORE_JS = `var CMECF=window.CMECF||{};CMECF.MainMenu={createMenu:function(){},searchPrompt:function(){},setMainContentSize:function(){},showHelpPage:function(){}};CMECF.util={Event:{addListener:function(){}}};CMECF.whenPageHasLoaded=function(f){};function SetFocus(){return true}`;

/**
 * The practice court's pages by the names the recognisers' examples give them (in-page/recognize/*.ts,
 * EXAMPLES): one of each kind of page the flow meets, for IASB in its first state.
 */
export const PAGES = (() => {
  const iasb = COURTS.iasb;
  const ecf = (path) => `http://ecf.iasb.uscourts.gov${path}`;
  const login = () => pacerLogin(iasb, ecf('/cgi-bin/login.pl'));
  const pacerOnly = (body) => cmecfPage(iasb, { filer: false, body });
  const origin = (prefix, id) => `http://${prefix}.${id}.uscourts.gov`;
  return {
    'court website': () => courtWebsite(iasb, origin),
    'court website, link in a hover menu': () => courtWebsite(iasb, origin, 'hover-menu'),
    'court website, link in a click menu': () => courtWebsite(iasb, origin, 'click-menu'),
    landing: () => cmecfLanding(iasb),
    // Each way courts word the live link (LANDING_WORDS), by name: 'landing, "[LOG IN]"'.
    ...Object.fromEntries(LANDING_WORDS.map((words) => [`landing, "${words}"`, () => cmecfLanding(iasb, 'plain', words)])),
    'PACER login': login,
    'redaction dialog': () => login().replace('aria-hidden="true" style="display:none"', 'aria-hidden="false" style="display:block"'),
    'Manage My Account': () => pacerAccount('legacy'),
    'Manage My Account, MFA app added': () => pacerAccount('upgraded', ['Authenticator app 1']),
    'MFA code dialog': () => pacerLogin(iasb, ecf('/cgi-bin/login.pl'), '', { prompt: 'code', open: true }),
    'MFA code dialog, backup code chosen': () => pacerLogin(iasb, ecf('/cgi-bin/login.pl'), '', { prompt: 'backup', open: true, backupChosen: true }),
    'MFA enrolment dialog': () => pacerLogin(iasb, ecf('/cgi-bin/login.pl'), '', { prompt: 'enroll', open: true }),
    'MFA enrolment required dialog': () => pacerLogin(iasb, ecf('/cgi-bin/login.pl'), '', { prompt: 'required', open: true }),
    'password update dialog': () => pacerLogin(iasb, ecf('/cgi-bin/login.pl'), '', undefined, { passwordSkipsLeft: 2, open: 'password' }),
    'password update dialog, no skips left': () => pacerLogin(iasb, ecf('/cgi-bin/login.pl'), '', undefined, { passwordSkipsLeft: 0, open: 'password' }),
    'acknowledgement dialog': () => pacerLogin(iasb, ecf('/cgi-bin/login.pl'), '', undefined, { notice: true, open: 'notice' }),
    'PACER-only main page': () => pacerOnly(mainMenuBody(iasb)),
    'filer main page': () => cmecfPage(iasb, { filer: true, body: mainMenuBody(iasb) }),
    'filer main page, filing menus known by their links': () => cmecfPage(iasb, { filer: true, body: mainMenuBody(iasb), filingLabels: 'links' }),
    'Utilities with the link item': () => pacerOnly(utilitiesBody('direct')),
    'Utilities with the NextGen item': () => pacerOnly(utilitiesBody('nextgen')),
    'Utilities with neither': () => pacerOnly(utilitiesBody('not-live')),
    'Utilities, link item under "YOUR ACCOUNT"': () => pacerOnly(utilitiesBody('direct', 'maryland')),
    'NextGen Release 1.1 Menu Items': () => pacerOnly(nextGenMenuBody()),
    'link form': () => pacerOnly(linkFormBody()),
    'link error': () => pacerOnly(linkFormBody('Invalid CM/ECF login or password. Please try again.')),
    'link confirm': () => pacerOnly(linkConfirmBody('Train Attorney03', 'Train Attorneythree', 't')),
    'link confirm, "Verify your account information"': () => pacerOnly(linkConfirmBody('Train Attorney03', 'Train Attorneythree', 't', 'one', 'verify')),
    'link confirm, names inline': () => pacerOnly(linkConfirmBody('Train Attorney03', 'Train Attorneythree', 't', 'one', 'inline')),
    'link confirm, "Are you sure … cannot be undone"': () => pacerOnly(linkConfirmBody('Ann B. Lee', 'Ann Lee', 't', 'one', 'are-you-sure')),
    'link success': () => pacerOnly(linkSuccessBody()),
    'unfamiliar page': () => unfamiliarPage(iasb),
  };
})();
