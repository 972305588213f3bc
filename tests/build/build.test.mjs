// Checks of what ships: the built manifests against an allow-list, the bundles for remote code and
// eval, Firefox's store linter, and the store zips. Runs after `npm run build` (npm test does both).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync, inflateSync } from 'node:zlib';
import { test } from 'node:test';
import { transformSync } from 'esbuild';
import JSZip from 'jszip';
import { courtPageSources } from '../in-page-files.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' };
const manifest = (dir) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const COURT_PAGES = ['*://*.uscourts.gov/*'];

/** The pages of case data the content script stays out of, from their one module, compiled as the build compiles it. */
async function excludedPages() {
  const { code } = transformSync(readFileSync('utils/courts/excluded-pages.ts', 'utf8'), { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript,${encodeURIComponent(code)}`);
}
const { EXCLUDED_PAGES, GUARDED_HOSTS } = await excludedPages();

/** The two content scripts, alike in both browsers: the gate with the guard on CM/ECF and PACER, the lighter gate on court websites. */
function assertContentScripts(m) {
  assert.deepEqual(
    m.content_scripts.map((c) => [c.js, c.matches, c.exclude_matches, c.include_globs, c.exclude_globs, c.run_at, c.all_frames]),
    [
      [['gate.js'], COURT_PAGES, EXCLUDED_PAGES, GUARDED_HOSTS, undefined, 'document_start', true],
      [['website-gate.js'], COURT_PAGES, EXCLUDED_PAGES, undefined, GUARDED_HOSTS, 'document_idle', undefined],
    ],
    'no content script on pages of case data; every other court page gets exactly one of the two',
  );
}
assert.ok(EXCLUDED_PAGES.includes('*://*.uscourts.gov/cgi-bin/DktRpt.pl*'), 'the exclusion list is read');

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile());
}

test('Chrome manifest: MV3, least privilege, court pages only', () => {
  const m = manifest(BUILDS.chrome);
  assert.equal(m.manifest_version, 3);
  assert.equal(m.name, 'CM/ECF Link Guide');
  assert.equal(m.version, pkg.version);
  assert.deepEqual(m.permissions, ['storage']);
  assert.equal(m.host_permissions, undefined);
  assert.equal(m.optional_permissions, undefined);
  assertContentScripts(m);
  assert.deepEqual(m.web_accessible_resources, [{ resources: ['guide-core.js'], matches: COURT_PAGES, use_dynamic_url: true }]);
  assert.equal(m.externally_connectable, undefined);
  assert.equal(m.content_security_policy, undefined, 'the default MV3 CSP: no remote code, no eval');
  assert.deepEqual(Object.keys(m.icons), ['16', '32', '48', '96', '128']);
  assert.equal(m.storage.managed_schema, 'managed-schema.json');
});

test('Firefox manifest: MV2, least privilege, gecko id, no data collected', () => {
  const m = manifest(BUILDS.firefox);
  assert.equal(m.manifest_version, 2);
  assert.equal(m.version, pkg.version);
  // The court pages as a host permission: the background injects the guide core (guide-core.js)
  // into a tab where the gate decided the guide may speak, so quiet pages never load it. The same
  // pages the content script already runs on: the install prompt names nothing new.
  assert.deepEqual(m.permissions, ['storage', ...COURT_PAGES]);
  assertContentScripts(m);
  assert.equal(m.web_accessible_resources, undefined);
  assert.equal(m.content_security_policy, undefined, 'the default MV2 CSP: no remote code, no eval');
  assert.equal(m.browser_specific_settings.gecko.id, 'cmecf-link-guide@cmecf-link-guide.org');
  assert.deepEqual(m.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
  assert.ok(m.browser_action.default_icon);
});

test('store-ready manifests: the summary fits, the minimum versions and the public address are declared', () => {
  const chrome = manifest(BUILDS.chrome);
  const firefox = manifest(BUILDS.firefox);
  const home = 'https://github.com/cmecf-link-guide/cmecf-link-guide';
  for (const m of [chrome, firefox]) {
    // The Chrome Web Store refuses a description over 132 characters.
    assert.ok(m.description.length <= 132, `description is ${m.description.length} characters`);
    assert.equal(m.description, pkg.description);
    assert.equal(m.homepage_url, home);
  }
  assert.equal(pkg.homepage.replace(/#.*$/, ''), home, 'package.json names the public repository');
  assert.equal(pkg.bugs.url, `${home}/issues`);
  assert.match(pkg.repository.url, /github\.com\/cmecf-link-guide\/cmecf-link-guide\.git$/);
  // Chrome 102: storage.session, used by the background without a fallback.
  assert.equal(chrome.minimum_chrome_version, '102');
  assert.equal(firefox.browser_specific_settings.gecko.strict_min_version, '142.0');
  // Firefox for Android is not supported: without gecko_android AMO does not list it there.
  assert.equal(firefox.browser_specific_settings.gecko_android, undefined);
  // The button where people look: Firefox's toolbar, not its extensions menu.
  assert.equal(firefox.browser_action.default_area, 'navbar');
  // A rebindable shortcut that opens the checklist, in each browser's own name for it.
  assert.deepEqual(Object.keys(chrome.commands), ['_execute_action']);
  assert.deepEqual(Object.keys(firefox.commands), ['_execute_browser_action']);
  assert.equal(chrome.commands._execute_action.suggested_key.default, 'Alt+Shift+K');
});

/** Width, height and, for 8-bit RGBA, the alpha of every pixel of a PNG. */
function readPng(path) {
  const data = readFileSync(path);
  assert.equal(data.toString('latin1', 1, 4), 'PNG', `${path} is a PNG`);
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  const [depth, colour] = [data[24], data[25]];
  if (depth !== 8 || colour !== 6) return { width, height, alpha: null };
  const chunks = [];
  for (let at = 8; at < data.length; ) {
    const length = data.readUInt32BE(at);
    if (data.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(data.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 4;
  const rows = [];
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    const up = rows[y - 1] ?? Buffer.alloc(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= 4 ? row[i - 4] : 0;
      const b = up[i];
      const c = i >= 4 ? up[i - 4] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      row[i] = (row[i] + [0, a, b, (a + b) >> 1, paeth][filter]) & 0xff;
    }
    rows.push(row);
  }
  return { width, height, alpha: (x, y) => rows[y][x * 4 + 3] };
}

test('store images at the sizes each store asks', () => {
  // Screenshots (npm run screenshots): 1280 × 800, the size both the Chrome Web Store and Edge take.
  const listing = readFileSync('docs/store-listing.md', 'utf8');
  const shots = [...new Set([...listing.matchAll(/(demo-[a-z0-9-]+\.png)/g)].map((m) => m[1]))];
  assert.ok(shots.length >= 3, `the listing names its screenshots (${shots.join(', ')})`);
  for (const shot of shots) {
    const { width, height } = readPng(join('docs/screenshots', shot));
    assert.deepEqual([width, height], [1280, 800], shot);
  }
  const tile = readPng('docs/store/promo-tile-440x280.png');
  assert.deepEqual([tile.width, tile.height], [440, 280], 'the small promo tile');
  // The store icon, and the manifest's 128 px icon, are 96 × 96 artwork inside 16 px of transparent padding.
  for (const path of ['docs/store/store-icon-128x128.png', 'assets/icons/icon-128.png']) {
    const icon = readPng(path);
    assert.deepEqual([icon.width, icon.height], [128, 128], path);
    assert.ok(icon.alpha, `${path} is 8-bit RGBA`);
    const border = [];
    for (let i = 0; i < 128; i++) for (let j = 0; j < 16; j++) border.push(icon.alpha(i, j), icon.alpha(i, 127 - j), icon.alpha(j, i), icon.alpha(127 - j, i));
    assert.equal(Math.max(...border), 0, `${path}: the 16 px padding is transparent`);
    assert.equal(icon.alpha(64, 64), 255, `${path}: the artwork fills the middle`);
  }
});

test('no bundle loads remote code or evaluates strings', () => {
  for (const dir of Object.values(BUILDS)) {
    for (const file of filesUnder(dir).filter((f) => /\.(js|html)$/.test(f))) {
      const code = readFileSync(join(dir, file), 'utf8');
      assert.doesNotMatch(code, /\beval\s*\(|new Function\s*\(/, `${file} evaluates strings`);
      assert.doesNotMatch(code, /<script[^>]+src=["']https?:/i, `${file} loads a remote script`);
      assert.doesNotMatch(code, /importScripts\s*\(\s*["']https?:|import\s*\(\s*["']https?:/, `${file} imports remote code`);
      assert.doesNotMatch(code, /\.innerHTML\s*=/, `${file} parses HTML`);
    }
  }
});

test('Firefox store lint: web-ext lint reports no errors and no warnings', () => {
  const out = execFileSync('npx', ['web-ext', 'lint', '-s', BUILDS.firefox, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const report = JSON.parse(out.slice(out.indexOf('{')));
  console.log(`# web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
  assert.deepEqual([report.errors, report.warnings], [[], []]);
});

test('npm run zip: store zips hold the built extension, the sources zip holds the sources', async () => {
  execFileSync('npm', ['run', 'zip'], { stdio: 'ignore' });
  const open = async (zip) => JSZip.loadAsync(readFileSync(zip));
  const list = async (zip) =>
    Object.values((await open(zip)).files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
  const zips = {
    chrome: `.output/${pkg.name}-${pkg.version}-chrome.zip`,
    firefox: `.output/${pkg.name}-${pkg.version}-firefox.zip`,
    sources: `.output/${pkg.name}-${pkg.version}-sources.zip`,
  };
  for (const path of Object.values(zips)) assert.ok(existsSync(path), `${path} exists`);
  for (const browser of ['chrome', 'firefox']) {
    const entries = await list(zips[browser]);
    assert.deepEqual(entries.sort(), filesUnder(BUILDS[browser]).sort(), `${browser} zip = the build`);
    const zipped = (await open(zips[browser])).file('manifest.json');
    assert.ok(zipped, `${browser} zip has a manifest.json`);
    const inside = JSON.parse(await zipped.async('string'));
    assert.deepEqual(inside, manifest(BUILDS[browser]));
    const kb = statSync(zips[browser]).size / 1024;
    assert.ok(kb > 20 && kb < 1024, `${browser} zip is ${kb.toFixed(0)} KB`);
  }
  const sources = await list(zips.sources);
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'entrypoints/gate.ts', 'README.md'])
    assert.ok(sources.includes(needed), `sources zip has ${needed}`);
  assert.ok(!sources.some((e) => e.startsWith('node_modules/') || e.startsWith('.output/')), 'sources zip has no node_modules or build output');
});

