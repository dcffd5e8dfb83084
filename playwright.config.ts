import { defineConfig } from '@playwright/test';

/** End-to-end tests: the built extension (test build) loaded in Chromium, fixture pages on 127.0.0.1. */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
