// Shared by the 'nothing where the guide has no job' tests of both browsers (quiet.*).

/**
 * Pages of case data, at the addresses CM/ECF uses. The practice court answers them with a page
 * under the court's menu bar, where the guide would otherwise point at Utilities.
 */
export const CASE_DATA = [
  '/cgi-bin/DktRpt.pl?1-L_1_0-1',
  '/cgi-bin/HistDocQry.pl?463475',
  '/doc1/118013276084',
  '/cgi-bin/SearchClaims.pl?646603',
  '/cgi-bin/iquery.pl?126534',
];

/** Long enough for a content script at document_idle and a storage read after the load event. */
export const SETTLE_MS = 1500;

/**
 * Signs in at PACER's practice login for the CM/ECF host `ecf` and accepts the redaction agreement,
 * ending on the court's main menu (login.pl). Works with either browser's driver.
 */
export async function signIn(d, ecf) {
  await d.goto(`${ecf}/cgi-bin/login.pl`);
  await d.type('[id="loginForm:loginName"]', 'tattorney');
  await d.type('[id="loginForm:password"]', 'practice-password');
  await d.click('[id="loginForm:fbtnLogin"]');
  await d.waitFor(() => document.getElementById('regmsg:dlgRedact')?.getAttribute('aria-hidden') === 'false');
  await d.click('[id="regmsg:chkRedact"]');
  await d.click('[id="regmsg:bpmConfirm"]');
  await d.waitFor((menu) => location.href === menu && document.getElementById('topmenu'), `${ecf}/cgi-bin/login.pl`);
}
