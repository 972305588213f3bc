// Firefox's in-page cost, beside the floor extension: quiet pages at most the floor + 0.5 ms; the
// hint page at most 2× Firefox's least guide (bench/controls.mjs's, its core injected by its
// background as ours is).
// Chromium's method (the V8 profiler over CDP) does not exist in Firefox, so the bench reads marks
// over WebDriver BiDi: it installs a copy of the built extension (and of a Firefox floor extension)
// whose content-script list starts with bench-pre.js, which puts `performance.mark`s into the page
// around each stretch of the content script's own work: its compilation and first run (until its
// storage read), then each continuation after the browser answers it (a storage read, a message to
// the background), until the script waits again or the task ends. The sum of those stretches is
// the in-page cost; work in the script's own event listeners, observers and animation frames is
// not counted (on these loads the guide renders in the continuation after `page-arrived`). The guide
// core, which the background injects into the tab (tabs.executeScript), opens with a call that
// starts a stretch and closes with one that ends it: its run is counted, its compilation (before its
// first line) is not. The least guide's core is marked the same way.
// The extension under test is otherwise byte for byte the build. Time to the card is measured as in
// Chromium (bench/card-timing.mjs), in further loads of ours: its frame loop runs in the page.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { FIREFOX_EXTENSION_UUID, firefoxPath, firefoxPrefs } from '../tests/e2e/browsers.mjs';
import { recordCardTiming, sinceLoaded } from './card-timing.mjs';
import { leastGuideCore, leastGuideGate, write } from './controls.mjs';
import { PAGES, wanted } from './pages.mjs';

const OURS_ID = 'cmecf-link-guide@cmecf-link-guide.org';
const FLOOR_ID = 'bench-floor@cmecf-link-guide.org';
const FLOOR_UUID = '5b0c7d1e-2f3a-4b5c-8d9e-0a1b2c3d4e5f';
const LEAST_ID = 'bench-least@cmecf-link-guide.org';
const LEAST_UUID = '6c1d8e2f-3a4b-4c5d-9e0f-1a2b3c4d5e6f';
const SETTLE_MS = 250;
const PREFIX = 'cmecf-bench:';
/** Quiet pages' in-page time median at most the floor's + this (ms): Firefox's marks are coarser than Chromium's profiler. */
const QUIET_OVER_FLOOR_MS = 0.5;
/** Hint pages' in-page time median at most this × the least guide's, as in Chromium (bench/run.mjs). */
const HINT_TIMES_LEAST = 2;

/** The first script in the content-script list: marks around the extension's own stretches of work. */
const BENCH_PRE = `(() => {
  const perf = window.performance;
  let n = 0;
  let open = 0;
  const end = () => {
    if (!open) return;
    perf.mark('${PREFIX}end:' + open);
    open = 0;
  };
  const begin = () => {
    end();
    const id = (open = ++n);
    perf.mark('${PREFIX}begin:' + id);
    // The stretch ends at the next wait (an API call below) or, at the latest, with this task.
    setTimeout(() => { if (open === id) end(); }, 0);
  };
  const wrap = (owner, name) => {
    const call = owner[name];
    owner[name] = function (...args) {
      end();
      return call.apply(this, args).then((value) => { begin(); return value; }, (error) => { begin(); throw error; });
    };
  };
  wrap(browser.storage.local, 'get');
  wrap(browser.runtime, 'sendMessage');
  // The content scripts' shared global: the injected guide core calls the first at its first line
  // and the second at its last (nothing else would end its stretch until the next answer came).
  globalThis.__cmecfBenchBegin = begin;
  globalThis.__cmecfBenchEnd = end;
  begin();
})();`;

/**
 * An injected core between the bench's marks: its stretch begins at its first line and ends at its
 * last, before the statement whose value executeScript returns. Without the end, the stretch ran on
 * until the gate's next answer, counting the page's own work meanwhile (profiled: the main menu's
 * core ran 0.78 ms, its stretch 1–14 ms).
 */
