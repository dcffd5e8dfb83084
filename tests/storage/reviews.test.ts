import { describe, expect, it } from 'vitest';
import { audit, finding, freshDb } from './helpers';
import { dismissFinding, getReviewBundle, startReview, updateFinding, endReview, deleteReview } from '../../storage/reviews';
import { saveScan } from '../../storage/scans';

describe('reviews in IndexedDB', () => {
  it('saves a scan as a touchpoint with its findings', async () => {
    const db = freshDb();
    const review = await startReview({ site: 'shop.example', task: 'buy a gift' }, db);
    const saved = await saveScan(review.id, audit(), db);
    expect(saved.touchpoint.order).toBe(1);
    expect(saved.findings).toHaveLength(1);
    const bundle = await getReviewBundle(review.id, db);
    expect(bundle?.review.task).toBe('buy a gift');
    expect(bundle?.touchpoints.map((t) => t.url)).toEqual(['https://shop.example/checkout']);
  });

  it('adds pages of the journey in order and rescans a page in place', async () => {
    const db = freshDb();
    const review = await startReview({ site: 'shop.example' }, db);
    await saveScan(review.id, audit({ url: 'https://shop.example/' }), db);
    await saveScan(review.id, audit({ url: 'https://shop.example/cart' }), db);
    await saveScan(review.id, audit({ url: 'https://shop.example/#top' }), db);
    const bundle = (await getReviewBundle(review.id, db))!;
    expect(bundle.touchpoints.map((t) => [t.order, t.url])).toEqual([
      [1, 'https://shop.example/#top'],
      [2, 'https://shop.example/cart'],
    ]);
    expect(bundle.findings).toHaveLength(2);
  });

  it('keeps findings the reviewer edited or dismissed when the page is rescanned', async () => {
    const db = freshDb();
    const review = await startReview({ site: 'shop.example' }, db);
    const other = finding({ detector: 'long-form', category: 'forms', selector: '#co', message: 'long' });
    const first = await saveScan(review.id, audit({ findings: [finding(), other] }), db);
    const contact = first.findings.find((f) => f.detector === 'missing-contact')!;
    await dismissFinding(contact.id, 'They have a chat on weekdays', db);
    const form = first.findings.find((f) => f.detector === 'long-form')!;
    await updateFinding(form.id, { note: 'Checked by hand', severity: 'critical' }, db);

    const again = await saveScan(review.id, audit({ findings: [finding({ message: 'changed text' }), other] }), db);
    expect(again.findings).toHaveLength(2);
    const c2 = again.findings.find((f) => f.id === contact.id)!;
    expect(c2.status).toBe('dismissed');
    expect(c2.dismissReason).toBe('They have a chat on weekdays');
    const f2 = again.findings.find((f) => f.id === form.id)!;
    expect(f2.severity).toBe('critical');
    expect(f2.note).toBe('Checked by hand');
  });

  it('removes unedited findings that disappeared on rescan', async () => {
    const db = freshDb();
    const review = await startReview({ site: 'shop.example' }, db);
    await saveScan(review.id, audit(), db);
    const again = await saveScan(review.id, audit({ findings: [] }), db);
    expect(again.findings).toHaveLength(0);
  });

  it('refuses a scan for a review that does not exist and writes nothing', async () => {
    const db = freshDb();
    await expect(saveScan('nope', audit(), db)).rejects.toThrow(/does not exist/);
    expect(await db.touchpoints.count()).toBe(0);
    expect(await db.findings.count()).toBe(0);
  });

  it('ends and deletes a review with everything in it', async () => {
    const db = freshDb();
    const review = await startReview({ site: 'shop.example' }, db);
    await saveScan(review.id, audit(), db);
    await endReview(review.id, 'Checkout hides costs', db);
    expect((await db.reviews.get(review.id))?.status).toBe('ended');
    await deleteReview(review.id, db);
    expect(await db.reviews.count()).toBe(0);
    expect(await db.findings.count()).toBe(0);
  });
});