test('the content scripts stay small: at most 12 KB gzip on CM/ECF and PACER, 5 KB on court websites, in both browsers', () => {
  const gzipOf = (dir, file) => gzipSync(readFileSync(join(dir, file))).length / 1024;
  const sizes = Object.entries(BUILDS).map(([browser, dir]) => ({ browser, gate: gzipOf(dir, 'gate.js'), site: gzipOf(dir, 'website-gate.js') }));
  // The guide core is a file of its own in both (Chrome imports it, Firefox's background injects it).
  console.log(
    `# content scripts: ${sizes.map(({ browser: b, gate, site }) => `${b} gate.js ${gate.toFixed(1)} KB, website-gate.js ${site.toFixed(1)} KB gzip`).join('; ')}`,
  );
  for (const { browser, gate, site } of sizes) {
    assert.ok(gate <= 12, `${browser} gate.js ${gate.toFixed(1)} KB gzip`);
    assert.ok(site <= 5, `${browser} website-gate.js ${site.toFixed(1)} KB gzip`);
  }
  for (const dir of Object.values(BUILDS)) assert.ok(existsSync(join(dir, 'guide-core.js')), `${dir} has guide-core.js`);
});

test('the guide core opens with V8’s compile hint, so Chromium compiles it off the page’s main thread', () => {
  const core = readFileSync(join(BUILDS.chrome, 'guide-core.js'), 'utf8');
  assert.ok(core.startsWith('//# allFunctionsCalledOnLoad\n'), 'guide-core.js starts with the hint');
  // The gate runs on every court page, compiled on the main thread as it is injected: no hint there.
  assert.ok(!readFileSync(join(BUILDS.chrome, 'gate.js'), 'utf8').includes('allFunctionsCalledOnLoad'));
});

