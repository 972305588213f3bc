// A page the guide has never seen, walked in both browsers with the same steps:
// following the highlighted link item to a court's own, unfamiliar page shows the unexpected-page
// card (the expected step in words, no highlight, the help desk) and the page outline for support,
// read before it is copied; the same page reached by its address shows nothing.
import assert from 'node:assert/strict';
import { UNFAMILIAR_PATH } from '../practice-court/pages.mjs';
import { SETTLE_MS } from './quiet-pages.mjs';
import { addCourtInPopup, expectStep, readGuide } from './walk.mjs';

const ECF = 'http://ecf.iasb.uscourts.gov';
const UNFAMILIAR = `${ECF}${UNFAMILIAR_PATH}`;
/** Typed into the unfamiliar page's field: it must never reach the outline. */
const SENTINEL = 'typed-sentinel-5150';

/** The card's outline preview: its text, and whether it has the focus. */
function readPreview() {
  const shadow = document.querySelector('cmecf-link-guide')?.shadowRoot;
  const text = /** @type {HTMLTextAreaElement | null | undefined} */ (shadow?.querySelector('.preview textarea'));
  return {
    text: text?.value ?? null,
    readOnly: text?.readOnly ?? null,
    focused: Boolean(text) && /** @type {ShadowRoot} */ (shadow).activeElement === text,
    note: shadow?.querySelector('.preview .note')?.textContent ?? '',
    help: shadow?.querySelector('.help')?.textContent ?? '',
  };
}

/**
 * `readClipboard`: reads the system clipboard back (Chromium); without it the copy is not checked
 * (Firefox: the preview only). `openReport`: runs `click` and returns the tab it opened, served by a
 * local page in place of the tracker (Chromium routes it); without it "Report this page" is not pressed.
 * @param d the driver
 * @param court the practice court
 * @param {{ readClipboard?: () => Promise<string>, openReport?: (click: () => Promise<void>) => Promise<{ url: string, title: string }> }} [options]
 */
export async function walkUnexpectedPage(d, court, { readClipboard, openReport } = {}) {
  court.reset({ linkItemLeadsTo: 'unknown' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  court.signIn();
  await d.goto(`${ECF}/cgi-bin/DisplayMenu.pl?Utilities`);
  await expectStep(d, 'open-link-utility', { court: 'iasb', target: 'Link a CM/ECF account to my PACER account' });
  await d.clickTarget();

  await d.waitFor((path) => location.pathname === path, UNFAMILIAR_PATH);
  const card = await expectStep(d, 'unexpected-page', { court: 'iasb', title: /^This page is new to the guide$/ });
  assert.equal(card.targets, 0, 'nothing is highlighted on a page the guide does not know');
  assert.equal(card.progress, '');
  assert.match(card.text, /^You were going to open the link utility, where you enter your old CM\/ECF login and password/);
  assert.ok(card.buttons.includes('Copy page outline for support'), card.buttons.join(', '));
  assert.match((await d.evaluate(readPreview)).help, /help desk|clerk/i, 'the court’s help desk is shown');

  await d.type('#efilerId', SENTINEL);
  await d.clickGuide('Copy page outline for support');
  await d.waitFor(() => document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('.preview textarea'));
  const preview = await d.evaluate(readPreview);
  assert.equal(preview.readOnly, true);
  assert.ok(preview.focused, 'the outline has the focus, to be read first');
  for (const line of [
    'h1 “Filer Account Services”',
    'form#acctForm name="acctForm"',
    'input#efilerId name="efilerId" type="text"',
    'input#passphrase name="passphrase" type="password"',
    'input#proceed type="submit" “Proceed”',
  ]) {
    assert.ok(preview.text.includes(line), `the outline shows ${line}`);
  }
  // The page's structure, with the person and the case replaced (in-page/page-outline.ts, redact).
  for (const line of [
    'h2#greeting “Welcome, «name»”',
    'nav aria-label="Transaction «n» for «n»"',
    'a#«n» name="«n»" “«n» «caption»”',
    'label “Notices go to «email»”',
    'input#notify name="«n»" type="checkbox"',
  ]) {
    assert.ok(preview.text.includes(line), `the outline shows ${line}`);
  }
  assert.match(preview.text, /^Title: .* - Account Services - Logged in as «name»$/m);
  for (const secret of [
    SENTINEL,
    'Ann Lee',
    'hidden-token-4711',
    'Default notes text',
    'Davenport',
    'Ann B. Lee',
    'alee2019',
    'ann.lee@leelaw.example',
    'leelaw',
    '3:22-cv-00417',
    '00417',
    'Smith',
    'Acme',
    '7731904',
  ]) {
    assert.ok(!preview.text.includes(secret), `the outline leaves out ${secret}`);
  }
  assert.deepEqual((await d.evaluate(readGuide)).buttons, ['Report this page', 'Copy', 'Cancel']);
  await d.shot(`${d.name}-iasb-unexpected-outline`);

  if (readClipboard && openReport) {
    // "Report this page" first (nothing copied yet): the outline to the clipboard, the tracker's form
    // in a new tab, and nothing of the page in its address (the version and the page kind only).
    const report = await openReport(() => d.clickGuide('Report this page'));
    const url = new URL(report.url);
    assert.equal(`${url.origin}${url.pathname}`, 'https://github.com/cmecf-link-guide/cmecf-link-guide/issues/new');
    assert.equal(report.title, 'Report form (practice)', 'the local stand-in for the tracker answered');
    assert.deepEqual([...url.searchParams.keys()], ['title', 'body']);
    assert.match(url.searchParams.get('body') ?? '', /Extension version: \d+\.\d+\.\d+\nPage kind: unknown page on cmecf/);
    for (const secret of ['Ann', 'Lee', 'alee2019', 'Smith', '00417', '7731904', 'Filer Account Services', 'efilerId', SENTINEL, 'iasb'])
      assert.ok(!report.url.includes(secret), `the report's address leaves out ${secret}`);
    await d.page.bringToFront();
    await d.waitFor(() =>
      /report form that opened/.test(document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('.preview .note')?.textContent ?? ''),
    );
    assert.equal(await readClipboard(), preview.text, 'the clipboard holds exactly the outline shown, for pasting into the report');
  }
  if (readClipboard) {
    await d.clickGuide('Copy');
    // The Copy note's own words (the report's note came first and says "Copied" too).
    await d.waitFor(() =>
      /report to the extension’s makers/.test(document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('.preview .note')?.textContent ?? ''),
    );
    assert.equal(await readClipboard(), preview.text, 'the clipboard holds exactly the outline shown');
  }
  await d.clickGuide('Cancel');
  await d.waitFor(() => !document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelector('.preview'));
  assert.ok((await d.evaluate(readGuide)).buttons.includes('Copy page outline for support'));

  // The same page, reached by typing its address: the guide knows nothing led there, and says nothing.
  await d.goto(`${ECF}/cgi-bin/DisplayMenu.pl?Utilities`);
  await expectStep(d, 'open-link-utility', { court: 'iasb' });
  await d.goto(UNFAMILIAR);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  assert.equal((await d.evaluate(readGuide)).hosts, 0, 'no card on a page reached another way');
  assert.deepEqual(d.errors, [], 'no uncaught error or unhandled rejection');
}
