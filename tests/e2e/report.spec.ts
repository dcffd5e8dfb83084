/**
 * The exported reports opened in Chromium: hostile page text shows as text and runs nothing (no dialog,
 * no console message — not even a CSP refusal, so no script element exists at all — no window flag, no
 * request leaving the page), also with the CSP removed; print and right-to-left layout; the CLI's CSV/JSON.
 */
import { test, expect, chromium, type Browser, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { chromiumPath, CHROMIUM_ARGS } from '../../cli/chromium';
import { renderReportHtml, REPORT_CSP } from '../../report/html';
import { modelFromBundle } from '../../report/model';
import { compareReviews, renderCompareHtml } from '../../report/compare';
import { AuditReport } from '../../engine/result';
import { demoBundle, hostileBundle, PNG_1PX, XSS } from '../report/fixtures';

const root = resolve(import.meta.dirname, '../..');
const NOW = new Date('2027-01-01T00:00:00.000Z');
let browser: Browser;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
});
test.afterAll(async () => {
  await browser.close();
});

interface Watch { dialogs: string[]; console: string[]; errors: string[]; requests: string[] }

/** Opens HTML as a file:// page, recording anything that would show a payload ran or reached out. */
async function open(html: string, name = 'report.html'): Promise<{ page: Page; watch: Watch; url: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'tl-report-')), name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  const watch: Watch = { dialogs: [], console: [], errors: [], requests: [] };
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => watch.console.push(m.text()));
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('request', (r) => {
    if (r.url() !== url && !r.url().startsWith('data:')) watch.requests.push(r.url());
  });
  await page.route(/^(https?|wss?|ftp):/, (route) => {
    watch.requests.push(route.request().url());
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300); // let a (would-be) onerror/onload fire
  return { page, watch, url };
}

async function expectInert(page: Page, watch: Watch) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(watch.dialogs).toEqual([]);
  expect(watch.console).toEqual([]);
  expect(watch.errors).toEqual([]);
  expect(watch.requests).toEqual([]);
  const active = await page.evaluate(() => ({
    scripts: document.querySelectorAll('script, iframe, object, embed, link, base, meta[http-equiv="refresh"], form').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    hrefs: [...document.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!),
    srcs: [...document.querySelectorAll('[src]')].map((a) => a.getAttribute('src')!.slice(0, 22)),
    styles: document.querySelectorAll('style').length,
  }));
  expect(active.scripts).toBe(0);
  expect(active.handlers).toBe(0);
  for (const h of active.hrefs) expect(h).toMatch(/^https?:\/\//);
  for (const s of active.srcs) expect(s).toMatch(/^data:image\/(png|jpeg|webp);/);
  expect(active.styles).toBe(1);
}

test('a report full of XSS payloads shows them as text and runs nothing, with and without its CSP', async () => {
  const model = modelFromBundle(hostileBundle(), 'en', NOW, {
    screenshots: [
      { findingId: 'f-1', dataUrl: PNG_1PX, width: 1, height: 1 },
      { findingId: 'f-1', dataUrl: 'javascript:alert(1)', width: 1, height: 1 },
    ],
  });
  model.touchpoints[0]!.findings[0]!.screenshots = [{ dataUrl: '"><img src=x onerror=alert(1)>', width: 1, height: 1 }, { dataUrl: PNG_1PX, width: 1, height: 1 }];
  const html = renderReportHtml(model);
  for (const variant of [html, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')]) {
    const { page, watch } = await open(variant);
    await expectInert(page, watch);
    await expect(page.getByText(XSS.script).first()).toBeVisible();
    await expect(page.getByText(XSS.img).first()).toBeVisible();
    await expect(page.getByText(XSS.svg).first()).toBeVisible();
    await expect(page.getByText(XSS.js).first()).toBeVisible();
    expect(await page.title()).toBe(`Trust-friction review: ${XSS.title}`);
    // The javascript: URL is text, not a link; the closed <details> of the dismissed finding holds its payloads inert too.
    expect(await page.locator('a', { hasText: 'javascript:' }).count()).toBe(0);
    await page.locator('details.dismissed summary').first().click();
    await page.waitForTimeout(100);
    await expectInert(page, watch);
    await page.close();
  }
  expect(html).toContain(REPORT_CSP);
});

test('payloads taken from a real page (title, labels, text) survive the CLI into an inert HTML report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tl-hostile-'));
  const page = join(dir, 'hostile.html');
  const t = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  writeFileSync(
    page,
    `<!doctype html><html lang="en"><head><title>${t(XSS.title + XSS.script)}</title></head><body>
<h1>${t(XSS.img)}</h1>
<form id="register" action="#"><h2>Create an account to continue</h2>
${['first name', 'last name', 'birthday', 'phone', 'company', 'street', 'city', 'zip', 'country', 'gender', 'password', 'repeat password']
  .map((l, i) => `<label for="f${i}">${t(i % 3 === 0 ? XSS.svg : i % 3 === 1 ? XSS.script : XSS.img)} ${l}</label><input id="f${i}" name="f${i}" required>`)
  .join('\n')}
<button>${t(XSS.js)}</button></form>
<p>${t(XSS.meta)} ${t(XSS.style)}</p>
</body></html>`,
  );
  const out = join(dir, 'r.html');
  await promisify(execFile)('npx', ['tsx', 'cli/audit.ts', page, '--out', out], { cwd: root, timeout: 60_000 });
  const html = readFileSync(out, 'utf8');
  expect(html).toContain('&lt;script>');
  const opened = await open(html);
  await expectInert(opened.page, opened.watch);
  expect(await opened.page.locator('.finding').count()).toBeGreaterThan(0);
  await opened.page.close();
});

