/**
 * The foundation journey in real Chromium: start a review from the popup, markers in the shadow root,
 * findings saved and still there after reopening the popup and restarting the browser, JSON export valid,
 * stop removes every trace.
 */
import { readFileSync } from 'node:fs';
import { ReviewExport } from '../../storage/export';
import { expect, extensionIdOf, launch, openPopup, tabIdOf, test } from './fixtures';

const HOST = 'trustlens-overlay';

test('a review from start to export and stop', async ({ context, extensionId, server, profileDir }) => {
  const url = `${server.origin}/shop/checkout.html`;
  const page = await context.newPage();
  await page.goto(url);
  const pageState = await page.evaluate(() => document.body.innerHTML.length);
  const tabId = await tabIdOf(context, url);

  // Nothing is injected before the reviewer asks.
  await expect(page.locator(HOST)).toHaveCount(0);

  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.locator('input[name=site]')).toHaveValue('127.0.0.1:' + new URL(server.origin).port);
  await popup.fill('input[name=site]', 'Mugshop');
  await popup.fill('input[name=task]', 'buy a gift, then ask a question');
  await popup.click('button:has-text("Start review")');

  // Markers appear inside the shadow root on the flagged elements; a panel lists the findings.
  await expect(page.locator(HOST)).toHaveCount(1);
  const markers = page.locator(`${HOST} .tl-marker`);
  await expect(markers.first()).toBeVisible();
  const detectors = await page.locator(`${HOST} .tl-item`).count();
  expect(detectors).toBeGreaterThanOrEqual(2);
  expect(await page.locator(HOST).evaluate((h) => h.shadowRoot !== null)).toBe(true);

  // Clicking a finding shows why it matters and how to fix it, and outlines its element
  // (the first finding that has an element: page-level findings have no marker).
  const marked = await page.locator(`${HOST} .tl-marker`).first().getAttribute('data-finding');
  await page.locator(`${HOST} .tl-item[data-finding="${marked}"] .tl-item-btn`).click();
  await expect(page.locator(`${HOST} .tl-detail`)).toContainText('Why it matters');
  await expect(page.locator(`${HOST} .tl-marker.tl-selected`)).toHaveCount(1);

  // Saved in IndexedDB: the popup (which reads the database) lists this page's findings.
  await expect(popup.locator('[data-testid=popup-findings] li').first()).toBeVisible();
  const saved = await popup.locator('[data-testid=popup-findings] li').count();
  expect(saved).toBe(detectors);
  await expect(popup.locator('[data-testid=popup-findings]')).toContainText('Account required to buy');

  // Reopen the popup: still there.
  await popup.close();
  const popup2 = await openPopup(context, extensionId, tabId);
  await expect(popup2.locator('[data-testid=popup-findings] li')).toHaveCount(saved);

  // Export JSON: parses against the schema and holds the findings.
  const [download] = await Promise.all([popup2.waitForEvent('download'), popup2.click('button:has-text("Export JSON")')]);
  const exported = ReviewExport.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
  expect(exported.review.site).toBe('Mugshop');
  expect(exported.review.task).toBe('buy a gift, then ask a question');
  expect(exported.pages).toHaveLength(1);
  expect(exported.pages[0]!.url).toBe(url);
  expect(exported.findings).toHaveLength(saved);
  expect(exported.pages[0]!.forms.some((f) => f.kind === 'checkout')).toBe(true);

  // Export HTML: a self-contained report.
  const [htmlDownload] = await Promise.all([popup2.waitForEvent('download'), popup2.click('button:has-text("Export HTML")')]);
  const html = readFileSync((await htmlDownload.path())!, 'utf8');
  expect(html).toContain('Content-Security-Policy');
  expect(html).toContain('Account required to buy');
  expect(html).not.toMatch(/<script/i);

  // Stop: every trace leaves the page; the page itself is untouched.
  await popup2.click('button:has-text("Stop review")');
  await expect(page.locator(HOST)).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelectorAll('[data-trustlens-overlay], style[wxt-shadow-root-document-styles]').length)).toBe(0);
  expect(await page.evaluate(() => document.body.innerHTML.length)).toBe(pageState);
  await popup2.close();
  await page.close();

  // Restart the browser with the same profile: the review and its findings are still there.
  await context.close();
  const again = await launch(profileDir);
  try {
    const id = await extensionIdOf(again);
    const p = await again.newPage();
    await p.goto(url);
    const tab = await tabIdOf(again, url);
    const pop = await openPopup(again, id, tab);
    const reviews = await pop.evaluate(async () => {
      const open = indexedDB.open('trustlens');
      const db: IDBDatabase = await new Promise((ok, ko) => { open.onsuccess = () => ok(open.result); open.onerror = () => ko(open.error); });
      const count = (store: string) => new Promise<number>((ok) => { const r = db.transaction(store).objectStore(store).count(); r.onsuccess = () => ok(r.result); });
      return { reviews: await count('reviews'), findings: await count('findings'), touchpoints: await count('touchpoints') };
    });
    expect(reviews).toEqual({ reviews: 1, findings: saved, touchpoints: 1 });
  } finally {
    await again.close();
  }
});

test('scanning the next pages of the journey adds touchpoints to the same review', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/shop/no-contact.html`);
  const tabId = await tabIdOf(context, page.url());
  const popup = await openPopup(context, extensionId, tabId);
  await popup.fill('input[name=site]', 'Secret shop');
  await popup.click('button:has-text("Start review")');
  await expect(page.locator(`${HOST} .tl-item`)).toContainText(['No way to contact the company']);

  // Walk on: same tab, next page; scan from the popup.
  await page.goto(`${server.origin}/shop/contact.html`);
  await expect(popup.locator('button:has-text("Scan this page")')).toBeVisible();
  await popup.reload();
  await popup.click('button:has-text("Scan this page")');
  await expect(page.locator(HOST)).toHaveCount(1);
  await expect(popup.locator('.meta').first()).toContainText('2 pages');

  // The same page again: the new copy of the review script replaces the old one (one overlay, one panel),
  // and its picker still comes (the old copy's picker functions left with it).
  const items = await page.locator(`${HOST} .tl-item`).count();
  await page.locator(HOST).evaluate((h) => h.setAttribute('data-test-old', ''));
  await popup.click('button:has-text("Scan this page")');
  await expect(page.locator(`${HOST}:not([data-test-old])`)).toHaveCount(1);
  await expect(page.locator(HOST)).toHaveCount(1);
  await expect(page.locator(`${HOST} .tl-item`)).toHaveCount(items);
  await expect(popup.locator('.meta').first()).toContainText('2 pages');
  await page.getByTestId('panel-pick').click();
  await expect(page.locator(`${HOST} .tl-pick-help`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator(`${HOST} .tl-pick-help`)).toHaveCount(0);
});
