// npm run bench:recognize: recognize(document, url) alone, in real Chromium, on every fixture
// (the real pages at their court URLs and the practice court's pages). Median and max per page.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browsers.mjs';
import * as court from '../tests/practice-court/pages.mjs';
import { startPracticeCourt } from '../tests/practice-court/server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const BUDGET = { typicalMs: 1, largestMs: 2, largestBytes: 150_000 };

const bundle = await esbuild.build({
  stdin: { contents: "import { recognize } from './in-page/recognize'; globalThis.__recognize = recognize;", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  minify: true,
  write: false,
  format: 'iife',
  alias: { '@': '.' },
  target: 'es2022',
});
const code = bundle.outputFiles[0].text;

const urlOf = (file) => {
  const m = file.match(/^pacercourts__ecf\.(\w+)__(ecf|www)\.html$/);
  if (m) return `http://${m[2]}.${m[1]}.uscourts.gov/`;
  const courtId = file.split('__').pop().split(/[_.]/)[0];
  return `http://ecf.${courtId}.uscourts.gov/cgi-bin/page.pl?${encodeURIComponent(file)}`;
};
const iasb = court.COURTS.iasb;
const ecf = (p) => `http://ecf.iasb.uscourts.gov${p}`;
const pages = [
  ...readdirSync('tests/fixtures/real')
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ name: f.replace(/\.html$/, ''), url: urlOf(f), body: readFileSync(`tests/fixtures/real/${f}`), type: 'text/html; charset=iso-8859-1' })),
  ...[
    ['practice: court website', 'http://www.iasb.uscourts.gov/?p', court.courtWebsite(iasb, (p, id) => `http://${p}.${id}.uscourts.gov`)],
    ['practice: PACER login', 'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK&p', court.pacerLogin(iasb, ecf('/'))],
    ['practice: Utilities', ecf('/cgi-bin/DisplayMenu.pl?Utilities&p'), court.cmecfPage(iasb, { filer: false, body: court.utilitiesBody('nextgen') })],
    [
      'practice: link confirm',
      ecf('/cgi-bin/LinkAccount.pl?p'),
      court.cmecfPage(iasb, { filer: false, body: court.linkConfirmBody('Train Attorney03', 'Train Attorneythree', 't') }),
    ],
  ].map(([name, url, html]) => ({ name, url, body: html, type: 'text/html; charset=utf-8' })),
];

const practice = await startPracticeCourt();
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cmecf-rec-')), {
  executablePath: chromiumPath(),
  headless: true,
  args: chromiumArgs('/nonexistent', practice.proxy).filter((a) => !a.includes('extension')),
});
const page = await context.newPage();
const rows = [];
await page.goto('http://www.iasb.uscourts.gov/');
await page.evaluate(code);
for (const p of pages) {
  // Parsed in Chromium without navigating (a landing page's meta refresh would leave mid-run).
  const html = Buffer.isBuffer(p.body) ? p.body.toString('latin1') : p.body;
  const { kind, times } = await page.evaluate(
    ({ runs, html, url }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const times = [];
      let kind = '';
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        kind = globalThis.__recognize(doc, url).kind;
        times.push(performance.now() - t);
      }
      return { kind, times };
    },
    { runs: RUNS, html, url: p.url },
  );
  const sorted = [...times].sort((a, b) => a - b);
  rows.push({ page: p.name, bytes: p.body.length, kind, median: sorted[Math.floor((sorted.length - 1) / 2)], max: sorted[sorted.length - 1] });
}
await context.close();
await practice.close();

const failures = rows
  .filter((r) => r.median > (r.bytes > BUDGET.largestBytes ? BUDGET.largestMs : BUDGET.typicalMs))
  .map((r) => `${r.page}: median ${r.median.toFixed(3)} ms`);
console.log(`recognize(), ${RUNS} runs per page on the page parsed in Chromium (performance.now; the first run includes compiling)\n`);
console.log('| page | KB | kind | median ms | max ms |\n| --- | ---: | --- | ---: | ---: |');
for (const r of rows) console.log(`| ${r.page} | ${(r.bytes / 1024).toFixed(0)} | ${r.kind} | ${r.median.toFixed(3)} | ${r.max.toFixed(3)} |`);
if (failures.length) {
  console.error(
    `\nbudget broken (≤ ${BUDGET.typicalMs} ms typical, ≤ ${BUDGET.largestMs} ms over ${BUDGET.largestBytes / 1000} KB):\n- ${failures.join('\n- ')}`,
  );
  process.exit(1);
}
console.log(`\nall pages within budget (≤ ${BUDGET.typicalMs} ms median typical, ≤ ${BUDGET.largestMs} ms on pages over ${BUDGET.largestBytes / 1000} KB)`);
