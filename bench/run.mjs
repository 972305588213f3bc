// npm run bench: the extension's cost on the court pages it runs on, in real Chromium, beside the
// floor extension and, on hint pages, the least guide (bench/controls.mjs), measured in the same run,
// load for load.
// Headline: the extension's own JavaScript per load, from the V8 sampling profiler (CDP), which
// stays steady on a shared machine where wall-clock time does not. Budgets: quiet pages (nothing to
// say) at most the floor + 0.25 ms, hint pages at most 2× the least guide (median of the loads; aim
// 1.5×); cost flat from 100 to 10,000 entries. Exits non-zero on a broken budget. Reported beside
// them: the time from DOMContentLoaded to the card painted, and to the guard's hold shown on the link
// utility's form (bench/card-timing.mjs). Then Firefox's in-page cost (bench/firefox.mjs): quiet
// pages at most its floor + 0.5 ms; its hint pages at most 2× its least guide; and the same times to
// the card, in loads of their own.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browsers.mjs';
import { startPracticeCourt } from '../tests/practice-court/server.mjs';
import { recordCardTiming, sinceLoaded, timingTable } from './card-timing.mjs';
import { baselineExtension, floorExtension, leastGuideExtension } from './controls.mjs';
import { PAGES, wanted } from './pages.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 10);
// Quiet pages cost a few samples either way, and single loads range from 0 to 2 ms for ours and the
// floor alike (measured: 20 loads each of the 100-entry court website, medians 0.54 and 0.62 ms), so
// a median of 12 moved by more than the 0.25 ms budget from run to run: they get three times the loads
// (and are quick to load).
const QUIET_LOADS = Number(process.env.BENCH_QUIET_LOADS ?? LOADS * 3);
const SAMPLING_US = 50;
const SETTLE_MS = 250;
// BENCH_EXTENSION=<dir> measures another build in place of ours (an experiment: no table in docs/performance.md).
const EXTENSION = resolve(process.env.BENCH_EXTENSION ?? '.output/chrome-mv3');
// quietOverFloorMs: quiet pages' own JS median at most the floor's + this; hintTimesLeast: hint
// pages' at most this × the least guide's (aim: 1.5×).
const BUDGET = { contentGzipKB: 25, quietOverFloorMs: 0.25, hintTimesLeast: 2, growth: 1.2, longTaskMs: 50 };
// Samples arrive about every 150 µs here whatever the interval asked for, so a difference of a few
// samples is noise: growth is a failure only when the 10,000-entry docket is also this much slower.
const GROWTH_RESOLUTION_MS = 0.5;

/** @typedef {typeof PAGES[number]} BenchPage */
/**
 * A bench page's row of results (times in ms per load): medians and maxima of the extension's own
 * time, the floor's and the least guide's, busy-time ratios to the extension-free browser, and the
 * budget it was held to.
 * @typedef {object} PageRow
 * @property {string} page
 * @property {'quiet' | 'hint'} mode
 * @property {string} url
 * @property {string} state
 * @property {string} step the steps the guide showed, comma-separated
 * @property {string} expectedStep
 * @property {number} loads
 * @property {number} ownMedian
 * @property {number} ownMax
 * @property {number} inclusiveMedian
 * @property {number} floorMedian
 * @property {number} floorMax
 * @property {number | undefined} leastMedian on hint pages only
 * @property {number} busyRatio
 * @property {number} floorBusyRatio
 * @property {number} coreLoads
 * @property {number} longTasksWith
 * @property {number} longTasksWithout
 * @property {number[]} own
 * @property {number[]} floorOwn
 * @property {number[]} leastOwn
 * @property {number[]} toCard ms from DOMContentLoaded to the card painted, per load (hint pages)
 * @property {number[]} toHold ms from DOMContentLoaded to the guard's hold shown, per load (where it shows)
 * @property {number} limit
 * @property {string[]} problems
 * @property {boolean} ok
 */

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const max = (xs) => Math.max(...xs);

