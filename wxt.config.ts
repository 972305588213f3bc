import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import pkg from './package.json' with { type: 'json' };
import { compileHint } from './scripts/vite-compile-hint';
import { noInnerHtml } from './scripts/vite-no-inner-html';
import { COURT_PAGES, EXCLUDED_PAGES } from './utils/courts/excluded-pages';

const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const icons = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/icon-${size}.png`]));

export default defineConfig({
  // A test build elsewhere (the guard without the confirm-page recogniser: tests/e2e-chromium/guard-blind.spec.ts).
  ...(process.env.CMECF_OUT_DIR && { outDir: process.env.CMECF_OUT_DIR }),
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'CM/ECF Link Guide',
    description: pkg.description,
    permissions: ['storage'],
    icons,
    // The gate (entrypoints/gate.ts) on court pages, never on pages of case data (dockets, documents,
    // reports: utils/courts/excluded-pages.ts); it loads the guide only where it may speak. At
    // document_start: the guard on the permanent link is armed before any page script runs; in every
    // frame, since a court may put its form in one (the guide itself shows in the top frame only).
    content_scripts: [{ matches: [COURT_PAGES], exclude_matches: [...EXCLUDED_PAGES], js: ['gate.js'], run_at: 'document_start', all_frames: true }],
    action: { default_title: 'CM/ECF Link Guide', default_icon: icons },
    // Chrome: the guide proper, loaded by the content script only for courts where it could have
    // something to say. Firefox bundles it into the content script (AMO's linter rejects a computed import()).
    // use_dynamic_url: only this session's dynamic address serves it, so court-site scripts cannot
    // probe the static chrome-extension:// address to learn that the extension is installed.
    ...(browser !== 'firefox' && { web_accessible_resources: [{ resources: ['guide-core.js'], matches: ['*://*.uscourts.gov/*'], use_dynamic_url: true }] }),
    // Chrome enterprise policy: what a firm's IT may push (README, "Firm policy").
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox' && {
      // WXT's MV2 conversion keeps only the title and popup of `action`.
      browser_action: { default_title: 'CM/ECF Link Guide', default_icon: icons },
      browser_specific_settings: {
        gecko: {
          id: 'cmecf-link-guide@cmecf-link-guide.org',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // The data collection declaration needs Firefox for Android 142.
        gecko_android: { strict_min_version: '142.0' },
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
    build: { target: 'es2022', sourcemap: process.env.SOURCEMAP === '1' },
  }),
});
