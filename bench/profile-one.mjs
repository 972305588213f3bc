// Prints where the extension's own time goes on loads of one bench page (top frames by self time).
// node bench/profile-one.mjs "<part of a page name from bench/pages.mjs>" [rounds]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browsers.mjs';
import { startPracticeCourt } from '../tests/practice-court/server.mjs';
import { PAGES } from './pages.mjs';

const page = PAGES.find((p) => p.name.includes(process.argv[2] ?? 'Utilities, 100'));
const rounds = Number(process.argv[3] ?? 4);
const court = await startPracticeCourt();
court.servePage(page.url, page.body, page.type);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cmecf-prof-')), { executablePath: chromiumPath(), headless: true, args: chromiumArgs(resolve(process.env.BENCH_EXTENSION ?? '.output/chrome-mv3'), court.proxy) });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
await worker.evaluate(async ({ court, record }) => {
  await chrome.storage.local.clear();
  if (record) await chrome.storage.local.set({ [`court:${court}`]: record });
}, { court: page.court, record: page.record ?? null });
const origin = `chrome-extension://${new URL(worker.url()).host}/`;
console.log(page.name);
for (let round = 0; round < rounds; round++) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await tab.goto(page.url);
  await tab.waitForTimeout(300);
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas.slice(1).sort((a, b) => a - b);
  const cap = 2 * deltas[deltas.length >> 1];
  const by = new Map();
  profile.samples.forEach((id, i) => {
    const f = nodes.get(id).callFrame;
    if (!f.url.startsWith(origin)) return;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(origin, 'ext:/')}:${f.lineNumber}:${f.columnNumber}`;
    by.set(key, (by.get(key) ?? 0) + Math.min(profile.timeDeltas[i + 1] ?? 50, cap));
  });
  const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`--- round ${round}: total own ${([...by.values()].reduce((a, b) => a + b, 0) / 1000).toFixed(2)} ms`);
  for (const [k, us] of top) console.log((us / 1000).toFixed(2).padStart(7), 'ms', k.slice(0, 140));
  await tab.close();
}
await context.close();
await court.close();
