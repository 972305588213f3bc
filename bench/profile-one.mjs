// Prints where the extension's own time goes on one page load (top frames by self time).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browsers.mjs';
import { startPracticeCourt } from '../tests/practice-court/server.mjs';
import { syntheticDocket } from './pages.mjs';

const court = await startPracticeCourt();
const page = syntheticDocket(Number(process.argv[2] ?? 100));
court.servePage(page.url, page.body, page.type);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cmecf-prof-')), { executablePath: chromiumPath(), headless: true, args: chromiumArgs(resolve('.output/chrome-mv3'), court.proxy) });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
if (process.argv[3] === 'hint') await worker.evaluate(() => chrome.storage.local.set({ 'court:njd': { id: 'njd', status: 'in-progress', lastStep: 'open-utilities', added: 1, updated: 1 } }));
else await worker.evaluate(() => chrome.storage.local.set({ settings: { dismissedOffers: ['njd'] }, settings$: { v: 2 } }));
const origin = `chrome-extension://${new URL(worker.url()).host}/`;
for (let round = 0; round < 3; round++) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await tab.goto(page.url);
  await tab.waitForTimeout(300);
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const by = new Map();
  profile.samples.forEach((id, i) => {
    const f = nodes.get(id).callFrame;
    if (!f.url.startsWith(origin)) return;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(origin, 'ext:/')}:${f.lineNumber}:${f.columnNumber}`;
    by.set(key, (by.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 50));
  });
  const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 10);
  console.log('total own', ([...by.values()].reduce((a, b) => a + b, 0) / 1000).toFixed(2));
  console.log(`--- round ${round}`);
  for (const [k, us] of top) console.log((us / 1000).toFixed(2).padStart(7), 'ms', k.slice(0, 140));
  await tab.close();
}
await context.close();
await court.close();
