import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built extension (test build) loaded in Chromium, fixture pages on 127.0.0.1.
 * Two projects: the product's journeys, and the hostile-page suite (one page per hostile case).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
  projects: [
    { name: 'extension', testIgnore: /hostile\.spec\.ts/ },
    { name: 'hostile', testMatch: /hostile\.spec\.ts/ },
  ],
});
