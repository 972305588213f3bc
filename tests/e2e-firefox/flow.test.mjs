// Firefox ESR E2E: the same practice-court walks as Chromium (tests/e2e/walk.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addCourtInPopup, walkFlow } from '../e2e/walk.mjs';
import { firefoxSuite } from './driver.mjs';

let court;
let d;
firefoxSuite((now) => ({ court, d } = now));

test('the built extension loads and the popup renders', async () => {
  const popup = await d.openPopup();
  const [heading, label] = await d.popup.evaluate(() => [
    document.querySelector('h1')?.textContent,
    document.querySelector('label[for=court-search]')?.textContent,
  ]);
  assert.equal(heading, 'CM/ECF Link Guide');
  assert.equal(label, 'Add a court');
  await popup.screenshot({ path: 'tests/e2e-output/firefox-popup-empty.png' });
});

test('the content script runs on a practice-court page at its uscourts.gov hostname', async () => {
  await d.goto('http://ecf.iasb.uscourts.gov/');
  await d.waitFor(() => document.querySelector('cmecf-link-guide')?.getAttribute('data-step') === 'offer');
  const court = await d.evaluate(() => /** @type {Element} */ (document.querySelector('cmecf-link-guide')).getAttribute('data-court'));
  assert.equal(court, 'iasb');
});

test('bankruptcy court, link item on Utilities: court website to verified', async () => {
  court.reset({ layout: 'direct', names: 'match' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await walkFlow(d, 'iasb', { layout: 'direct' });
  await d.openPopup();
  await d.popup.waitFor(() => document.querySelector('li[data-court="iasb"]')?.getAttribute('data-status') === 'verified');
});

test('district court, link item behind NextGen Release 1.1 Menu Items, one wrong password', async () => {
  court.reset({ layout: 'nextgen', names: 'match' });
  await addCourtInPopup(d, 'iasd', 'iasd');
  await walkFlow(d, 'iasd', { layout: 'nextgen', wrongPasswordFirst: true });
});

test('shared firm account and name mismatch: Submit is held until "Link anyway"', async () => {
  court.reset({ layout: 'direct', names: 'differ', account: 'firm' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await walkFlow(d, 'iasb', { warnings: ['shared-account', 'name-mismatch'] });
});

test('the popup row follows a court tab live', async () => {
  await addCourtInPopup(d, 'iasd', 'iasd');
  await d.popup.waitFor(() => document.querySelector('li[data-court="iasd"]')?.getAttribute('data-status') === 'todo');
  await d.goto('http://ecf.iasd.uscourts.gov/');
  await d.waitFor(() => document.querySelector('cmecf-link-guide')?.getAttribute('data-step') === 'open-filing-system');
  await d.popup.waitFor(() => document.querySelector('li[data-court="iasd"]')?.getAttribute('data-status') === 'in-progress');
});

test('secrets typed into court forms appear in no storage area and no console message', async () => {
  const SENTINELS = { pacerPassword: 'Sentinel-PACER-pw-7f3a', cmecfPassword: 'Sentinel-CMECF-pw-91c2', clientCode: 'Sentinel-client-55d0' };
  const logs = [];
  d.page.on('console', (m) => logs.push(m.text()));
  court.reset({ names: 'differ', account: 'firm' });
  await addCourtInPopup(d, 'iasb', 'iasb');
  await walkFlow(d, 'iasb', { warnings: ['shared-account', 'name-mismatch'], typed: SENTINELS });
  await d.openPopup();
  const areas = await d.popup.evaluate(async () => {
    const read = async (name) => JSON.stringify(await window.browser.storage[name].get(null).catch((e) => ({ error: String(e) })));
    return [await read('local'), await read('sync'), await read('session'), await read('managed')].join('\n');
  });
  assert.match(areas, /"court:iasb"/);
  const everything = `${areas}\n${logs.join('\n')}`;
  for (const secret of Object.values(SENTINELS)) assert.ok(!everything.includes(secret), `${secret} leaked`);
  assert.ok(
    court.requests.some((r) => r.body?.includes(SENTINELS.cmecfPassword)),
    'the walk really sent the sentinel to the court',
  );
  // Every request of the session reached the proxy: only the court pages the walk visits, nothing else.
  const hosts = new Set(court.requests.map((r) => new URL(r.url).host));
  assert.deepEqual([...hosts].sort(), ['ecf.iasb.uscourts.gov', 'pacer.login.uscourts.gov', 'www.iasb.uscourts.gov']);
});