/**
 * What one sample counts for: the profile's median interval between samples. V8's sampler signals
 * the renderer's main thread; when that thread is descheduled (two cores, three browsers, perhaps
 * a test run beside), the signal waits until it runs again, so the next sample's delta includes
 * time it did not run, and a single sample would charge tens of milliseconds to whichever frame
 * happened to be on top. Counting samples instead measures time on the CPU.
 */
function sampleUnit(profile) {
  const deltas = profile.timeDeltas.slice(1).sort((a, b) => a - b);
  return deltas[deltas.length >> 1] ?? SAMPLING_US;
}

/**
 * Self time of samples whose frame is the extension's, time of samples with it anywhere on the
 * stack, and whether the guide core ran at all.
 */
function extensionTime(profile, origin) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inside = new Map();
  const isInside = (id) => {
    if (!inside.has(id)) {
      const n = nodes.get(id);
      inside.set(id, n.callFrame.url.startsWith(origin) || (parent.has(id) && isInside(parent.get(id))));
    }
    return inside.get(id);
  };
  let self = 0;
  let inclusive = 0;
  const top = new Map();
  const dt = sampleUnit(profile);
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    const frame = nodes.get(id).callFrame;
    if (frame.url.startsWith(origin)) {
      self += dt;
      const key = `${frame.functionName || '(anon)'} ${frame.url.slice(origin.length)}:${frame.lineNumber}:${frame.columnNumber}`;
      top.set(key, (top.get(key) ?? 0) + dt);
    }
    if (isInside(id)) inclusive += dt;
  }
  if (Number(process.env.BENCH_VERBOSE) > 1) {
    const d = [...profile.timeDeltas].sort((a, b) => a - b);
    const ours = profile.samples
      .map((id, i) => [id, profile.timeDeltas[i + 1] ?? 0])
      .filter(([id]) => nodes.get(id).callFrame.url.startsWith(origin))
      .map(([, t]) => t)
      .sort((a, b) => a - b);
    console.log(
      `    deltas: n=${d.length} p50=${d[d.length >> 1]} p90=${d[Math.floor(d.length * 0.9)]} p99=${d[Math.floor(d.length * 0.99)]} max=${d[d.length - 1]}; ours n=${ours.length} p50=${ours[ours.length >> 1]} max=${ours[ours.length - 1]}`,
    );
  }
  if (Number(process.env.BENCH_VERBOSE) > 1)
    for (const [k, us] of [...top].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`    ${(us / 1000).toFixed(2)} ms ${k}`);
  const core = profile.nodes.some((n) => n.callFrame.url.startsWith(origin) && n.callFrame.url.includes('guide-core'));
  return { self: self / 1000, inclusive: inclusive / 1000, core };
}

async function launch(extensionDir, proxy) {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cmecf-bench-')), {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs(extensionDir, proxy),
    viewport: { width: 1280, height: 900 },
  });
  // When the card is painted and when the guard's hold shows (bench/card-timing.mjs).
  await context.addInitScript(recordCardTiming);
  // Long tasks during the load, as the page itself sees them.
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => /** @type {number[]} */ (window.__longTasks).push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  return context;
}

/**
 * One load of `page` in `context`: the extension's own time (when profiled), the renderer's busy
 * time, the long tasks the page saw, and the step the guide showed.
 * @param context a browser of the bench's (launch)
 * @param {BenchPage} page
 * @param {object} options
 * @param {boolean} options.profile whether to run V8's sampling profiler (and so measure `own`)
 * @param {string} [options.origin] the extension's origin, whose frames count as its own (with `profile`)
 * @param {boolean} [options.hint] whether the page shows a hint: wait for the card
 */
