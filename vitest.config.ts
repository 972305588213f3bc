import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // happy-dom, quiet about the frames and stylesheets of saved court pages it is told not to load.
    environment: './tests/unit/happy-dom-environment.ts',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    globals: true,
    setupFiles: ['tests/unit/setup.ts'],
    // Beside the typecheck and the build checks (tests/run-all.mjs) a test may wait on a busy machine.
    testTimeout: 15_000,
    hookTimeout: 60_000,
    // Saved court pages link stylesheets and frames that are not here: do not try to load them.
    environmentOptions: {
      happyDOM: {
        settings: { disableCSSFileLoading: true, disableIframePageLoading: true, disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
      },
    },
  },
});