function coreMarked(script) {
  const lines = script.trimEnd().split('\n');
  const last = lines.pop() ?? '';
  // The statement whose value executeScript returns (`guideCore;`, `undefined;`): anything else (a
  // source-map comment) would put the end mark after it, or in the middle of the core.
  if (!/^[\w$]+;$/.test(last)) throw new Error(`the injected core ends in ${JSON.stringify(last.slice(0, 60))}, not in a name's statement`);
  return ['globalThis.__cmecfBenchBegin?.();', ...lines, 'globalThis.__cmecfBenchEnd?.();', last, ''].join('\n');
}

function instrumentedOurs() {
  const dir = mkdtempSync(join(tmpdir(), 'cmecf-bench-ff-'));
  cpSync(resolve(process.env.BENCH_EXTENSION_FIREFOX ?? '.output/firefox-mv2'), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  for (const c of manifest.content_scripts) c.js = ['bench-pre.js', ...c.js];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'bench-pre.js'), BENCH_PRE);
  const core = join(dir, 'guide-core.js');
  writeFileSync(core, coreMarked(readFileSync(core, 'utf8')));
  return dir;
}

/** The floor in Firefox: as in Chromium (bench/controls.mjs), its one element bundled (no import() of a computed URL in a Firefox content script). */
function firefoxFloor() {
  return write('fffloor', {
    'manifest.json': {
      manifest_version: 2,
      name: 'bench floor (one storage read, one element)',
      version: '1.0',
      permissions: ['storage'],
      browser_specific_settings: { gecko: { id: FLOOR_ID } },
      content_scripts: [{ matches: ['*://*.uscourts.gov/*'], js: ['bench-pre.js', 'gate.js'], run_at: 'document_idle' }],
    },
    'bench-pre.js': BENCH_PRE,
    'page.html': '<!doctype html><title>floor</title>',
    'gate.js': `(() => {
  const id = /^(?:[a-z-]+\\.)?([a-z0-9]+)\\.uscourts\\.gov$/.exec(location.hostname)?.[1];
  if (!id) return;
  const key = 'court:' + id;
  browser.storage.local.get([key, 'settings']).then((stored) => {
    const record = stored[key];
    if (!record || record.status === 'verified' || record.paused) return;
    const host = document.createElement('cmecf-link-guide');
    host.dataset.step = record.lastStep;
    host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0';
    const card = document.createElement('section');
    card.textContent = 'Open Utilities';
    host.attachShadow({ mode: 'open' }).append(card);
    document.body.append(host);
  });
})();`,
  });
}

/**
 * The least guide in Firefox: Chromium's (bench/controls.mjs), with its core injected by its
 * background into the tab on demand, as ours is (a Firefox content script cannot import() a
 * computed URL), and opening with the bench's mark as ours does.
 */
function firefoxLeastGuide() {
  return write('ffleast', {
    'manifest.json': {
      manifest_version: 2,
      name: 'bench least guide (told its target)',
      version: '1.0',
      permissions: ['storage', '*://*.uscourts.gov/*'],
      browser_specific_settings: { gecko: { id: LEAST_ID } },
      background: { scripts: ['background.js'], persistent: false },
      content_scripts: [{ matches: ['*://*.uscourts.gov/*'], js: ['bench-pre.js', 'gate.js'], run_at: 'document_idle' }],
    },
    'background.js': `browser.runtime.onMessage.addListener(async (message, sender) => {
  if (message.inject) {
    await browser.tabs.executeScript(sender.tab.id, { file: '/core.js', frameId: sender.frameId });
    return true;
  }
  const stored = await browser.storage.local.get(message.key);
  return stored[message.key] ?? null;
});`,
    'bench-pre.js': BENCH_PRE,
    'page.html': '<!doctype html><title>least guide</title>',
    'gate.js': leastGuideGate('browser', 'await browser.runtime.sendMessage({ inject: true });'),
    // Ends in undefined: executeScript refuses a script whose last value cannot be cloned (a function).
    'core.js': coreMarked(`${leastGuideCore(readFileSync('in-page/card/hint.css', 'utf8'), 'browser')}\nundefined;`),
  });
}

