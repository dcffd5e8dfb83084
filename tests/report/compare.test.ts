import { describe, expect, it } from 'vitest';
import { compareReviews, normalizeTitle, renderCompareHtml } from '../../report/compare';
import { demoBundle, hostileBundle, stored, XSS } from './fixtures';

const NOW = new Date('2027-01-01T00:00:00.000Z');

/** Your site (A, the demo journey) vs a competitor (B): B has guest checkout but hidden fees. */
function twoSites() {
  const a = demoBundle('rev-a', 'shop.example');
  const b = demoBundle('rev-b', 'rival.example');
  b.findings = b.findings.filter((f) => f.detector !== 'forced-account');
  const checkoutB = b.touchpoints[2]!;
  b.findings.push(stored(checkoutB, 'serious', { id: 'rev-b-fee', reviewId: 'rev-b', category: 'transparency', title: 'Hidden fees at checkout', message: 'A €4.90 service fee appears on the last step.' }));
  // Same manual issue, typed differently on B: still the same issue.
  b.findings = b.findings.map((f) => (f.title === 'Checkout asks for a birthday with no reason' ? { ...f, title: '  CHECKOUT asks for a  birthday with no reason ' } : f));
  return { a, b };
}

describe('compareReviews', () => {
  it('puts category scores side by side and splits issues into only-A, only-B and both', () => {
    const { a, b } = twoSites();
    const cmp = compareReviews(a, b, 'en', NOW);
    expect(cmp.a.score.review.score).toBe(25); // 40 + 20 + 8 + 4 + 3
    expect(cmp.b.score.review.score).toBe(53); // 20 + 12 + 8 + 4 + 3
    expect(Object.fromEntries(cmp.categories.map((c) => [c.category, [c.a, c.b, c.delta]]))).toEqual({
      contact: [77, 77, 0],
      forms: [92, 92, 0],
      checkout: [60, 100, 40],
      transparency: [100, 80, -20],
      pressure: [92, 92, 0],
      consistency: [100, 100, 0],
    });
    expect(cmp.onlyA.map((g) => [g.key, g.severity, g.occurrences.map((o) => o.touchpointOrder)])).toEqual([['detector:forced-account', 'critical', [3]]]);
    expect(cmp.onlyB.map((g) => [g.key, g.title])).toEqual([['title:hidden fees at checkout', 'Hidden fees at checkout']]);
    expect(cmp.both.map((x) => [x.key, x.match])).toEqual([
      ['detector:missing-contact', 'detector'],
      ['title:checkout asks for a birthday with no reason', 'title'],
      ['title:countdown timer resets on reload', 'title'],
      ['title:form only, no email', 'title'],
    ]);
    // The dismissed finding (shipping cost) takes no part on either side.
    expect(JSON.stringify([cmp.onlyA, cmp.onlyB, cmp.both])).not.toContain('Shipping cost');
  });

  it('normalizes manual titles (case, width, spacing, ZWNJ) but not their words', () => {
    expect(normalizeTitle('  Ｆｏｒｍ   ONLY ')).toBe('form only');
    expect(normalizeTitle('فرم\u200cها')).toBe(normalizeTitle('فرم ها'));
    expect(normalizeTitle('Form only')).not.toBe(normalizeTitle('Form'));
  });

  it('renders as one self-contained, script-free HTML file with both sides', () => {
    const { a, b } = twoSites();
    const html = renderCompareHtml(compareReviews(a, b, 'en', NOW));
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<title>Trust-friction comparison: shop.example / rival.example</title>');
    expect(html).toMatch(/<tr data-category="checkout"><th scope="row">Checkout<\/th><td>60<\/td><td>100<\/td><td>\+40<\/td><\/tr>/);
    expect(html).toMatch(/class="only-a"[\s\S]*Account required to buy[\s\S]*class="only-b"[\s\S]*Hidden fees at checkout/);
    expect(html).not.toMatch(/<script/i);
    const hostile = renderCompareHtml(compareReviews(hostileBundle(), demoBundle(), 'fa', NOW));
    expect(hostile).toMatch(/dir="rtl"/);
    expect(hostile).not.toMatch(/<script|<img|<svg onload|<iframe/i);
    expect(hostile).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(XSS.script).toContain('<script>');
  });
});
