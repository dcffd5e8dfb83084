/**
 * A journey in real Chromium: product → cart → checkout scanned into one review through the popup.
 * The checkout shows "Step 2 of 6", another phone number than the pages before, and the cart a dearer price
 * than the product page; the journey findings are stored on the later page and exported.
 */
import { readFileSync } from 'node:fs';
import { ReviewExport } from '../../storage/export';
import { dumpDatabase, expect, openPopup, startReviewFromPopup, tabIdOf, test } from './fixtures';

const HOST = 'trustlens-overlay';

test('journey checks across three scanned pages: step count, changed phone number, changed price', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/journey/product.html`);
  const tabId = await tabIdOf(context, page.url());
  const popup = await openPopup(context, extensionId, tabId);
  await popup.fill('input[name=site]', 'Mugshop');
  await popup.fill('input[name=task]', 'buy a blue mug');
  await popup.click('button:has-text("Start review")');
  await expect(page.locator(HOST)).toHaveCount(1);
  await expect(popup.locator('.meta').first()).toContainText('1 page');

  // Next pages: same tab, scan from the popup.
  for (const [step, path] of [[2, 'cart'], [3, 'checkout']] as const) {
    await page.goto(`${server.origin}/journey/${path}.html`);
    await popup.reload();
    await popup.click('button:has-text("Scan this page")');
    await expect(page.locator(HOST)).toHaveCount(1);
    await expect(popup.locator('.meta').first()).toContainText(`${step} pages`);
  }

  // The popup lists this page's (the checkout's) findings, journey findings included.
  await popup.reload();
  const list = popup.locator('[data-testid=popup-findings]');
  await expect(list).toContainText('The checkout announces 6 steps');
  await expect(list).toContainText('is replaced by +49 30 9999999-9');
  await expect(list).toContainText('costs that appear late');

  // The export holds them, each on the later page, naming both pages.
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('button:has-text("Export JSON")')]);
  const exported = ReviewExport.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
  expect(exported.touchpoints.map((t) => t.url.replace(server.origin, ''))).toEqual([
    '/journey/product.html',
    '/journey/cart.html',
    '/journey/checkout.html',
  ]);
  const [product, cart, checkout] = exported.touchpoints;
  expect(checkout!.facts?.step).toMatchObject({ current: 2, total: 6 });

  const byDetector = (id: string) => exported.findings.filter((f) => f.detector === id);
  const steps = byDetector('too-many-steps');
  expect(steps).toHaveLength(1);
  expect(steps[0]!.touchpointId).toBe(checkout!.id);
  expect(steps[0]!.evidence).toMatchObject({ steps: 6, text: 'Step 2 of 6' });

  const contact = byDetector('inconsistent-contact');
  expect(contact).toHaveLength(1);
  expect(contact[0]!.touchpointId).toBe(checkout!.id);
  expect(contact[0]!.evidence).toMatchObject({ valueA: '+49 30 1234567-0', valueB: '+49 30 9999999-9', pageA: { touchpointId: cart!.id } });

  const prices = byDetector('price-mismatch');
  const line = prices.find((f) => f.touchpointId === cart!.id)!;
  expect(line.message).toBe('Blue enamel mug costs €12.99 on “Blue enamel mug – Mugshop” but €14.99 on “Your cart – Mugshop”.');
  expect(line.evidence).toMatchObject({ pageA: { touchpointId: product!.id }, pageB: { touchpointId: cart!.id } });
  expect(prices.find((f) => f.touchpointId === checkout!.id)?.evidence).toMatchObject({ amountA: 14.99, amountB: 19.94 });
  expect(exported.pages[2]!.findings.map((f) => f.detector)).toEqual(expect.arrayContaining(['too-many-steps', 'inconsistent-contact', 'price-mismatch']));

  // Rescanning the checkout does not duplicate the journey findings.
  await popup.click('button:has-text("Scan this page")');
  await expect(page.locator(HOST)).toHaveCount(1);
  await popup.reload();
  await expect(list).toContainText('The checkout announces 6 steps');
  const [again] = await Promise.all([popup.waitForEvent('download'), popup.click('button:has-text("Export JSON")')]);
  const second = ReviewExport.parse(JSON.parse(readFileSync((await again.path())!, 'utf8')));
  const journeyIds = (e: typeof exported) => e.findings.filter((f) => ['too-many-steps', 'inconsistent-contact', 'price-mismatch'].includes(f.detector)).map((f) => f.id).sort();
  expect(journeyIds(second)).toEqual(journeyIds(exported));
});

test('a countdown is watched: the stored finding says whether it ticks on its own', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/shop/deal.html`);
  const popup = await startReviewFromPopup(context, extensionId, page, 'Deals');
  await expect(popup.locator('.meta').first()).toContainText('1 page', { timeout: 30_000 });
  type Timer = { id: string; detector: string; evidence: { ticking?: boolean; text?: string } };
  const timersIn = async () => ((await dumpDatabase(popup)).findings as Timer[]).filter((f) => f.detector === 'countdown-timer');
  // The findings are saved and shown first; the evidence follows in a second save after 1.1 s of watching.
  await expect
    .poll(async () => {
      const ts = await timersIn();
      return ts.length > 0 && ts.every((t) => typeof t.evidence.ticking === 'boolean');
    }, { timeout: 10_000 })
    .toBe(true);
  const timers = await timersIn();
  expect(timers.length).toBeGreaterThanOrEqual(1);
  expect(timers.filter((t) => t.evidence.ticking === true)).toHaveLength(1);
  // The second save updated the same findings, it did not add new ones.
  expect(new Set(timers.map((t) => t.id)).size).toBe(timers.length);
  await expect(page.locator(HOST)).toHaveCount(1);
});

test('pressure tactics are found through the content script (text questions answered by the background)', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/shop/product.html`);
  const popup = await startReviewFromPopup(context, extensionId, page, 'Blue mug');
  await expect(popup.locator('.meta').first()).toContainText('1 page', { timeout: 30_000 });
  const db = await dumpDatabase(popup);
  const scarcity = (db.findings as { detector: string; evidence: { text?: string } }[]).filter((f) => f.detector === 'scarcity-message');
  expect(scarcity).toHaveLength(1);
  expect(scarcity[0]!.evidence.text).toContain('Only 2 left');
});
