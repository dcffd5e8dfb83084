/**
 * Hostile pages: one fixture page per case. Each asserts the page keeps working (its own script's state),
 * the scan completes and is saved, the overlay works, and nothing is lost.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { resolve } from 'node:path';
import { dumpDatabase, expect, openPopup, startReviewFromPopup, tabIdOf, test } from './fixtures';
import { serve } from './server';

const HOST = 'trustlens-overlay';

async function pageState(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (window as unknown as { __pageState: Record<string, unknown> }).__pageState);
}

/** Starts a review and waits until the scan is saved (the popup counts one page) and the panel is drawn. */
async function reviewAndWait(context: BrowserContext, extensionId: string, page: Page): Promise<Page> {
  const popup = await startReviewFromPopup(context, extensionId, page);
  await expect(popup.locator('.meta').first()).toContainText('1 page', { timeout: 60_000 });
  await expect(page.locator(`${HOST} .tl-panel`)).toBeVisible({ timeout: 60_000 });
  return popup;
}

test('1. 100,000 elements: the scan completes and the page stays usable', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/huge.html`);
  const built = (await pageState(page)).built as number;
  expect(built).toBeGreaterThan(100_000);
  const popup = await reviewAndWait(context, extensionId, page);
  await page.mouse.click(5, 5);
  expect((await pageState(page)).clicks).toBe(1);
  const db = await dumpDatabase(popup);
  expect(db.touchpoints).toHaveLength(1);
});

test('2. a page that mutates its DOM every few milliseconds', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/mutating.html`);
  await reviewAndWait(context, extensionId, page);
  const before = (await pageState(page)).ticks as number;
  await page.waitForTimeout(200);
  expect((await pageState(page)).ticks as number).toBeGreaterThan(before);
  await expect(page.locator(`${HOST} .tl-panel`)).toBeVisible();
});

test('3. a strict Content-Security-Policy: the overlay is styled and no violation is caused', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/csp.html`);
  await reviewAndWait(context, extensionId, page);
  await expect(page.locator(`${HOST} .tl-item`).first()).toBeVisible();
  // The panel is positioned by our stylesheet: if the CSP had blocked it, it would not be fixed.
  const position = await page.locator(`${HOST} .tl-panel`).evaluate((el) => getComputedStyle(el).position);
  expect(position).toBe('fixed');
  expect((await pageState(page)).violations).toBe(0);
});

test('4. page CSS that restyles everything does not break the overlay', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/restyle.html`);
  await reviewAndWait(context, extensionId, page);
  const panel = page.locator(`${HOST} .tl-panel`);
  expect(await panel.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  const box = await panel.boundingBox();
  expect(box && box.width > 200 && box.height > 20).toBe(true);
  await page.locator(`${HOST} .tl-item-btn`).first().click();
  await expect(page.locator(`${HOST} .tl-detail`)).toBeVisible();
});

test('5. page script that replaces built-ins cannot break the scan', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/prototypes.html`);
  const calls = (await pageState(page)).calls;
  await reviewAndWait(context, extensionId, page);
  await expect(page.locator(`${HOST} .tl-item`).first()).toBeVisible();
  expect((await pageState(page)).calls).toBe(calls); // we never called the page's replacements
});

test('6. open shadow roots are scanned; closed ones are scanned through the extension API', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/shadow.html`);
  const popup = await reviewAndWait(context, extensionId, page);
  const db = await dumpDatabase(popup);
  const tp = db.touchpoints![0] as { forms: { fields: { name: string }[] }[]; contact: { phones: string[]; emails: string[] } };
  expect(tp.forms.flatMap((f) => f.fields.map((x) => x.name))).toContain('dob');
  expect(tp.contact.phones.length).toBe(1);
  expect(tp.contact.emails).toContain('help@closed.example');
});

