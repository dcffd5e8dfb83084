/**
 * Journey findings in storage: saveScan keeps each page's facts on its touchpoint, runs the journey
 * detectors over all web touchpoints of the review in the same transaction, stores their findings on the
 * later page, and keeps them stable (no duplicates, edits and dismissals kept) across rescans.
 */
import { describe, expect, it } from 'vitest';
import { audit, freshDb } from './helpers';
import { dismissFinding, getReviewBundle, startReview, updateFinding } from '../../storage/reviews';
import { saveScan } from '../../storage/scans';
import { Touchpoint } from '../../storage/records';
import type { AuditResult, PageFacts } from '../../engine/result';

function facts(over: Partial<PageFacts> = {}): PageFacts {
  return { phones: [], emails: [], companies: [], returns: [], prices: [], step: null, ...over };
}

const phone = (raw: string) => ({ raw, normalized: raw.replace(/[^\d+]/g, ''), place: 'site' as const });

function page(url: string, pageKind: string, f: Partial<PageFacts>, over: Partial<AuditResult> = {}): AuditResult {
  return audit({ url, title: url.split('/').pop() || 'home', pageKind, findings: [], facts: facts(f), ...over });
}

const product = page('https://shop.example/p/mug', 'product', {
  phones: [phone('0800 555 0100')],
  prices: [{ role: 'product', amount: 12.99, currency: 'EUR', label: 'Blue mug', text: '12,99 €' }],
});
const cart = page('https://shop.example/cart', 'cart', {
  phones: [phone('0800 555 0100')],
  prices: [{ role: 'product', amount: 14.99, currency: 'EUR', label: 'Blue mug', text: '14,99 €', quantity: 1 }],
});
const checkout = page('https://shop.example/checkout', 'checkout', {
  phones: [phone('0800 555 0199')],
  step: { current: 2, total: 6, text: 'Step 2 of 6' },
});

async function journey() {
  const db = freshDb();
  const review = await startReview({ site: 'shop.example' }, db);
  await saveScan(review.id, product, db);
  await saveScan(review.id, cart, db);
  const last = await saveScan(review.id, checkout, db);
  return { db, review, last };
}

const journeyIds = new Set(['inconsistent-contact', 'price-mismatch', 'too-many-steps', 'inconsistent-company', 'inconsistent-returns']);

