import { describe, expect, it } from 'vitest';
import { renderReportHtml, REPORT_CSP } from '../../report/html';
import { renderReportMarkdown } from '../../report/markdown';
import { modelFromAudits, modelFromBundle } from '../../report/model';
import { demoBundle, hostileBundle, PNG_1PX, XSS } from './fixtures';
import { audit } from '../storage/helpers';

const NOW = new Date('2027-01-01T00:00:00.000Z');

describe('HTML report', () => {
  const html = renderReportHtml(modelFromBundle(demoBundle(), 'en', NOW, { screenshots: [{ findingId: 'rev-a-f3', dataUrl: PNG_1PX, width: 1, height: 1 }, { findingId: 'rev-a-f2', dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=', width: 1, height: 1 }] }));

  it('is one self-contained file: strict CSP first, no script, no external reference', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">/);
    expect(REPORT_CSP).not.toMatch(/script-src|unsafe-eval/);
    expect(html).not.toMatch(/<script|<link|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\s(src|href)="(?!data:image\/png;base64,|https:\/\/shop\.example\/)/);
  });

  it('puts the summary first: score, category bars as inline SVG, severity counts, top issues with deductions', () => {
    const summary = html.slice(html.indexOf('class="summary"'), html.indexOf('class="journey"'));
    expect(summary).toContain('aria-label="Trust-friction score: 25/100"');
    expect(summary).toMatch(/<svg class="bars"[^>]*role="img"/);
    expect(summary).toMatch(/5 open findings/);
    expect(summary).toContain('1 dismissed, not counted');
    const top = summary.slice(summary.indexOf('<ol class="top">'));
    expect([...top.matchAll(/<li>/g)]).toHaveLength(5);
    expect(top).toMatch(/−40<\/span>.*Account required to buy/);
    expect(html.indexOf('class="summary"')).toBeLessThan(html.indexOf('class="journey"'));
  });

  it('shows the journey as a timeline with page scores, why/fix, screenshots (safe data URLs only)', () => {
    expect([...html.matchAll(/<li class="touchpoint">/g)]).toHaveLength(4);
    expect(html).toContain('aria-label="Page score: 52/100"');
    expect(html).toContain('Why it matters: </b>Being forced to create an account');
    expect(html).toContain(`<img src="${PNG_1PX}"`);
    expect(html).not.toContain('image/svg+xml');
  });

  it('shows dismissed findings collapsed with their reason, not counted', () => {
    expect(html).toMatch(/<details class="finding dismissed sev-minor"[^>]*><summary>.*Shipping cost only on the last step.*Dismissed: <bdi>Shown on the product page too\.<\/bdi>/);
    expect(html).not.toMatch(/<details[^>]* open/);
  });

  it('has a print stylesheet (page break before the journey, cards kept whole, nothing interactive)', () => {
    const print = html.slice(html.indexOf('@media print'));
    expect(print).toMatch(/\.journey \{ break-before: page; \}/);
    expect(print).toMatch(/\.finding[^{]*\{ break-inside: avoid; \}/);
    expect(print).toMatch(/details\.skipped \{ display: none; \}/);
  });

  it('is right-to-left for Persian and Arabic, with localized headings', () => {
    const fa = renderReportHtml(modelFromBundle(demoBundle(), 'fa', NOW));
    expect(fa).toMatch(/<html lang="fa" dir="rtl">/);
    expect(fa).toContain('<main class="report" dir="rtl" lang="fa">');
    expect(fa).toContain('<h2>خلاصه</h2>');
    expect(renderReportHtml({ ...modelFromBundle(demoBundle(), 'ar', NOW) })).toMatch(/dir="rtl"/);
    expect(renderReportHtml(modelFromBundle(demoBundle(), 'tr', NOW))).toMatch(/<html lang="tr" dir="ltr">/);
  });

  it('escapes every page-derived text: payloads appear only as text', () => {
    const bad = renderReportHtml(modelFromBundle(hostileBundle(), '"><script>alert(1)</script>', NOW));
    expect(bad).not.toMatch(/<script|<img|<svg onload|<iframe|<meta http-equiv="refresh"|<link|<style>body/i);
    expect(bad).not.toMatch(/href="javascript:/i);
    expect(bad).toContain('&lt;/style>&lt;script>window.__pwned=1;alert(1)&lt;/script>');
    expect(bad).toMatch(/<html lang="en"/); // a hostile language tag falls back
    expect(bad.match(/<title>[^<]*<\/title>/)?.[0]).toContain('&lt;/title&gt;&lt;script&gt;');
  });

  it('renders CLI audits with scores', () => {
    const m = modelFromAudits([audit()], 'en', NOW);
    const out = renderReportHtml(m);
    expect(out).toContain('aria-label="Trust-friction score: 80/100"');
  });
});

describe('Markdown report', () => {
  it('starts with the score and the top issues, and escapes page text', () => {
    const md = renderReportMarkdown(modelFromBundle(demoBundle(), 'en', NOW));
    expect(md).toMatch(/\*\*Trust-friction score: 25\/100\*\*/);
    expect(md).toMatch(/## Top issues\n\n1\. \*\*−40\*\* · critical · Account required to buy — Checkout cannot continue without creating an account\\\. \(3\\\. Checkout\)/);
    expect(md.indexOf('## Top issues')).toBeLessThan(md.indexOf('## 1\\. Home'));
    const bad = renderReportMarkdown(modelFromBundle(hostileBundle(), 'en', NOW));
    expect(bad).not.toMatch(/(^|[^\\])<(script|img|svg|iframe)/m);
    expect(bad).not.toMatch(/<javascript:/);
    expect(bad).toContain('`javascript:window.__pwned=1;alert(1)`');
    expect(bad).not.toMatch(/\]\(/); // no link syntax survives
  });
});