test('prints cleanly: journey on a new page, nothing interactive, a PDF comes out', async () => {
  const { page, watch } = await open(renderReportHtml(modelFromBundle(demoBundle(), 'en', NOW, { screenshots: [{ findingId: 'rev-a-f3', dataUrl: PNG_1PX, width: 1, height: 1 }] })));
  await page.emulateMedia({ media: 'print' });
  const style = await page.evaluate(() => ({
    journey: getComputedStyle(document.querySelector('.journey')!).breakBefore,
    card: getComputedStyle(document.querySelector('.finding')!).breakInside,
    marker: getComputedStyle(document.querySelector('details.dismissed > summary')!).listStyleType,
  }));
  expect(style).toEqual({ journey: 'page', card: 'avoid', marker: 'none' });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  await expectInert(page, watch);
  await page.close();
});

test('Persian reports read right to left: score badge on the right, numbers kept in order', async () => {
  const { page, watch } = await open(renderReportHtml(modelFromBundle(demoBundle(), 'fa', NOW)));
  expect(await page.evaluate(() => [document.documentElement.dir, getComputedStyle(document.querySelector('main')!).direction])).toEqual(['rtl', 'rtl']);
  const badge = await page.locator('.headline .score.big').boundingBox();
  const label = await page.locator('.headline .score-label').boundingBox();
  expect(badge!.x).toBeGreaterThan(label!.x);
  expect(await page.locator('.headline .score.big').innerText()).toMatch(/^25\s*\/100$/);
  await expectInert(page, watch);
  await page.close();
});

test('the comparison of two reviews opens inert and shows both scores', async () => {
  const a = demoBundle('rev-a', 'shop.example');
  const b = hostileBundle();
  const { page, watch } = await open(renderCompareHtml(compareReviews(a, b, 'en', NOW)), 'compare.html');
  await expectInert(page, watch);
  await expect(page.locator('[data-side="a"] .score.big')).toHaveText(/25/);
  await expect(page.locator('[data-side="b"] .score.big')).toHaveText(/40/);
  await expect(page.getByText(XSS.script).first()).toBeVisible();
  await page.close();
});

test('the CLI writes CSV (BOM, CRLF, one row per finding) and JSON with scores', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tl-cli-'));
  const file = 'tests/e2e/pages/shop/checkout.html';
  const run = promisify(execFile);
  await run('npx', ['tsx', 'cli/audit.ts', file, 'tests/e2e/pages/shop/no-contact.html', '--format', 'csv', '--out', join(dir, 'r.csv')], { cwd: root, timeout: 60_000 });
  await run('npx', ['tsx', 'cli/audit.ts', file, 'tests/e2e/pages/shop/no-contact.html', '--format', 'json', '--out', join(dir, 'r.json')], { cwd: root, timeout: 60_000 });
  const csv = readFileSync(join(dir, 'r.csv'), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toMatch(/\r\n$/);
  const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
  const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { scores: { review: number; touchpoints: { score: number }[] } };
  const report = AuditReport.parse(json);
  expect(rows).toHaveLength(report.pages.reduce((n, p) => n + p.findings.length, 0));
  expect(rows.map((r) => r.detector)).toContain('forced-account');
  expect(json.scores.touchpoints).toHaveLength(2);
  expect(json.scores.review).toBeLessThan(100);
  expect(json.scores.review).toBeGreaterThanOrEqual(0);
});
