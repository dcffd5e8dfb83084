/**
 * What the background does for each message: the review session of a tab, injection of the review
 * content script, saving scans in IndexedDB. Kept out of the entry file so it can be tested.
 */
import { browser } from 'wxt/browser';
import type { ToBackground } from './protocol';
import { saveScanOrKeep } from './pending';
import { detectorText, localizeResult } from '../engine/localize';
import { answerQueries } from '../engine/services';
import { FULL_SERVICES, WARM_UP_QUERIES } from '../engine/services-full';
import type { StoredFinding } from './records';
import { panelStrings } from '../components/overlay-strings';
import { OVERLAY_CSS } from '../components/overlay-css';

/** A stored finding with the title, why and fix the overlay shows (the content script has no prose). */
export function withText(f: StoredFinding, locale: string): StoredFinding & { why: string; fix: string } {
  const text = detectorText(f.detector, locale);
  return { ...f, title: f.title || text.title || f.detector, why: text.why, fix: text.fix };
}
import { dismissFinding, endReview, restoreFinding } from './reviews';
import { saveScan } from './scans';
import { addManualFinding, saveScreenshot, touchpointForPage } from './manual';
import { captureTab } from './capture';
import { db } from './db';
import { attachTab, detachTab, isOverlayBlocked, reviewOfTab, setOverlayBlocked } from './sessions';

export const REVIEW_SCRIPT = '/content-scripts/review.js';
/** The element picker and the finding form (entrypoints/picker.content), injected when first wanted. */
export const PICKER_SCRIPT = '/content-scripts/picker.js';

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(text)) return 'The browser has no storage space left for Trustlens. Export and delete old reviews, then scan again.';
  return text;
}

export async function injectReview(tabId: number): Promise<void> {
  const injected = browser.scripting.executeScript({ target: { tabId }, files: [REVIEW_SCRIPT] });
  warmUp();
  await injected;
}

let warmStarted = false;
/**
 * While the page loads the review script and walks its DOM, the background builds what it is asked next: the
 * text services' tables (35–90 ms on the first questions of a new worker, measured with per-message timing)
 * and the database connection. Once per worker life: Chrome stops an idle worker after 30 s, so a reviewer who
 * reads the findings before walking on meets a new one. One group of questions per task, so a page's own
 * questions wait for one group at most.
 */
function warmUp(): void {
  if (warmStarted) return;
  warmStarted = true;
  void db()
    .open()
    .catch(() => undefined); // a database that cannot open is reported by its first real use
  const groups = [...WARM_UP_QUERIES];
  const next = () => {
    const group = groups.shift();
    if (!group) return;
    try {
      answerQueries(group, FULL_SERVICES);
    } catch {
      /* a warm-up question is never worth failing for: the page's own question reports the error */
    }
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

/**
 * The element picker and the finding form are a second content script the review script asks for when the
 * reviewer first wants them (it must stay small); it goes into the same isolated world (main frame).
 */
export async function injectPicker(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [PICKER_SCRIPT] });
}

export async function scanActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined && (await reviewOfTab(tab.id))) await injectReview(tab.id);
}

/**
 * Starts the element picker in the tab: the review script is asked first; a page without it (not scanned
 * since it loaded) gets it injected, which also scans the page, then is asked again.
 */
export async function startPicker(tabId: number, atContextTarget = false): Promise<void> {
  if (!(await reviewOfTab(tabId))) throw new Error('This tab is not part of a review; start one from the popup.');
  const ask = () => browser.tabs.sendMessage(tabId, { type: 'pick', atContextTarget });
  try {
    await ask();
    return;
  } catch {
    /* no review script in the page yet */
  }
  await injectReview(tabId);
  for (let attempt = 0; ; attempt++) {
    try {
      await ask();
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((ok) => setTimeout(ok, 100 * (attempt + 1)));
    }
  }
}

export async function pickInActiveTab(atContextTarget = false, tabId?: number): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id !== undefined && (await reviewOfTab(id))) await startPicker(id, atContextTarget);
}

export async function selectNextFinding(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !(await reviewOfTab(tab.id))) return;
  try {
    await browser.tabs.sendMessage(tab.id, { type: 'next-finding' });
  } catch {
    /* no review script on this page */
  }
}

type ManualFindingMessage = Extract<ToBackground, { type: 'manual-finding' }>;

