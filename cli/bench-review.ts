/**
 * `npm run bench -- --only review`: what a reviewer waits for. The corpus section times `runAudit` warm, in a
 * page that has run it dozens of times; a reviewer never sees that. Each page of a journey gets the content
 * script afresh, so every scan they wait for is the first one in that page: the script is parsed and compiled,
 * the engine runs unoptimised, and the background answers the text questions (its lexicons and the pressure
 * classifier are built on first use, again whenever the service worker has slept).
 *
 * This loads the test build as a reviewer would use it, starts a review from the popup on the first page,
 * then walks a journey: each next page is opened in the same tab and scanned with the popup's "scan this tab"
 * message. Per page it reports the time from the click (or message) until the overlay's panel shows the
 * finding count, the content script's own scan time (the touchpoint's durationMs: walk, detectors and the
 * background's answers), and the longest main-thread task the page saw. (Not to the next frame: headless
 * Chromium schedules frames erratically, sometimes 500 ms later with the main thread idle.) With
 * `stopWorker` the service worker is stopped before each next page, as Chrome stops it after 30 s idle.
 */
import type { Page } from '@playwright/test';
import { dumpDatabase, extensionIdOf, launchWithExtension, openPopup, tabIdOf } from './extension';
import { OVERLAY_ATTR } from '../engine/page';

export interface ReviewPage { file: string; url: string }
export interface ReviewRow { file: string; first: boolean; markers: number; shownMs: number; scanMs: number; longestTaskMs: number }

/** Main-world watcher: stamps (on the shared wall clock) when the overlay's panel shows its finding count. */
function watchOverlay(attr: string): void {
  type W = { __benchReview?: { shown?: number; tasks: number[] } };
  const w = window as unknown as W;
  const stamp = () => performance.timeOrigin + performance.now();
  const state: NonNullable<W['__benchReview']> = { tasks: [] };
  w.__benchReview = state;
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) state.tasks.push(e.duration);
    }).observe({ type: 'longtask' });
  } catch {
    /* no longtask entries: longest task reported as 0 */
  }
  const watched = new WeakSet<ShadowRoot>();
  const check = () => {
    if (state.shown) return;
    const root = document.querySelector(`[${attr}]`)?.shadowRoot;
    if (!root) return;
    if (!watched.has(root)) {
      watched.add(root);
      new MutationObserver(check).observe(root, { childList: true, subtree: true, characterData: true });
    }
    if (root.querySelector('[data-testid=finding-count]')) state.shown = stamp();
  };
  new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true });
}

async function waitShown(page: Page, timeoutMs: number) {
  await page.waitForFunction(() => (window as unknown as { __benchReview?: { shown?: number } }).__benchReview?.shown, null, { timeout: timeoutMs, polling: 20 });
  return page.evaluate(() => (window as unknown as { __benchReview: { shown: number; tasks: number[] } }).__benchReview);
}

/** Stops the extension's service worker, as Chrome does after 30 s idle (CDP, from an extension page). */
async function stopServiceWorkers(extPage: Page): Promise<void> {
  const cdp = await extPage.context().newCDPSession(extPage);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

/** Walks `pages` as one review in the extension at `extDir` and returns a row per page. */
export async function reviewJourney(extDir: string, pages: ReviewPage[], log: (s: string) => void, opts: { stopWorker: boolean }): Promise<ReviewRow[]> {
  if (pages.length === 0) return [];
  const { context, close } = await launchWithExtension(extDir);
  try {
    await context.addInitScript('globalThis.__name ??= (f) => f;');
    const allowed = new Set(pages.map((p) => p.url));
    // Only the page under review loads: its images, fonts and scripts are aborted (the corpus is offline).
    await context.route('http://**/*', (route) => (allowed.has(route.request().url()) ? route.continue() : route.abort()));
    const extensionId = await extensionIdOf(context);
    const tab = await context.newPage();
    const rows: ReviewRow[] = [];
    let popup: Page | null = null;
    let tabId = -1;
    for (const [i, p] of pages.entries()) {
      await tab.goto(p.url, { waitUntil: 'load' });
      await tab.evaluate(watchOverlay, OVERLAY_ATTR);
      let t0: number;
      if (!popup) {
        tabId = await tabIdOf(context, tab.url());
        popup = await openPopup(context, extensionId, tabId);
        await popup.fill('input[name=site]', 'Bench journey');
        const start = popup.locator('button:has-text("Start review")');
        await start.waitFor();
        t0 = await start.evaluate((b: HTMLButtonElement) => {
          const t = performance.timeOrigin + performance.now();
          b.click();
          return t;
        });
      } else {
        // A reviewer who reads the findings for more than 30 s comes back to a stopped service worker.
        if (opts.stopWorker) await stopServiceWorkers(popup);
        t0 = await popup.evaluate((id) => {
          const t = performance.timeOrigin + performance.now();
          void chrome.runtime.sendMessage({ type: 'scan-tab', tabId: id });
          return t;
        }, tabId);
      }
      const seen = await waitShown(tab, 60_000);
      const findings = await tab.evaluate((attr) => {
        const root = document.querySelector(`[${attr}]`)?.shadowRoot;
        return root ? root.querySelectorAll('.tl-marker').length : 0;
      }, OVERLAY_ATTR);
      rows.push({ file: p.file, first: i === 0, markers: findings, shownMs: seen.shown - t0, scanMs: NaN, longestTaskMs: Math.max(0, ...seen.tasks) });
      log(`[review${opts.stopWorker ? ', worker stopped' : ''} ${i + 1}/${pages.length}] ${p.file}: panel shown after ${(seen.shown - t0).toFixed(0)} ms`);
    }
    // The content script's own figure, as saved with each touchpoint (the last save of a URL wins).
    const saved = (await dumpDatabase(popup!)).touchpoints as { url: string; durationMs: number }[];
    const byUrl = new Map(saved.map((t) => [t.url, t.durationMs]));
    for (const [i, r] of rows.entries()) r.scanMs = byUrl.get(pages[i]!.url) ?? NaN;
    return rows;
  } finally {
    await close();
  }
}