test('the no-secrets check reads every project file the build bundles into court pages', () => {
  // The court-page bundles (gate.js, website-gate.js, guide-core.js), alike in both browsers.
  const out = mkdtempSync(join(tmpdir(), 'cmecf-sourcemaps-'));
  // A build elsewhere rewrites WXT's generated tsconfig: put it back as it was.
  const wxtTsconfig = readFileSync('.wxt/tsconfig.json', 'utf8');
  try {
    execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, SOURCEMAP: '1', CMECF_OUT_DIR: out }, stdio: 'pipe' });
    const checked = new Set(courtPageSources());
    const dir = join(out, 'chrome-mv3');
    const bundled = new Set();
    for (const script of [...manifest(dir).content_scripts.flatMap((c) => c.js), 'guide-core.js']) {
      const map = JSON.parse(readFileSync(join(dir, `${script}.map`), 'utf8'));
      for (const source of map.sources) {
        const file = relative(process.cwd(), resolve(dirname(join(dir, script)), source)).replace(/\?.*$/, '');
        // Stylesheets carry no code (tests/unit/in-page-folder.test.ts lets nothing else through).
        if (!file.startsWith('..') && !file.startsWith('node_modules/') && !file.endsWith('.css')) bundled.add(file);
      }
    }
    assert.ok(bundled.size > 40, `${bundled.size} project files bundled into court pages`);
    assert.deepEqual(
      [...bundled].filter((file) => !checked.has(file)),
      [],
      'bundled into court pages but not read by the no-secrets check',
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
    writeFileSync('.wxt/tsconfig.json', wxtTsconfig);
  }
});