async function launch(court, extensionDir) {
  const prefs = firefoxPrefs(court.proxy, FIREFOX_EXTENSION_UUID);
  prefs['privacy.reduceTimerPrecision'] = false;
  prefs['extensions.webextensions.uuids'] = JSON.stringify({ [OURS_ID]: FIREFOX_EXTENSION_UUID, [FLOOR_ID]: FLOOR_UUID, [LEAST_ID]: LEAST_UUID });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    enableExtensions: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
    defaultViewport: { width: 1280, height: 900 },
  });
  await browser.installExtension(extensionDir);
  return browser;
}

/** Sets the extension's storage from one of its own pages (Firefox reports no load of moz-extension pages over BiDi: poll). `extra`: keys only that extension reads. */
async function store(browser, pageUrl, page, extra = {}) {
  const tab = await browser.newPage();
  tab.goto(pageUrl, { timeout: 60_000 }).catch(() => {});
  for (let i = 0; i < 100; i++) {
    if (await tab.evaluate((u) => location.href === u && document.readyState === 'complete', pageUrl).catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await tab.evaluate(
    async ({ court, record, extra }) => {
      await window.browser.storage.local.clear();
      if (record) await window.browser.storage.local.set({ [`court:${court}`]: record, ...extra });
      return true;
    },
    { court: page.court, record: page.record ?? null, extra },
  );
  await tab.close();
}

async function load(browser, page) {
  const tab = await browser.newPage();
  await tab.goto(page.url, { waitUntil: 'load' });
  if (page.mode === 'hint') await tab.waitForSelector('cmecf-link-guide[data-step]', { timeout: 10_000 });
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const { stretches, step } = await tab.evaluate((prefix) => {
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith(prefix));
    const at = new Map(marks.map((m) => [m.name.slice(prefix.length), m.startTime]));
    const stretches = [];
    for (const [name, t] of at)
      if (name.startsWith('begin:') && at.has(`end:${name.slice(6)}`)) stretches.push(/** @type {number} */ (at.get(`end:${name.slice(6)}`)) - t);
    return { stretches, step: document.querySelector('cmecf-link-guide')?.getAttribute('data-step') ?? null };
  }, PREFIX);
  await tab.close();
  return { ms: stretches.reduce((a, b) => a + b, 0), stretches: stretches.length, step };
}

/**
 * Time to the card on one load of ours (bench/card-timing.mjs), in loads of their own: the frame
 * loop runs in the page, and the marks are wall-clock stretches that would count it.
 */
async function timeToCard(browser, page) {
  const tab = await browser.newPage();
  await tab.evaluateOnNewDocument(recordCardTiming);
  await tab.goto(page.url, { waitUntil: 'load' });
  await tab.waitForSelector('cmecf-link-guide[data-step]', { timeout: 10_000 }).catch(() => undefined);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const timing = await tab.evaluate(() => window.__cardTiming);
  await tab.close();
  return sinceLoaded(timing);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Firefox's pages: quiet ones (two court websites, CM/ECF's landing and main menu) and, on the same pages and the link form, hints. */
const FIREFOX_PAGES = [
  'court website iasd (real',
  'court website ilnd (real',
  'CM/ECF landing flnb (real)',
  'CM/ECF main menu iasb',
  'court website iasb (real',
  'link utility form iasb',
];

export async function firefoxBench(court, { loads }) {
  const pages = wanted(PAGES.filter((p) => FIREFOX_PAGES.some((name) => p.name.startsWith(name))));
  for (const p of pages) court.servePage(p.url, p.body, p.type);
  const ours = await launch(court, instrumentedOurs());
  const floor = await launch(court, firefoxFloor());
  const least = await launch(court, firefoxLeastGuide());
  const version = await ours.version();
  const rows = [];
  for (const page of pages) {
    await store(ours, `moz-extension://${FIREFOX_EXTENSION_UUID}/popup.html`, page);
    await store(floor, `moz-extension://${FLOOR_UUID}/page.html`, page);
    const hint = page.mode === 'hint';
    if (hint) await store(least, `moz-extension://${LEAST_UUID}/page.html`, page, { 'least:target': page.target });
    await load(ours, page);
    await load(floor, page);
    if (hint) await load(least, page);
    const own = [];
    const floorOwn = [];
    const leastOwn = [];
    const steps = new Set();
    for (let i = 0; i < loads; i++) {
      const a = await load(ours, page);
      const f = await load(floor, page);
      own.push(a.ms);
      floorOwn.push(f.ms);
      steps.add(a.step ?? '');
      // The least guide only where a hint shows: on quiet pages it is the floor.
      if (hint) leastOwn.push((await load(least, page)).ms);
    }
    const toCard = [];
    const toHold = [];
    for (let i = 0; hint && i < loads; i++) {
      const t = await timeToCard(ours, page);
      if (t.toCard !== undefined) toCard.push(t.toCard);
      if (t.toHold !== undefined) toHold.push(t.toHold);
    }
    const row = {
      page: page.name,
      mode: page.mode,
      step: [...steps].join(','),
      ownMedian: median(own),
      ownMax: Math.max(...own),
      floorMedian: median(floorOwn),
      floorMax: Math.max(...floorOwn),
      leastMedian: hint ? median(leastOwn) : undefined,
      own,
      floorOwn,
      leastOwn,
      toCard,
      toHold,
      problems: /** @type {string[]} */ ([]),
    };
    if (row.mode === 'quiet' && row.ownMedian > row.floorMedian + QUIET_OVER_FLOOR_MS)
      row.problems.push(
        `in-page time median ${row.ownMedian.toFixed(3)} ms > ${(row.floorMedian + QUIET_OVER_FLOOR_MS).toFixed(3)} ms (floor ${row.floorMedian.toFixed(3)} + ${QUIET_OVER_FLOOR_MS})`,
      );
    if (hint && row.ownMedian > row.leastMedian * HINT_TIMES_LEAST)
      row.problems.push(
        `in-page time median ${row.ownMedian.toFixed(3)} ms > ${(row.leastMedian * HINT_TIMES_LEAST).toFixed(3)} ms (${HINT_TIMES_LEAST}× least guide ${row.leastMedian.toFixed(3)})`,
      );
    rows.push(row);
    console.log(
      `firefox ${row.mode.padEnd(5)} ${row.page.padEnd(58)} own ${row.ownMedian.toFixed(3)} ms (max ${row.ownMax.toFixed(3)})  floor ${row.floorMedian.toFixed(3)} ms${hint ? `  least ${row.leastMedian.toFixed(3)} ms` : ''}  step ${row.step || '—'}`,
    );
  }
  await ours.close();
  await floor.close();
  await least.close();
  const fmt = (x) => x.toFixed(3);
  const table = [
    `| page | mode | step shown | own in-page time median (ms) | max (ms) | floor median (ms) | least guide median (ms) | ours ÷ least guide | budget (ms) | result |`,
    `| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |`,
    ...rows.map(
      (r) =>
        `| ${r.page} | ${r.mode} | ${r.step || '—'} | ${fmt(r.ownMedian)} | ${fmt(r.ownMax)} | ${fmt(r.floorMedian)} | ${r.leastMedian === undefined ? '—' : fmt(r.leastMedian)} | ${r.leastMedian > 0 ? `×${(r.ownMedian / r.leastMedian).toFixed(2)}` : '—'} | ${r.mode === 'quiet' ? `≤ ${fmt(r.floorMedian + QUIET_OVER_FLOOR_MS)} (floor + ${QUIET_OVER_FLOOR_MS})` : `≤ ${fmt(r.leastMedian * HINT_TIMES_LEAST)} (${HINT_TIMES_LEAST}× least guide)`} | ${r.problems.length ? '**broken**' : 'met'} |`,
    ),
  ].join('\n');
  return {
    version,
    rows,
    table,
    heading: `Firefox (${version}); ${loads} loads per page and extension; marks read over WebDriver BiDi (wall-clock stretches of the content script's own work); quiet pages at most the floor + ${QUIET_OVER_FLOOR_MS} ms, hint pages at most ${HINT_TIMES_LEAST}× the least guide`,
  };
}
