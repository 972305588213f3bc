// Where the extension's own time goes on loads of one bench page: each load's total, then the
// call tree of the extension's frames (inclusive ms per load, averaged). Frames are named from the
// build's source maps when it has them: `SOURCEMAP=1 npx wxt build` first. PROFILE_LINES=<n> also
// lists the n lines of the built files that cost most (own time; `MINIFY=0 npx wxt build` first, so
// that a line is a statement).
// node bench/profile-one.mjs "<a page name from bench/pages.mjs, or part of one>" [loads]
// BENCH_EXTENSION=<dir> profiles another build (the floor: see bench/controls.mjs).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browsers.mjs';
import { startPracticeCourt } from '../tests/practice-court/server.mjs';
import { PAGES } from './pages.mjs';

const wanted = process.argv[2] ?? 'Utilities, 100';
const page = PAGES.find((p) => p.name === wanted) ?? PAGES.find((p) => p.name.includes(wanted));
if (!page) throw new Error(`no bench page named ${wanted} (bench/pages.mjs)`);
const loads = Number(process.argv[3] ?? 8);
const extension = resolve(process.env.BENCH_EXTENSION ?? '.output/chrome-mv3');

const maps = new Map();
/** "function file:line", from the source map when there is one. */
function frameName(frame) {
  const file = frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
  if (!maps.has(file))
    maps.set(file, existsSync(join(extension, `${file}.map`)) ? new SourceMapConsumer(JSON.parse(readFileSync(join(extension, `${file}.map`), 'utf8'))) : null);
  const at = maps.get(file)?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!at?.source) return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
  return `${at.name ?? frame.functionName ?? '(anonymous)'} ${at.source.replace(/^(\.\.\/)+/, '')}:${at.line}`;
}

const court = await startPracticeCourt();
court.servePage(page.url, page.body, page.type);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cmecf-prof-')), {
  executablePath: chromiumPath(),
  headless: true,
  args: chromiumArgs(extension, court.proxy),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
await worker.evaluate(
  async ({ court, record }) => {
    await chrome.storage.local.clear();
    if (record) await chrome.storage.local.set({ [`court:${court}`]: record });
  },
  { court: page.court, record: page.record ?? null },
);
const origin = `chrome-extension://${new URL(worker.url()).host}/`;

const tree = new Map();
/** Own time per line of a built file ("gate.js:1276 read"): the profile's position ticks. */
const lines = new Map();
const totals = [];
for (let i = 0; i < loads; i++) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await tab.goto(page.url);
  if (page.mode === 'hint')
    await tab.waitForSelector('cmecf-link-guide[data-step]', { state: 'attached', timeout: 5000 }).catch(() => console.log('  (no card)'));
  await tab.waitForTimeout(250);
  const { profile } = await cdp.send('Profiler.stop');
  if (!profile.samples || !profile.timeDeltas) throw new Error('the profile has no samples');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  /** The node of an id the profile gives (a sample's, a parent's). */
  const node = (id) => {
    const n = nodes.get(id);
    if (!n) throw new Error(`the profile has no node ${id}`);
    return n;
  };
  const parent = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));
  // One sample counts for the median interval, as in bench/run.mjs (time on the CPU, not waiting).
  const deltas = profile.timeDeltas.slice(1).sort((a, b) => a - b);
  const unit = deltas[deltas.length >> 1] / 1000;
  let total = 0;
  for (const id of profile.samples) {
    const path = [];
    for (let n = /** @type {number | undefined} */ (id); n !== undefined; n = parent.get(n))
      if (node(n).callFrame.url.startsWith(origin)) path.unshift(frameName(node(n).callFrame));
    if (!path.length || !node(id).callFrame.url.startsWith(origin)) continue;
    total += unit;
    for (let depth = 1; depth <= path.length; depth++) {
      const key = path.slice(0, depth).join(' > ');
      tree.set(key, (tree.get(key) ?? 0) + unit);
    }
  }
  totals.push(total);
  for (const n of profile.nodes) {
    if (!n.callFrame.url.startsWith(origin)) continue;
    for (const tick of n.positionTicks ?? []) {
      const key = `${n.callFrame.url.slice(origin.length)}:${tick.line} ${n.callFrame.functionName}`;
      lines.set(key, (lines.get(key) ?? 0) + tick.ticks * unit);
    }
  }
  await tab.close();
}
console.log(
  `${page.name}: own JS per load (ms) ${totals.map((t) => t.toFixed(2)).join(' ')}; median ${[...totals].sort((a, b) => a - b)[(totals.length - 1) >> 1].toFixed(2)}`,
);
for (const [key, ms] of [...tree].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const depth = key.split(' > ').length - 1;
  if (ms / loads >= Number(process.env.PROFILE_MIN_MS ?? 0.15))
    console.log(`${(ms / loads).toFixed(2).padStart(6)} ${'  '.repeat(depth)}${key.split(' > ').pop()}`);
}
for (const [key, ms] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_LINES ?? 0)))
  console.log(`${(ms / loads).toFixed(3).padStart(7)} ${key}`);
await context.close();
await court.close();
