/** Nothing lost: atomic saves, concurrent tabs, a full disk. */
import { describe, expect, it } from 'vitest';
import { audit, finding, freshDb } from './helpers';
import { getReviewBundle, startReview } from '../../storage/reviews';
import { saveScan } from '../../storage/scans';
import { flushPending, isQuotaError, pendingCount, saveScanOrKeep, StorageFullError } from '../../storage/pending';
import type { AuditResult } from '../../engine/result';

describe('reliability of saves', () => {
  it('a save that fails half-way writes nothing (one transaction)', async () => {
    const db = freshDb();
    const review = await startReview({ site: 'shop.example' }, db);
    // The second finding is invalid: it fails validation after the touchpoint was put in the same transaction.
    const bad = audit({ findings: [finding(), { ...finding(), severity: 'apocalyptic' as never }] });
    await expect(saveScan(review.id, bad, db)).rejects.toThrow();
    expect(await db.touchpoints.count()).toBe(0);
    expect(await db.findings.count()).toBe(0);
  });

  it('two tabs saving to one review at the same time overwrite nothing', async () => {
    const db = freshDb();
    const review = await startReview({ site: 'shop.example' }, db);
    const pages = Array.from({ length: 6 }, (_, i) => audit({ url: `https://shop.example/p${i}`, findings: [finding({ selector: `#x${i}` })] }));
    await Promise.all(pages.map((p) => saveScan(review.id, p, db)));
    const bundle = (await getReviewBundle(review.id, db))!;
    expect(bundle.touchpoints).toHaveLength(6);
    expect(new Set(bundle.touchpoints.map((t) => t.order)).size).toBe(6);
    expect(bundle.findings).toHaveLength(6);
  });

  it('a quota error gives a clear message, keeps the scan in memory and writes it when space is back', async () => {
    const db = freshDb();
    const review = await startReview({ site: 'shop.example' }, db);
    let full = true;
    const save = async (id: string, r: AuditResult) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return saveScan(id, r, db);
    };
    const first = saveScanOrKeep(review.id, audit({ url: 'https://shop.example/a' }), save);
    await expect(first).rejects.toBeInstanceOf(StorageFullError);
    await expect(first).rejects.toThrow(/no storage space left.*kept in memory/);
    await expect(saveScanOrKeep(review.id, audit({ url: 'https://shop.example/b' }), save)).rejects.toThrow(/2 waiting/);
    expect(pendingCount()).toBe(2);
    expect(await db.touchpoints.count()).toBe(0);

    full = false;
    await saveScanOrKeep(review.id, audit({ url: 'https://shop.example/c' }), save);
    expect(pendingCount()).toBe(0);
    const urls = (await getReviewBundle(review.id, db))!.touchpoints.map((t) => t.url);
    expect(urls).toEqual(['https://shop.example/a', 'https://shop.example/b', 'https://shop.example/c']);
    expect(await flushPending(save)).toBe(0);
  });

  it('recognises quota errors wrapped by Dexie', () => {
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('Review x does not exist.'))).toBe(false);
  });
});

describe('a hostile 50 MB import', () => {
  it('gives a clear error naming where, and writes nothing', async () => {
    const { importReview } = await import('../../storage/import');
    const db = freshDb();
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const file = JSON.stringify({
      format: 'trustlens-review', schemaVersion: 1, exportedAt: '2026-11-22T10:00:00.000Z', pages: [],
      review: { id: 'r1', site: huge, task: '', reviewer: '', startedAt: 'x', endedAt: null, verdict: '', status: 'ended', updatedAt: 'x' },
      touchpoints: [], findings: [], screenshots: [],
    });
    expect(file.length).toBeGreaterThan(50 * 1024 * 1024);
    const result = await importReview(file, db);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^review\.site: /) });
    expect(await db.reviews.count()).toBe(0);
  });
});
