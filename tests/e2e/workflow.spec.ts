/**
 * The reviewer's workflow in real Chromium: pick an element (keyboard Up to the parent, click) and save a
 * manual finding with its screenshot (the picker is a second content script, injected at the first pick;
 * Stop removes it with the overlay); dismiss with a reason and restore; the full review page filtering a
 * review of three touchpoints with live updates; Persian right-to-left; axe-core on popup and review page.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dumpDatabase, expect, openPopup, startReviewFromPopup, tabIdOf, test } from './fixtures';

const HOST = 'trustlens-overlay';
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function reviewAndWait(context: BrowserContext, extensionId: string, page: Page, site = 'Mugshop'): Promise<Page> {
  const popup = await startReviewFromPopup(context, extensionId, page, site);
  await expect(popup.locator('.meta').first()).toContainText('1 page');
  await expect(page.locator(`${HOST} .tl-panel`)).toBeVisible();
  return popup;
}

async function openReviewPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const p = await context.newPage();
  await p.goto(`chrome-extension://${extensionId}/reviews.html`);
  return p;
}

/** Screenshot records, with their Blob checked in the page (a Blob cannot leave evaluate). */
async function screenshots(extensionPage: Page) {
  return extensionPage.evaluate(async () => {
    const open = indexedDB.open('trustlens');
    const db: IDBDatabase = await new Promise((ok, ko) => { open.onsuccess = () => ok(open.result); open.onerror = () => ko(open.error); });
    const rows: { findingId: string; mime: string; width: number; height: number; blob: Blob }[] = await new Promise((ok) => {
      const r = db.transaction('screenshots').objectStore('screenshots').getAll();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    const out = [];
    for (const s of rows) {
      const bitmap = await createImageBitmap(s.blob);
      out.push({ findingId: s.findingId, mime: s.mime, width: s.width, height: s.height, isBlob: s.blob instanceof Blob, size: s.blob.size, bitmapWidth: bitmap.width });
    }
    return out;
  });
}

async function axeViolations(p: Page) {
  await p.evaluate(AXE); // evaluate is not subject to the extension page's CSP (no inline script needed)
  return p.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run();
    return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target) }));
  });
}