/** Saves the reviewer's finding, then (best effort) its screenshot: a failed capture never loses the finding. */
async function saveManual(msg: ManualFindingMessage, tabId: number) {
  const reviewId = await reviewOfTab(tabId);
  if (!reviewId) return { ok: false, error: 'This tab is not part of a review; start one from the popup.' };
  const tp = await touchpointForPage(reviewId, msg.page);
  const finding = await addManualFinding({ reviewId, touchpointId: tp.id, ...msg.finding });
  let screenshot = false;
  let screenshotError: string | undefined;
  if (msg.capture !== 'none') {
    try {
      const tab = await browser.tabs.get(tabId);
      // captureVisibleTab shows the window's active tab: never store another tab's pixels as this one's.
      if (!tab.active) throw new Error('The page is not the active tab, so no screenshot was taken.');
      const shot = await captureTab(tab.windowId, msg.capture === 'element' ? msg.rect : null, msg.viewport);
      if (shot) {
        await saveScreenshot({ reviewId, findingId: finding.id, ...shot });
        screenshot = true;
      }
    } catch (error) {
      screenshotError = errorText(error);
    }
  }
  return {
    ok: true,
    screenshot,
    ...(screenshotError ? { screenshotError } : {}),
    finding: {
      id: finding.id,
      detector: finding.detector,
      category: finding.category,
      severity: finding.severity,
      selector: finding.selector,
      title: finding.title,
      message: finding.message,
      status: finding.status,
    },
  };
}

export async function handleMessage(msg: ToBackground, senderTabId: number | null): Promise<unknown> {
  try {
    switch (msg.type) {
      case 'start-review':
        await attachTab(msg.tabId, msg.reviewId);
        await injectReview(msg.tabId);
        return { ok: true };
      case 'scan-tab':
        if (!(await reviewOfTab(msg.tabId))) return { ok: false, error: 'This tab is not part of a review.' };
        await injectReview(msg.tabId);
        return { ok: true };
      case 'stop-review': {
        const reviewId = await reviewOfTab(msg.tabId);
        await detachTab(msg.tabId);
        await setOverlayBlocked(msg.tabId, false);
        try {
          await browser.tabs.sendMessage(msg.tabId, { type: 'stop' });
        } catch {
          /* the page has no review script any more (navigated away): nothing to remove */
        }
        if (reviewId) await endReview(reviewId);
        return { ok: true };
      }
      case 'text-services':
        return { answers: answerQueries(msg.queries, FULL_SERVICES) };
      case 'panel-strings':
        return { strings: panelStrings((name, subs) => browser.i18n.getMessage(name as never, subs)), css: OVERLAY_CSS };
      case 'tab-status':
        return { reviewId: await reviewOfTab(msg.tabId), overlayBlocked: await isOverlayBlocked(msg.tabId) };
      case 'overlay-blocked':
        if (senderTabId !== null) await setOverlayBlocked(senderTabId, true);
        return { ok: true };
      case 'scan-result': {
        if (senderTabId === null) return { ok: false, error: 'Scan did not come from a tab.' };
        const reviewId = await reviewOfTab(senderTabId);
        if (!reviewId) return { ok: false, error: 'This tab is not part of a review; start one from the popup.' };
        await setOverlayBlocked(senderTabId, false);
        const locale = browser.i18n.getUILanguage();
        const saved = await saveScanOrKeep(reviewId, localizeResult(msg.result, locale), (id, r) => saveScan(id, r, undefined, { locale }));
        return { ok: true, reviewId, touchpointId: saved.touchpoint.id, findings: saved.findings.map((f) => withText(f, locale)) };
      }
      case 'dismiss-finding':
        await dismissFinding(msg.findingId, msg.reason);
        return { ok: true };
      case 'restore-finding':
        await restoreFinding(msg.findingId);
        return { ok: true };
      case 'pick-element':
        await startPicker(msg.tabId);
        return { ok: true };
      case 'load-picker':
        if (senderTabId === null) return { ok: false, error: 'The request did not come from a tab.' };
        if (!(await reviewOfTab(senderTabId))) return { ok: false, error: 'This tab is not part of a review; start one from the popup.' };
        await injectPicker(senderTabId);
        return { ok: true };
      case 'manual-finding':
        if (senderTabId === null) return { ok: false, error: 'The finding did not come from a tab.' };
        return await saveManual(msg, senderTabId);
    }
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}
