/**
 * Playwright fixtures: the test build of the extension loaded in Chromium with a persistent profile,
 * its id (from the service worker URL), and the fixture shop served on 127.0.0.1.
 * Chromium comes from $CHROME_PATH, then /usr/bin/chromium, else Playwright's own.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionIdOf, launchExtension, openPopup, tabIdOf } from '../../cli/extension';

export { dumpDatabase, extensionIdOf, openPopup, serviceWorker, tabIdOf } from '../../cli/extension';
import { serve, type StaticServer } from './server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output-test/chrome-mv3');

export function launch(profileDir: string): Promise<BrowserContext> {
  return launchExtension(profileDir, EXTENSION_DIR, { acceptDownloads: true });
}

type Fixtures = { profileDir: string; context: BrowserContext; extensionId: string };
type WorkerFixtures = { server: StaticServer };

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await serve(resolve(import.meta.dirname, 'pages'), {
        // A strict policy: no inline script or style, nothing from elsewhere.
        '/hostile/csp.html': { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'" },
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'trustlens-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ profileDir }, use) => {
    const context = await launch(profileDir);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
});

export const expect = test.expect;

/** Starts a review of `page` from the popup (opened as a tab) and returns the popup. */
export async function startReviewFromPopup(context: BrowserContext, extensionId: string, page: Page, site = 'Test site'): Promise<Page> {
  const tabId = await tabIdOf(context, page.url());
  const popup = await openPopup(context, extensionId, tabId);
  await popup.fill('input[name=site]', site);
  await popup.click('button:has-text("Start review")');
  return popup;
}