describe('journey findings in storage', () => {
  it('keeps the facts of each page on its touchpoint', async () => {
    const { db, review } = await journey();
    const bundle = (await getReviewBundle(review.id, db))!;
    expect(bundle.touchpoints[0]!.facts?.prices[0]?.label).toBe('Blue mug');
    expect(bundle.touchpoints[2]!.facts?.step?.total).toBe(6);
  });

  it('stores each journey finding on the later page, naming both pages', async () => {
    const { db, review, last } = await journey();
    const bundle = (await getReviewBundle(review.id, db))!;
    const [tpProduct, tpCart, tpCheckout] = bundle.touchpoints;
    const auto = bundle.findings.filter((f) => journeyIds.has(f.detector));
    const byDetector = Object.fromEntries(auto.map((f) => [f.detector, f]));
    expect(Object.keys(byDetector).sort()).toEqual(['inconsistent-contact', 'price-mismatch', 'too-many-steps']);
    expect(byDetector['price-mismatch']!.touchpointId).toBe(tpCart!.id);
    expect(byDetector['price-mismatch']!.message).toContain('14,99 €');
    expect(byDetector['inconsistent-contact']!.touchpointId).toBe(tpCheckout!.id);
    expect(byDetector['inconsistent-contact']!.evidence).toMatchObject({
      valueA: '0800 555 0100',
      valueB: '0800 555 0199',
      pageA: { url: 'https://shop.example/cart', touchpointId: tpCart!.id },
      pageB: { url: 'https://shop.example/checkout', touchpointId: tpCheckout!.id },
    });
    expect(byDetector['too-many-steps']!.touchpointId).toBe(tpCheckout!.id);
    expect(auto.every((f) => f.source === 'auto' && f.category && f.selector === null)).toBe(true);
    expect(tpProduct).toBeDefined();
    // saveScan returns the findings of the page just saved, journey findings included.
    expect(last.findings.map((f) => f.detector).sort()).toEqual(['inconsistent-contact', 'too-many-steps']);
  });

  it('does not duplicate journey findings when pages are rescanned', async () => {
    const { db, review } = await journey();
    const before = (await getReviewBundle(review.id, db))!.findings.map((f) => f.id).sort();
    await saveScan(review.id, cart, db);
    await saveScan(review.id, checkout, db);
    await saveScan(review.id, product, db);
    const after = (await getReviewBundle(review.id, db))!.findings.map((f) => f.id).sort();
    expect(after).toEqual(before);
  });

  it('keeps dismissed and edited journey findings, and removes unedited ones that no longer hold', async () => {
    const { db, review } = await journey();
    let findings = (await getReviewBundle(review.id, db))!.findings;
    const contact = findings.find((f) => f.detector === 'inconsistent-contact')!;
    const price = findings.find((f) => f.detector === 'price-mismatch')!;
    const steps = findings.find((f) => f.detector === 'too-many-steps')!;
    await dismissFinding(contact.id, 'Checkout hotline is a separate team', db);
    await updateFinding(price.id, { note: 'Checked by hand' }, db);

    // The shop fixed everything: same number, same price, a 4-step checkout.
    await saveScan(review.id, page(cart.url, 'cart', { ...cart.facts!, prices: product.facts!.prices }), db);
    await saveScan(review.id, page(checkout.url, 'checkout', { phones: [phone('0800 555 0100')], step: { current: 2, total: 4, text: 'Step 2 of 4' } }), db);
    findings = (await getReviewBundle(review.id, db))!.findings;
    expect(findings.find((f) => f.id === steps.id)).toBeUndefined();
    expect(findings.find((f) => f.id === price.id)?.note).toBe('Checked by hand');

    // The dismissed one comes back as it was when the inconsistency returns.
    await saveScan(review.id, checkout, db);
    findings = (await getReviewBundle(review.id, db))!.findings;
    const again = findings.find((f) => f.detector === 'inconsistent-contact');
    expect(again?.id).toBeDefined();
    expect(findings.find((f) => f.id === steps.id)).toBeUndefined(); // a new id: the old one was removed
    expect(findings.filter((f) => f.detector === 'too-many-steps')).toHaveLength(1);
  });

  it('keeps a dismissed journey finding dismissed while it still holds', async () => {
    const { db, review } = await journey();
    const contact = (await getReviewBundle(review.id, db))!.findings.find((f) => f.detector === 'inconsistent-contact')!;
    await dismissFinding(contact.id, 'Separate order hotline', db);
    await saveScan(review.id, checkout, db);
    const after = (await getReviewBundle(review.id, db))!.findings.find((f) => f.id === contact.id)!;
    expect(after.status).toBe('dismissed');
    expect(after.dismissReason).toBe('Separate order hotline');
  });

  it('a page rescan does not drop journey findings stored on that page', async () => {
    const { db, review } = await journey();
    // Rescan the cart with a new page finding: the price-mismatch stored on the cart stays.
    await saveScan(review.id, { ...cart, findings: [] }, db);
    const findings = (await getReviewBundle(review.id, db))!.findings;
    expect(findings.some((f) => f.detector === 'price-mismatch')).toBe(true);
  });

  it('writes messages in the locale asked for', async () => {
    const db = freshDb();
    const review = await startReview({ site: 'shop.example' }, db);
    await saveScan(review.id, product, db, { locale: 'de' });
    const saved = await saveScan(review.id, cart, db, { locale: 'de' });
    expect(saved.findings.find((f) => f.detector === 'price-mismatch')?.message).toMatch(/kostet/);
  });

  it('old touchpoints without facts still parse and take part with no facts', async () => {
    const legacy = Touchpoint.parse({
      id: 't1', reviewId: 'r1', order: 1, channel: 'web', url: 'https://shop.example/', title: 'Shop', scannedAt: '2026-01-01',
    });
    expect(legacy.facts ?? null).toBeNull();
    const db = freshDb();
    const review = await startReview({ site: 'shop.example' }, db);
    await db.touchpoints.put({ ...legacy, reviewId: review.id });
    const saved = await saveScan(review.id, cart, db);
    expect(saved.touchpoint.order).toBe(2);
    expect(saved.findings.filter((f) => journeyIds.has(f.detector))).toEqual([]);
  });

  it('writes nothing when the review does not exist', async () => {
    const db = freshDb();
    await expect(saveScan('nope', cart, db)).rejects.toThrow(/does not exist/);
    expect(await db.findings.count()).toBe(0);
  });
});

describe('journey findings in the export', () => {
  it('pages carry their facts and the journey findings of the page they are stored on', async () => {
    const { buildExport } = await import('../../storage/export');
    const { db, review } = await journey();
    const exported = buildExport((await getReviewBundle(review.id, db))!);
    expect(exported.pages[2]!.facts?.step?.text).toBe('Step 2 of 6');
    expect(exported.pages[1]!.findings.map((f) => f.detector)).toContain('price-mismatch');
    expect(exported.pages[2]!.findings.map((f) => f.detector).sort()).toEqual(['inconsistent-contact', 'too-many-steps']);
    expect(exported.touchpoints[0]!.facts?.phones[0]?.raw).toBe('0800 555 0100');
  });
});
