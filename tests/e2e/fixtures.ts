/**
 * Playwright fixtures: the test build of the extension loaded in Chromium with a persistent profile,
 * its id (from the service worker URL), and the fixture shop served on 127.0.0.1.
 * Chromium comes from $CHROME_PATH, then /usr/bin/chromium, else Playwright's own.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, CHROMIUM_ARGS } from '../../cli/chromium';
import { serve, type StaticServer } from './server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output-test/chrome-mv3');

export async function launch(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    acceptDownloads: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  return new URL((await serviceWorker(context)).url()).host;
}

/** The tab id Chrome gave the page with this URL (asked from the extension's service worker). */
export async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  const sw = await serviceWorker(context);
  const id = await sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab for ${url}`);
  return id;
}

export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
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

/** Everything the extension stored, read from an extension page (raw IndexedDB, no Dexie needed). */
export async function dumpDatabase(extensionPage: Page): Promise<Record<string, unknown[]>> {
  return extensionPage.evaluate(async () => {
    const open = indexedDB.open('trustlens');
    const db: IDBDatabase = await new Promise((ok, ko) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => ko(open.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise((ok) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => ok(r.result as unknown[]);
      });
    }
    db.close();
    return out;
  });
}