test('pick an element (Up to the parent, click) and save a finding with its screenshot', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/workflow/product.html`);
  const popup = await reviewAndWait(context, extensionId, page);

  await popup.getByTestId('pick-element').click();
  await page.bringToFront();
  await expect(page.locator(`${HOST} .tl-pick-help`)).toBeVisible();
  // Hover the price, Up to its parent line, then click inside it: the line is picked.
  await page.hover('#fee');
  await expect(page.locator(`${HOST} .tl-pick-label`)).toHaveText('span#fee');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(`${HOST} .tl-pick-label`)).toHaveText('p#fee-line.fee');
  await page.click('#fee');
  const form = page.locator(`${HOST} [data-testid=finding-form]`);
  await expect(form).toBeVisible();
  await expect(page.locator(`${HOST} .tl-pick-help`)).toHaveCount(0);
  await expect(form.locator('[name=tl-title]')).toBeFocused();

  await form.locator('[name=tl-title]').fill('Fee shown only at checkout');
  await form.locator('[name=tl-note]').fill('The service fee is not in the product price.');
  await form.locator('[name=tl-category]').selectOption('transparency');
  await form.locator('[name=tl-severity]').selectOption('serious');
  await form.locator('[name=tl-tags]').fill('fees, price');
  await form.locator('button[type=submit]').click();
  await expect(form).toHaveCount(0);
  await expect(page.locator(`${HOST} .tl-item`, { hasText: 'Fee shown only at checkout' })).toBeVisible();

  // Stored: the finding with the parent's selector and its visible text, never a field's value.
  const db = await dumpDatabase(popup);
  const manual = (db.findings as { id: string; source: string; selector: string; snippet: string; title: string; tags: string[]; severity: string }[]).filter((f) => f.source === 'manual');
  expect(manual).toHaveLength(1);
  expect(manual[0]).toMatchObject({ selector: '#fee-line', title: 'Fee shown only at checkout', tags: ['fees', 'price'], severity: 'serious' });
  expect(manual[0]!.snippet).toContain('Service fee added at checkout: 4.99 €');
  expect(JSON.stringify(db.findings)).not.toContain('SECRET-COUPON-123');
  // The screenshot: a PNG Blob cropped to the element (wider than tall, smaller than the viewport).
  const shots = await screenshots(popup);
  expect(shots).toHaveLength(1);
  expect(shots[0]).toMatchObject({ findingId: manual[0]!.id, mime: 'image/png', isBlob: true });
  expect(shots[0]!.size).toBeGreaterThan(100);
  expect(shots[0]!.bitmapWidth).toBe(shots[0]!.width);
  expect(shots[0]!.width).toBeGreaterThan(shots[0]!.height);
  expect(shots[0]!.width).toBeLessThan(page.viewportSize()!.width);

  // Picking on a control never stores its value: Esc cancels, the page's own button still works after.
  await popup.getByTestId('pick-element').click();
  await page.bringToFront();
  await page.hover('[name=coupon]');
  await page.keyboard.press('Escape');
  await expect(page.locator(`${HOST} .tl-pick-help`)).toHaveCount(0);
  await page.click('#buy');
  expect(await page.evaluate(() => (window as unknown as { __pageState: { clicks: number } }).__pageState.clicks)).toBe(1);

  // The panel's own button starts the picker too (the picker script, loaded by the first pick, is reused).
  await page.getByTestId('panel-pick').click();
  await expect(page.locator(`${HOST} .tl-pick-help`)).toBeVisible();
  await page.click('#fee');
  await expect(page.locator(`${HOST} [data-testid=finding-form] .tl-snippet`)).toHaveAttribute('title', '#fee');
  await page.locator(`${HOST} [data-testid=finding-form] button[type=button]`).click();
  await expect(page.locator(`${HOST} [data-testid=finding-form]`)).toHaveCount(0);

  // The review page shows the finding with a thumbnail of its screenshot.
  const reviewPage = await openReviewPage(context, extensionId);
  const row = reviewPage.locator('.frow', { hasText: 'Fee shown only at checkout' });
  await expect(row).toBeVisible();
  const thumb = row.getByTestId('thumbnail');
  await expect(thumb).toBeVisible();
  expect(await thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  // Stop, with a picker running: every trace leaves the page, and the page gets its clicks again.
  await popup.getByTestId('pick-element').click();
  await page.bringToFront();
  await expect(page.locator(`${HOST} .tl-pick-help`)).toBeVisible();
  await popup.click('button:has-text("Stop review")');
  await expect(page.locator(HOST)).toHaveCount(0);
  await page.click('#buy');
  expect(await page.evaluate(() => (window as unknown as { __pageState: { clicks: number } }).__pageState.clicks)).toBe(2);
});

test('dismiss an automatic finding with a reason, then restore it', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/shop/checkout.html`);
  const popup = await reviewAndWait(context, extensionId, page);
  // The panel lists what was saved: wait until both agree before counting.
  await expect.poll(async () => (await page.locator(`${HOST} .tl-item`).count()) === (await popup.locator('[data-testid=popup-findings] li').count())).toBe(true);
  const before = await page.locator(`${HOST} .tl-item`).count();
  const first = page.locator(`${HOST} .tl-item`).first();
  const title = (await first.locator('.tl-title').textContent())!;

  await first.locator('.tl-item-btn').click();
  await page.locator(`${HOST} .tl-detail button`, { hasText: 'Dismiss…' }).click();
  const reason = page.locator(`${HOST} [name=tl-reason]`);
  await expect(reason).toBeFocused();
  await reason.fill('Guest checkout exists behind the second tab.');
  await page.locator(`${HOST} .tl-dismiss-form button[type=submit]`).click();

  // Still visible, as dismissed, and out of the open list and the count.
  await expect(page.locator(`${HOST} .tl-item`)).toHaveCount(before - 1);
  await expect(page.getByTestId('finding-count')).toContainText(`${before - 1} finding`);
  await page.locator(`${HOST} .tl-dismissed summary`).click();
  const dismissed = page.locator(`${HOST} .tl-dismissed-item`);
  await expect(dismissed).toHaveCount(1);
  await expect(dismissed).toContainText(title);
  await expect(dismissed).toContainText('Guest checkout exists behind the second tab.');
  await expect.poll(async () => {
    const db = await dumpDatabase(popup);
    return (db.findings as { status: string; dismissReason: string }[]).filter((f) => f.status === 'dismissed').map((f) => f.dismissReason);
  }).toEqual(['Guest checkout exists behind the second tab.']);

  await dismissed.locator('button', { hasText: 'Restore' }).click();
  await expect(page.locator(`${HOST} .tl-item`)).toHaveCount(before);
  await expect.poll(async () => (await dumpDatabase(popup)).findings!.filter((f) => (f as { status: string }).status === 'dismissed').length).toBe(0);
});

