import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import pkg from './package.json' with { type: 'json' };
import { compileHint } from './scripts/vite-compile-hint';
import { noInnerHtml } from './scripts/vite-no-inner-html';
import { COURT_PAGES, EXCLUDED_PAGES, GUARDED_HOSTS } from './utils/courts/excluded-pages';

/** Opens the checklist (the toolbar button's popup); rebindable in each browser's shortcut settings. Not Alt+Shift+C: Chromium refuses to assign it. */
const OPEN_CHECKLIST = { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open the checklist of your courts' };

const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const icons = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/icon-${size}.png`]));

export default defineConfig({
  // A test build elsewhere (the guard without the confirm-page recogniser: tests/e2e-chromium/guard-blind.spec.ts).
  ...(process.env.CMECF_OUT_DIR && { outDir: process.env.CMECF_OUT_DIR }),
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'CM/ECF Link Guide',
    // The store's summary: 132 characters at most (the Chrome Web Store refuses more; a build check counts).
    description: pkg.description,
    // The project's public home, from package.json (utils/project.ts derives the other addresses from it too).
    homepage_url: pkg.homepage.replace(/#.*$/, ''),
    // Firefox: the court pages as a host permission too, for the background to inject the guide core
    // into a tab where the gate decided the guide may speak (the install prompt already names them).
    permissions: browser === 'firefox' ? ['storage', COURT_PAGES] : ['storage'],
    // Chrome 102: the first with storage.session, which the background uses without a fallback (the
    // session's login, the tab facts, the update deferral). Everything else the code needs came earlier.
    ...(browser !== 'firefox' && { minimum_chrome_version: '102' }),
    icons,
    // The gates, never on pages of case data (dockets, documents, reports: utils/courts/excluded-pages.ts);
    // each loads the guide only where it may speak. CM/ECF and PACER (entrypoints/gate.ts): at
    // document_start, so that the guard on the permanent link is armed before any page script runs,
    // and in every frame, since a court may put its form in one (the guide itself shows in the top
    // frame only). Court websites (entrypoints/website-gate.ts): no guard, top frame, once idle.
    content_scripts: [
      {
        matches: [COURT_PAGES],
        exclude_matches: [...EXCLUDED_PAGES],
        include_globs: GUARDED_HOSTS,
        js: ['gate.js'],
        run_at: 'document_start',
        all_frames: true,
      },
      { matches: [COURT_PAGES], exclude_matches: [...EXCLUDED_PAGES], exclude_globs: GUARDED_HOSTS, js: ['website-gate.js'], run_at: 'document_idle' },
    ],
    action: { default_title: 'CM/ECF Link Guide', default_icon: icons },
    commands: browser === 'firefox' ? { _execute_browser_action: OPEN_CHECKLIST } : { _execute_action: OPEN_CHECKLIST },
    // Chrome: the guide proper, imported by the content script only for courts where it could have
    // something to say (Firefox: injected by the background; AMO's linter rejects a computed import()).
    // use_dynamic_url: only this session's dynamic address serves it, so court-site scripts cannot
    // probe the static chrome-extension:// address to learn that the extension is installed.
    ...(browser !== 'firefox' && { web_accessible_resources: [{ resources: ['guide-core.js'], matches: ['*://*.uscourts.gov/*'], use_dynamic_url: true }] }),
    // Chrome enterprise policy: what a firm's IT may push (README, "Firm policy").
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox' && {
      // WXT's MV2 conversion keeps only the title and popup of `action`.
      // On the toolbar, not in the extensions menu: the badge's count is the checklist's reminder.
      browser_action: { default_title: 'CM/ECF Link Guide', default_icon: icons, default_area: 'navbar' },
      browser_specific_settings: {
        gecko: {
          id: 'cmecf-link-guide@cmecf-link-guide.org',
          // 142: the data collection declaration below (read from Firefox 140 on desktop, 142 on
          // Android; the store's linter counts 142 unless the manifest says Android apart). The code
          // itself needs 115 (storage.session in MV2).
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
        // No gecko_android: Firefox for Android is not supported (docs/store-listing.md), and AMO does
        // not list an add-on for Android without that key.
      },
    }),
  }),
  hooks: {
    // Icons and the managed-storage schema live in assets/ (design card); copy them into every build.
    'build:publicAssets': (wxt, files) => {
      files.push({ absoluteSrc: `${wxt.config.root}/assets/managed-schema.json`, relativeDest: 'managed-schema.json' });
      for (const size of ICON_SIZES) {
        files.push({ absoluteSrc: `${wxt.config.root}/assets/icons/icon-${size}.png`, relativeDest: `icons/icon-${size}.png` });
      }
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['tests/e2e-output/**', 'demo-screenshots/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'],
  },
  vite: () => ({
    plugins: [noInnerHtml(), compileHint('guide-core.js'), preact({ prefreshEnabled: false, devToolsEnabled: false })],
    build: { target: 'es2022', sourcemap: process.env.SOURCEMAP === '1', minify: process.env.MINIFY !== '0' },
  }),
});
