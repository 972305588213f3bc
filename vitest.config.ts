import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    globals: true,
    // happy-dom reports every <iframe> in saved court pages as not loaded; that is by design here.
    onConsoleLog: (log) => !/(Iframe page|CSS file) loading is disabled/.test(log),
    // Saved court pages link stylesheets and frames that are not here: do not try to load them.
    environmentOptions: {
      happyDOM: { settings: { disableCSSFileLoading: true, disableIframePageLoading: true, disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true } },
    },
  },
});