test('7. same-origin frames are scanned, cross-origin frames reported as skipped', async ({ context, extensionId, server }) => {
  const other = await serve(resolve(import.meta.dirname, 'pages'));
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/hostile/frames.html?cross=${encodeURIComponent(`${other.origin}/hostile/frame-inner.html`)}`);
    await page.frameLocator('#cross').locator('footer').waitFor();
    const popup = await reviewAndWait(context, extensionId, page);
    const tp = (await dumpDatabase(popup)).touchpoints![0] as { contact: { phones: string[] }; skipped: { kind: string }[] };
    expect(tp.contact.phones.length).toBe(1);
    expect(tp.skipped.map((s) => s.kind)).toContain('cross-origin-frame');
  } finally {
    await other.close();
  }
});

test('8. a right-to-left page', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/rtl.html`);
  const popup = await reviewAndWait(context, extensionId, page);
  const tp = (await dumpDatabase(popup)).touchpoints![0] as { lang: string };
  expect(tp.lang).toBe('fa');
  const panel = await page.locator(`${HOST} .tl-panel`).boundingBox();
  expect(panel).not.toBeNull();
});

test('9. a page that removes our overlay host: we put it back, then say so', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/remove-overlay.html`);
  const popup = await startReviewFromPopup(context, extensionId, page);
  await expect.poll(async () => (await pageState(page)).removed as number).toBeGreaterThan(1); // we put it back at least once
  // This page removes it every time: the popup tells the reviewer, and the scan is saved all the same.
  await expect(popup.getByTestId('overlay-blocked')).toBeVisible();
  await expect(popup.locator('[data-testid=popup-findings] li').first()).toBeVisible();
  expect((await pageState(page)).removed as number).toBeLessThanOrEqual(4);
});

test('9b. a page that removes the overlay once: it comes back', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/remove-overlay.html?once=1`);
  await startReviewFromPopup(context, extensionId, page);
  await expect.poll(async () => (await pageState(page)).removed as number).toBe(1);
  await expect(page.locator(`${HOST} .tl-panel`)).toBeVisible();
});

test('10. XSS payloads in page text stay text in the overlay, the popup and the exports', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/xss.html`);
  const popup = await reviewAndWait(context, extensionId, page);
  await page.locator(`${HOST} .tl-item-btn`).first().click();
  await expect(popup.locator('[data-testid=popup-findings] li').first()).toBeVisible();
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('button:has-text("Export HTML")')]);
  const report = await context.newPage();
  await report.goto(`file://${await download.path()}`);
  for (const p of [page, popup, report]) {
    expect(await p.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }
  expect(await report.locator('script').count()).toBe(0);
  expect(await report.locator('img[onerror], svg[onload]').count()).toBe(0);
});

test('11. an infinite-scroll page', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/infinite.html`);
  const popup = await reviewAndWait(context, extensionId, page);
  await page.mouse.wheel(0, 5000);
  await popup.click('button:has-text("Scan this page")');
  await expect(page.locator(`${HOST} .tl-panel`)).toBeVisible();
  expect((await pageState(page)).pages as number).toBeGreaterThan(1);
  expect((await dumpDatabase(popup)).touchpoints).toHaveLength(1);
});

test('12. a page that navigates away in the middle of a scan', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/navigate.html`);
  const tabId = await tabIdOf(context, page.url());
  const popup = await openPopup(context, extensionId, tabId);
  await popup.fill('input[name=site]', 'Leaving');
  await popup.click('button:has-text("Start review")');
  await page.waitForURL(/contact\.html/);
  // The extension still works: scanning the new page saves it to the same review.
  await popup.reload();
  await popup.click('button:has-text("Scan this page")');
  await expect(page.locator(`${HOST} .tl-panel`)).toBeVisible();
  const db = await dumpDatabase(popup);
  expect((db.touchpoints as { url: string }[]).some((t) => t.url.endsWith('/shop/contact.html'))).toBe(true);
  expect(db.reviews).toHaveLength(1);
});
