import { defineConfig } from '@playwright/test';

// Chromium E2E: Debian's chromium with the built extension, against the practice court.
export default defineConfig({
  testDir: 'tests/e2e-chromium',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: { actionTimeout: 15_000, navigationTimeout: 20_000, screenshot: 'only-on-failure' },
  reporter: [['list']],
  // In CI a test gets one more try: a browser on a busy 2-core machine sometimes misses a beat. A
  // test that needs it is still named in the report and counted in npm test's summary.
  retries: process.env.CI ? 1 : 0,
});