async function load(context, page, { profile, origin, hint }) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Profiler.start');
  }
  await tab.goto(page.url, { waitUntil: 'load' });
  // A card that never comes shows in the row's steps (and breaks its budget); it does not stop the run.
  if (hint) await tab.waitForSelector('cmecf-link-guide[data-step]', { state: 'attached', timeout: 10_000 }).catch(() => undefined);
  await tab.waitForTimeout(SETTLE_MS);
  const own = profile ? extensionTime((await cdp.send('Profiler.stop')).profile, origin) : null;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const busy = metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  const longTasks = await tab.evaluate(() => window.__longTasks);
  const step = await tab.evaluate(() => document.querySelector('cmecf-link-guide')?.getAttribute('data-step') ?? null);
  const timing = await tab.evaluate(() => window.__cardTiming);
  await tab.close();
  return { own, busy, longTasks, step, ...sinceLoaded(timing) };
}

function bundleSizes() {
  const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
  const size = (files) => {
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(EXTENSION, file), 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) walk(join(file, '..', m[1]).replace(/^\//, ''));
    };
    files.forEach(walk);
    const bytes = [...seen].map((f) => readFileSync(join(EXTENSION, f)));
    return { raw: bytes.reduce((n, b) => n + b.length, 0) / 1024, gzip: bytes.reduce((n, b) => n + gzipSync(b).length, 0) / 1024 };
  };
  const scriptsOf = (html) => [...readFileSync(join(EXTENSION, html), 'utf8').matchAll(/<script[^>]+src="\/?([^"]+)"/g)].map((m) => m[1]);
  return {
    'content script on CM/ECF and PACER pages (gate.js)': size(['gate.js']),
    'content script on court websites (website-gate.js)': size(['website-gate.js']),
    'guide core (loaded only where the guide may speak)': size(['guide-core.js']),
    popup: size(scriptsOf('popup.html')),
    options: size(scriptsOf('options.html')),
    background: size([manifest.background.service_worker]),
  };
}

/**
 * Makes the extension's storage what the page needs: the page's court absent, verified, paused or in
 * progress; `extra`: keys only that extension reads (the least guide's target).
 */
async function store(worker, page, extra = {}) {
  await worker.evaluate(
    async ({ court, record, extra }) => {
      await chrome.storage.local.clear();
      if (record) await chrome.storage.local.set({ [`court:${court}`]: record, ...extra });
    },
    { court: page.court, record: page.record ?? null, extra },
  );
}

const fmt = (x, digits = 3) => (x === undefined ? '' : x.toFixed(digits));

/** The budget a row is held to, from the floor measured beside it. */
function limitOf(row) {
  return row.mode === 'quiet' ? row.floorMedian + BUDGET.quietOverFloorMs : (row.leastMedian ?? 0) * BUDGET.hintTimesLeast;
}

function markdownTable(rows) {
  const measured = rows.filter((r) => r.ownMedian !== undefined);
  return [
    `| page | mode | step shown | own JS median (ms) | max (ms) | floor median (ms) | budget (ms) | ours ÷ least guide | least guide median (ms) | least ÷ floor | busy ratio ours / floor | core loaded | result |`,
    `| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |`,
    ...measured.map(
      (r) =>
        `| ${r.page} | ${r.mode} | ${r.step || '—'} | ${fmt(r.ownMedian)} | ${fmt(r.ownMax)} | ${fmt(r.floorMedian)} | ${r.mode === 'quiet' ? `≤ ${fmt(r.limit)} (floor + ${BUDGET.quietOverFloorMs})` : `≤ ${fmt(r.limit)} (${BUDGET.hintTimesLeast}× least guide)`} | ${r.leastMedian > 0 ? `×${fmt(r.ownMedian / r.leastMedian, 2)}` : '—'} | ${r.leastMedian === undefined ? '—' : fmt(r.leastMedian)} | ${r.leastMedian === undefined || !(r.floorMedian > 0) ? '—' : `×${fmt(r.leastMedian / r.floorMedian, 2)}`} | ${fmt(r.busyRatio, 2)} / ${fmt(r.floorBusyRatio, 2)} | ${r.coreLoads}/${r.loads} | ${r.ok ? 'met' : '**broken**'} |`,
    ),
    ...rows
      .filter((r) => r.growth !== undefined)
      .map(
        (r) =>
          `| ${r.page} | ${r.mode} | | ×${fmt(r.growth, 2)} (${fmt(r.from)} → ${fmt(r.to)}) | | | ≤ ×${BUDGET.growth} or ≤ +${GROWTH_RESOLUTION_MS} ms | | | | | | ${r.ok ? 'met' : '**broken**'} |`,
      ),
  ].join('\n');
}