test('the popup lists a page\'s 50 most severe open findings and counts all of them', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/shop/checkout.html`);
  const popup = await reviewAndWait(context, extensionId, page);
  await expect.poll(async () => (await page.locator(`${HOST} .tl-item`).count()) === (await popup.locator('[data-testid=popup-findings] li').count())).toBe(true);
  const scanned = await popup.locator('[data-testid=popup-findings] li').count();
  expect(scanned).toBeLessThan(50);
  // 120 more open findings on this page (critical ones among them) and one dismissed, written behind Dexie's back.
  await popup.evaluate(async (url) => {
    const open = indexedDB.open('trustlens');
    const db: IDBDatabase = await new Promise((ok, ko) => { open.onsuccess = () => ok(open.result); open.onerror = () => ko(open.error); });
    const tx = db.transaction(['touchpoints', 'findings'], 'readwrite');
    const tps: { id: string; reviewId: string; url: string }[] = await new Promise((ok) => { const r = tx.objectStore('touchpoints').getAll(); r.onsuccess = () => ok(r.result); });
    const tp = tps.find((t) => t.url === url)!;
    const now = new Date().toISOString();
    const sev = ['critical', 'serious', 'moderate', 'minor'];
    for (let i = 0; i <= 120; i++) {
      tx.objectStore('findings').put({
        id: `many${i}`, reviewId: tp.reviewId, touchpointId: tp.id, source: 'manual', detector: 'manual', category: 'forms', severity: sev[i % 4],
        selector: null, snippet: '', title: `Many ${i}`, message: '', note: '', tags: [], evidence: {}, status: i === 120 ? 'dismissed' : 'open',
        dismissReason: '', edited: true, key: `manual|many${i}`, createdAt: now, updatedAt: now,
      });
    }
    await new Promise((ok, ko) => { tx.oncomplete = ok; tx.onerror = () => ko(tx.error); });
    db.close();
  }, page.url());
  await popup.reload();
  const items = popup.locator('[data-testid=popup-findings] li');
  await expect(items).toHaveCount(50);
  await expect(items.first().locator('.sev')).toHaveText('critical');
  // The count comes after the list (it walks every finding), then says how many the list leaves out.
  await expect(popup.locator('h2')).toHaveText(`This page (${scanned + 120})`);
  await expect(popup.getByText(`${scanned + 120 - 50} more: open the full review to see them.`)).toBeVisible();
});

test('the review page filters a review of three touchpoints and updates live', async ({ context, extensionId, server }) => {
  const reviewPage = await openReviewPage(context, extensionId);
  const page = await context.newPage();
  await page.goto(`${server.origin}/workflow/product.html`);
  const popup = await reviewAndWait(context, extensionId, page, 'Mugshop');

  // The review page was open before the review existed: it appears without a reload.
  await reviewPage.bringToFront();
  await expect(reviewPage.locator('.rev', { hasText: 'Mugshop' })).toBeVisible();
  await reviewPage.locator('.rev', { hasText: 'Mugshop' }).click();
  await expect(reviewPage.getByTestId('touchpoints').locator('> li')).toHaveCount(1);

  // Second page of the journey, scanned in the other tab: shows up live.
  await page.goto(`${server.origin}/workflow/cart.html`);
  await popup.reload();
  await popup.click('button:has-text("Scan this page")');
  await expect(popup.locator('.meta').first()).toContainText('2 pages');
  await expect(reviewPage.getByTestId('touchpoints').locator('> li')).toHaveCount(2);

  // Third: a phone call, added by hand, with a finding of its own.
  await reviewPage.locator('select[name=channel]').selectOption('phone');
  await reviewPage.locator('input[name=tp-title]').fill('Called the hotline about the fee');
  await reviewPage.locator('textarea[name=tp-notes]').fill('Waited 25 minutes, nobody could explain the fee.');
  await reviewPage.locator('form[aria-label="Add an off-site touchpoint"] button[type=submit]').click();
  await expect(reviewPage.getByTestId('touchpoints').locator('> li')).toHaveCount(3);
  await expect(reviewPage.getByTestId('touchpoints')).toContainText('Phone call');
  await reviewPage.locator('.newf summary').click();
  await reviewPage.locator('select[name=new-touchpoint]').selectOption({ label: '3. Called the hotline about the fee' });
  await reviewPage.locator('input[name=new-title]').fill('Hotline cannot explain fees');
  await reviewPage.locator('select[name=new-category]').selectOption('contact');
  await reviewPage.locator('select[name=new-severity]').selectOption('critical');
  await reviewPage.locator('.newf button[type=submit]').click();

  const db = await dumpDatabase(reviewPage);
  const findings = db.findings as { touchpointId: string; severity: string; category: string; status: string }[];
  const tps = (db.touchpoints as { id: string; order: number }[]).sort((a, b) => a.order - b.order);
  expect(tps).toHaveLength(3);
  const total = findings.length;
  const total$ = reviewPage.getByTestId('finding-total');
  await expect(total$).toHaveText(`${total} of ${total} findings`);

  // Filter by touchpoint: each one's findings only.
  for (const tp of tps) {
    await reviewPage.locator('select[name=filter-touchpoint]').selectOption(tp.id);
    const n = findings.filter((f) => f.touchpointId === tp.id).length;
    await expect(total$).toHaveText(`${n} of ${total} findings`);
    await expect(reviewPage.locator('.frow')).toHaveCount(n);
  }
  await reviewPage.locator('select[name=filter-touchpoint]').selectOption(tps[2]!.id);
  await expect(reviewPage.locator('.frow')).toContainText(['Hotline cannot explain fees']);

  // Severity and category combine with each other.
  await reviewPage.getByRole('button', { name: 'Clear filters' }).click();
  await reviewPage.locator('select[name=filter-severity]').selectOption('critical');
  await expect(total$).toHaveText(`${findings.filter((f) => f.severity === 'critical').length} of ${total} findings`);
  await reviewPage.locator('select[name=filter-category]').selectOption('forms');
  await expect(total$).toHaveText(`${findings.filter((f) => f.severity === 'critical' && f.category === 'forms').length} of ${total} findings`);
  await reviewPage.getByRole('button', { name: 'Clear filters' }).click();

  // Status: dismiss one in the editor, filter for dismissed, then delete it and undo.
  await reviewPage.locator('.frow').first().click();
  const editor = reviewPage.getByTestId('finding-editor');
  await editor.getByRole('button', { name: 'Dismiss' }).click();
  await editor.locator('textarea[name=dismiss-reason]').fill('Not relevant for this shop');
  await editor.locator('form.inline button[type=submit]').click();
  await reviewPage.locator('select[name=filter-status]').selectOption('dismissed');
  await expect(total$).toHaveText(`1 of ${total} findings`);
  await reviewPage.locator('select[name=filter-status]').selectOption('open');
  await expect(total$).toHaveText(`${total - 1} of ${total} findings`);
  await reviewPage.locator('select[name=filter-status]').selectOption('');
  await reviewPage.locator('.frow').first().click();
  await editor.getByRole('button', { name: 'Delete' }).click();
  await expect(total$).toHaveText(`${total - 1} of ${total - 1} findings`);
  await reviewPage.getByRole('button', { name: 'Undo' }).click();
  await expect(total$).toHaveText(`${total} of ${total} findings`);

  // Keyboard: j/k (or arrows) move through the list, with focus on the selected row.
  await reviewPage.bringToFront();
  await reviewPage.locator('.frow').first().click();
  await expect(reviewPage.locator('.vrow.sel')).toHaveAttribute('data-row', '0');
  await reviewPage.keyboard.press('j');
  await expect(reviewPage.locator('.vrow.sel')).toHaveAttribute('data-row', '1');
  await expect(reviewPage.locator('.vrow.sel .frow')).toBeFocused();
  await reviewPage.keyboard.press('k');
  await expect(reviewPage.locator('.vrow.sel')).toHaveAttribute('data-row', '0');
});

test('Persian: the UI switches language and renders right-to-left; the choice follows to the popup', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/workflow/product.html`);
  const popup = await reviewAndWait(context, extensionId, page);
  const reviewPage = await openReviewPage(context, extensionId);
  await expect(reviewPage.locator('html')).toHaveAttribute('dir', 'ltr');
  await reviewPage.locator('select[name=ui-language]').selectOption('fa');
  await expect(reviewPage.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(reviewPage.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(reviewPage.locator('h1')).toHaveText('بررسی‌های Trustlens');
  await expect(reviewPage.getByRole('heading', { name: 'یافته‌ها' })).toBeVisible();
  // Laid out right to left: the review list sits to the right of the detail.
  const nav = (await reviewPage.locator('nav.reviews').boundingBox())!;
  const main = (await reviewPage.locator('main.detail').boundingBox())!;
  expect(nav.x).toBeGreaterThan(main.x);
  expect(await reviewPage.locator('body').evaluate((b) => getComputedStyle(b).direction)).toBe('rtl');

  // The popup follows the stored choice (also when reopened), and back to the browser's language.
  await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(popup.getByRole('button', { name: 'اسکن این صفحه' })).toBeVisible();
  const tabId = await tabIdOf(context, page.url());
  const again = await openPopup(context, extensionId, tabId);
  await expect(again.locator('html')).toHaveAttribute('dir', 'rtl');
  await again.locator('select[name=ui-language]').selectOption('');
  await expect(again.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(again.getByRole('button', { name: 'Scan this page' })).toBeVisible();
  await expect(reviewPage.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('axe-core: popup and review page have no violations', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/workflow/product.html`);
  const tabId = await tabIdOf(context, page.url());
  const fresh = await openPopup(context, extensionId, tabId);
  await expect(fresh.locator('input[name=site]')).toBeVisible();
  expect(await axeViolations(fresh)).toEqual([]);
  await fresh.close();

  const popup = await reviewAndWait(context, extensionId, page);
  await expect(popup.locator('[data-testid=popup-findings] li').first()).toBeVisible();
  expect(await axeViolations(popup)).toEqual([]);

  const reviewPage = await openReviewPage(context, extensionId);
  await expect(reviewPage.locator('.frow').first()).toBeVisible();
  await reviewPage.locator('.frow').first().click();
  await expect(reviewPage.getByTestId('finding-editor')).toBeVisible();
  expect(await axeViolations(reviewPage)).toEqual([]);
  await reviewPage.locator('select[name=ui-language]').selectOption('fa');
  await expect(reviewPage.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await axeViolations(reviewPage)).toEqual([]);
});

test('the review page stays responsive with 10,000 findings', async ({ context, extensionId }) => {
  const reviewPage = await openReviewPage(context, extensionId);
  await expect(reviewPage.locator('h1')).toBeVisible();
  await reviewPage.evaluate(async () => {
    const open = indexedDB.open('trustlens');
    const db: IDBDatabase = await new Promise((ok, ko) => { open.onsuccess = () => ok(open.result); open.onerror = () => ko(open.error); });
    const now = new Date().toISOString();
    const tx = db.transaction(['reviews', 'touchpoints', 'findings'], 'readwrite');
    tx.objectStore('reviews').put({ id: 'big', site: 'big.example', task: '', reviewer: '', startedAt: now, endedAt: null, verdict: '', status: 'ended', updatedAt: now });
    for (let t = 1; t <= 3; t++) {
      tx.objectStore('touchpoints').put({ id: `tp${t}`, reviewId: 'big', order: t, channel: 'web', url: `https://big.example/${t}`, title: `Page ${t}`, lang: 'en', pageKind: 'other', scannedAt: now, durationMs: 1, forms: [], contact: null, skipped: [], notes: '' });
    }
    const sev = ['critical', 'serious', 'moderate', 'minor'];
    const cat = ['contact', 'forms', 'checkout', 'transparency', 'pressure', 'consistency'];
    for (let i = 0; i < 10_000; i++) {
      tx.objectStore('findings').put({
        id: `f${i}`, reviewId: 'big', touchpointId: `tp${(i % 3) + 1}`, source: 'manual', detector: 'manual', category: cat[i % 6], severity: sev[i % 4],
        selector: null, snippet: '', title: `Finding ${i}`, message: 'Message', note: '', tags: [], evidence: {}, status: 'open', dismissReason: '', edited: true, key: `manual|f${i}`, createdAt: now, updatedAt: now,
      });
    }
    await new Promise((ok, ko) => { tx.oncomplete = ok; tx.onerror = () => ko(tx.error); });
    db.close();
  });
  // Written behind Dexie's back (no change notification): load the page afresh, on that review.
  await reviewPage.goto(`chrome-extension://${extensionId}/reviews.html#review=big`);
  await reviewPage.reload();
  const total$ = reviewPage.getByTestId('finding-total');
  await expect(total$).toHaveText('10000 of 10000 findings');
  // Windowed: a few dozen rows in the DOM, not 10,000.
  expect(await reviewPage.locator('.vrow').count()).toBeLessThan(40);

  const t0 = Date.now();
  await reviewPage.locator('select[name=filter-severity]').selectOption('critical');
  await expect(total$).toHaveText('2500 of 10000 findings');
  expect(Date.now() - t0).toBeLessThan(2000);

  // Scrolling to the end draws the last rows.
  await reviewPage.locator('.vlist').evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await expect(reviewPage.locator('.vrow').last()).toHaveAttribute('data-row', '2499');
  expect(await reviewPage.locator('.vrow').count()).toBeLessThan(40);
});
