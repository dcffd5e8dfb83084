/**
 * The extension makes no network request: every request seen while a review runs (pages, extension pages,
 * service worker) goes to the fixture server the test itself opened, or stays inside the extension.
 */
import { expect, startReviewFromPopup, test } from './fixtures';

test('a whole review makes no request beyond the pages the test opened', async ({ context, extensionId, server }) => {
  const seen: { url: string; from: string }[] = [];
  context.on('request', (req) => {
    const sw = req.serviceWorker();
    seen.push({ url: req.url(), from: sw ? 'service-worker' : (req.frame()?.url() ?? '') });
  });
  const page = await context.newPage();
  await page.goto(`${server.origin}/shop/checkout.html`);
  const popup = await startReviewFromPopup(context, extensionId, page, 'Network shop');
  await expect(page.locator('trustlens-overlay .tl-item').first()).toBeVisible();
  await page.goto(`${server.origin}/shop/contact.html`);
  await popup.reload();
  await popup.click('button:has-text("Scan this page")');
  await expect(page.locator('trustlens-overlay .tl-panel')).toBeVisible();
  for (const label of ['Export JSON', 'Export HTML']) {
    await Promise.all([popup.waitForEvent('download'), popup.click(`button:has-text("${label}")`)]);
  }
  await popup.click('button:has-text("Stop review")');
  await expect(page.locator('trustlens-overlay')).toHaveCount(0);

  const allowed = (url: string) =>
    url.startsWith(`chrome-extension://${extensionId}/`) || url.startsWith('blob:') || url.startsWith('data:') ||
    url === `${server.origin}/shop/checkout.html` || url === `${server.origin}/shop/contact.html`;
  const outside = seen.filter((r) => !allowed(r.url));
  expect(outside, JSON.stringify(outside, null, 1)).toEqual([]);
  // Nothing the extension loads comes from the pages' server either: only the two documents the test opened.
  expect(seen.filter((r) => r.url.startsWith(server.origin)).map((r) => new URL(r.url).pathname).sort()).toEqual(['/shop/checkout.html', '/shop/contact.html']);
});
