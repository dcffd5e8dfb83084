/**
 * Driving the built extension in Chromium, shared by the end-to-end fixtures (tests/e2e/fixtures.ts) and the
 * benchmark's storage and review sections: load it, find its service worker, id and a page's tab id, open
 * its popup for a tab, and read what it stored.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium';

/** Chromium with the unpacked extension at `extDir` loaded in `profileDir` (both flags are needed headless). */
export function launchExtension(profileDir: string, extDir: string, options: { acceptDownloads?: boolean } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    ...options,
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
}

/** The same in a throw-away profile: `close()` ends the browser and deletes the profile. */
export async function launchWithExtension(extDir: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'trustlens-bench-'));
  const context = await launchExtension(profileDir, extDir);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
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