async function main() {
  const court = await startPracticeCourt();
  const pages = wanted(PAGES);
  for (const p of pages) court.servePage(p.url, p.body, p.type);
  const withExt = await launch(EXTENSION, court.proxy);
  const without = await launch(baselineExtension(), court.proxy);
  const floor = await launch(floorExtension(), court.proxy);
  const least = await launch(leastGuideExtension(readFileSync('in-page/card/hint.css', 'utf8')), court.proxy);
  const worker = withExt.serviceWorkers()[0] ?? (await withExt.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(worker.url()).host}/`;
  const floorWorker = floor.serviceWorkers()[0] ?? (await floor.waitForEvent('serviceworker'));
  const floorOrigin = `chrome-extension://${new URL(floorWorker.url()).host}/`;
  const leastWorker = least.serviceWorkers()[0] ?? (await least.waitForEvent('serviceworker'));
  const leastOrigin = `chrome-extension://${new URL(leastWorker.url()).host}/`;
  const started = Date.now();

  const rows = [];
  for (const page of pages) {
    await store(worker, page);
    await store(floorWorker, page);
    await store(leastWorker, page, { 'least:target': page.target ?? null });
    const hint = page.mode === 'hint';
    const own = [];
    const inclusive = [];
    const floorOwn = [];
    const leastOwn = [];
    let leastMissed = 0;
    const ratios = [];
    const floorRatios = [];
    let coreLoads = 0;
    let longWith = 0;
    let longWithout = 0;
    const steps = new Set();
    const toCard = [];
    const toHold = [];
    // Warm the caches (and let the guide record the page's step once) before measuring.
    await load(withExt, page, { profile: true, origin, hint });
    await load(floor, page, { profile: true, origin: floorOrigin, hint });
    if (hint) await load(least, page, { profile: true, origin: leastOrigin, hint });
    const loads = hint ? LOADS : QUIET_LOADS;
    for (let i = 0; i < loads; i++) {
      const a = await load(withExt, page, { profile: true, origin, hint });
      const b = await load(without, page, { profile: false });
      const f = await load(floor, page, { profile: true, origin: floorOrigin, hint });
      if (!a.own || !f.own) throw new Error(`${page.name}: a profiled load returned no profile`);
      own.push(a.own.self);
      inclusive.push(a.own.inclusive);
      floorOwn.push(f.own.self);
      // The least guide only where a hint shows: on quiet pages it is the floor.
      if (hint) {
        const l = await load(least, page, { profile: true, origin: leastOrigin, hint });
        if (!l.own) throw new Error(`${page.name}: a profiled load returned no profile`);
        leastOwn.push(l.own.self);
        if (!l.step) leastMissed++;
      }
      ratios.push(a.busy / b.busy);
      floorRatios.push(f.busy / b.busy);
      if (a.own.core) coreLoads++;
      longWith += a.longTasks.length;
      longWithout += b.longTasks.length;
      steps.add(a.step ?? '');
      if (a.toCard !== undefined) toCard.push(a.toCard);
      if (a.toHold !== undefined) toHold.push(a.toHold);
      if (process.env.BENCH_VERBOSE)
        console.log(`  load ${i}: own ${a.own.self.toFixed(3)} ms, incl. ${a.own.inclusive.toFixed(3)} ms, floor ${f.own.self.toFixed(3)} ms, step ${a.step}`);
    }
    // `limit`, `problems` and `ok` follow from the row: set just below.
    const row = /** @type {PageRow} */ ({
      page: page.name,
      mode: page.mode,
      url: page.url,
      state: page.state,
      step: [...steps].join(','),
      expectedStep: page.step ?? '',
      loads,
      ownMedian: median(own),
      ownMax: max(own),
      inclusiveMedian: median(inclusive),
      floorMedian: median(floorOwn),
      floorMax: max(floorOwn),
      leastMedian: hint ? median(leastOwn) : undefined,
      busyRatio: median(ratios),
      floorBusyRatio: median(floorRatios),
      coreLoads,
      longTasksWith: longWith,
      longTasksWithout: longWithout,
      own,
      floorOwn,
      leastOwn,
      toCard,
      toHold,
    });
    row.limit = limitOf(row);
    row.problems = [];
    if (row.ownMedian > row.limit)
      row.problems.push(
        `own JS median ${fmt(row.ownMedian)} ms > ${fmt(row.limit)} ms (${row.mode === 'quiet' ? `floor ${fmt(row.floorMedian)} + ${BUDGET.quietOverFloorMs}` : `${BUDGET.hintTimesLeast}× least guide ${fmt(row.leastMedian)}`})`,
      );
    if (row.ownMax > BUDGET.longTaskMs) row.problems.push(`extension JS ${row.ownMax.toFixed(1)} ms in one load could make a long task`);
    if (row.step !== row.expectedStep) row.problems.push(`the guide showed ${row.step || 'nothing'}, expected ${row.expectedStep || 'nothing'}`);
    if (leastMissed)
      row.problems.push(`the least guide drew no card in ${leastMissed} of ${loads} loads: its target selector (bench/pages.mjs) no longer matches`);
    if (row.mode === 'quiet' && coreLoads) row.problems.push(`the guide core ran in ${coreLoads} of ${loads} loads`);
    row.ok = row.problems.length === 0;
    rows.push(row);
    console.log(
      `${row.mode.padEnd(5)} ${row.page.padEnd(58)} own ${fmt(row.ownMedian)} ms (max ${fmt(row.ownMax)})  floor ${fmt(row.floorMedian)} ms${hint ? `  least ${fmt(row.leastMedian)} ms` : ''}  limit ${fmt(row.limit)}  busy ×${fmt(row.busyRatio, 2)}/×${fmt(row.floorBusyRatio, 2)}  core ${coreLoads}/${loads}  step ${row.step || '—'}  ${row.ok ? 'met' : 'BROKEN'}`,
    );
  }
  await withExt.close();
  await without.close();
  await floor.close();
  await least.close();
  const chromiumSeconds = (Date.now() - started) / 1000;

  // Growth: the same kind of page with 100 and with 10,000 entries.
  for (const [mode, stem] of [
    ['quiet', 'court website, '],
    ['hint', 'court website, '],
    ['hint', 'Utilities, '],
  ]) {
    // Growth rows' pages start with "growth, ": these find page rows.
    const small = /** @type {PageRow | undefined} */ (rows.find((r) => r.mode === mode && r.page.startsWith(stem) && r.page.includes(' 100 ')));
    const big = /** @type {PageRow | undefined} */ (rows.find((r) => r.mode === mode && r.page.startsWith(stem) && r.page.includes('10,000')));
    if (!small || !big) continue;
    const growth = big.ownMedian / small.ownMedian;
    const ok = !(growth > BUDGET.growth && big.ownMedian - small.ownMedian > GROWTH_RESOLUTION_MS);
    rows.push({
      page: `growth, ${stem.replace(', ', '')} 100 → 10,000 entries`,
      mode,
      growth,
      from: small.ownMedian,
      to: big.ownMedian,
      ok,
      problems: ok ? [] : [`own JS ×${fmt(growth, 2)} from 100 to 10,000 entries (> ×${BUDGET.growth} and > ${GROWTH_RESOLUTION_MS} ms more)`],
    });
  }

  let firefox = null;
  if (process.env.BENCH_FIREFOX !== '0') {
    const { firefoxBench } = await import('./firefox.mjs');
    firefox = await firefoxBench(court, { loads: LOADS });
  }
  await court.close();

  // Another extension measured in place of ours (either browser) is an experiment: no bundle sizes, no table in docs/performance.md.
  const experiment = Boolean(process.env.BENCH_EXTENSION || process.env.BENCH_EXTENSION_FIREFOX);
  const sizes = experiment ? {} : bundleSizes();
  const failures = [
    ...rows.flatMap((r) => r.problems.map((p) => `${r.mode} ${r.page}: ${p}`)),
    ...(firefox?.rows ?? []).flatMap((r) => r.problems.map((p) => `Firefox ${r.mode} ${r.page}: ${p}`)),
  ];
  const content = sizes['content script on CM/ECF and PACER pages (gate.js)'];
  if (content && content.gzip > BUDGET.contentGzipKB) failures.push(`content script ${content.gzip.toFixed(1)} KB gzip > ${BUDGET.contentGzipKB} KB`);

  const chromiumVersion = (await import('node:child_process')).execFileSync(chromiumPath(), ['--version']).toString().trim();
  const table = markdownTable(rows);
  const bundles = [
    `| bundle | raw KB | gzip KB |`,
    `| --- | ---: | ---: |`,
    ...Object.entries(sizes).map(([name, s]) => `| ${name} | ${s.raw.toFixed(1)} | ${s.gzip.toFixed(1)} |`),
  ].join('\n');
  const firefoxTable = firefox ? firefox.table : '';
  const heading = `${chromiumVersion}; ${LOADS} loads per hint page and ${QUIET_LOADS} per quiet page, for each extension; sampling ${SAMPLING_US} µs; ${new Date().toISOString().slice(0, 10)}`;
  const md = [
    heading,
    '',
    table,
    '',
    timingTable(rows, 'Time from DOMContentLoaded (ms, median / worst; reported, no budget):'),
    '',
    firefox
      ? `${firefox.heading}\n\n${firefoxTable}\n\n${timingTable(firefox.rows, `Firefox, time from DOMContentLoaded (ms, median / worst of ${LOADS} more loads of ours with a frame loop in the page; reported, no budget):`)}\n`
      : '',
    bundles,
    '',
    failures.length ? `Budgets broken:\n${failures.map((f) => `- ${f}`).join('\n')}` : 'All budgets met.',
    '',
  ].join('\n');
  console.log(`\n${md}`);
  console.log(`(Chromium part ${chromiumSeconds.toFixed(0)} s)`);
  mkdirSync('bench/results', { recursive: true });
  if (!experiment) {
    writeFileSync(
      'bench/results/latest.json',
      JSON.stringify(
        {
          date: new Date().toISOString(),
          chromium: chromiumVersion,
          loads: LOADS,
          quietLoads: QUIET_LOADS,
          samplingUs: SAMPLING_US,
          budget: BUDGET,
          growthResolutionMs: GROWTH_RESOLUTION_MS,
          rows,
          firefox: firefox?.rows ?? null,
          firefoxVersion: firefox?.version ?? null,
          sizes,
          failures,
        },
        null,
        2,
      ),
    );
    writeFileSync('bench/results/latest.md', md);
    updatePerformanceDoc(md);
  }
  if (failures.length) {
    console.error(`budget broken:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('all budgets met');
}

/** docs/performance.md quotes the latest run, between its two markers (the bench writes nothing else outside bench/results). */
function updatePerformanceDoc(md) {
  const file = 'docs/performance.md';
  const text = readFileSync(file, 'utf8');
  const open = '<!-- bench:latest -->';
  const close = '<!-- /bench:latest -->';
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  if (a < 0 || b < a) return;
  writeFileSync(file, `${text.slice(0, a + open.length)}\n${md.trim()}\n${text.slice(b)}`);
}

await main();
