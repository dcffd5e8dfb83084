import { describe, expect, it } from 'vitest';
import { audit, finding, freshDb } from './helpers';
import { dismissFinding, getReviewBundle, startReview } from '../../storage/reviews';
import { saveScan } from '../../storage/scans';
import {
  addManualFinding,
  addOffsiteTouchpoint,
  deleteFindings,
  deleteReviewWithUndo,
  deleteTouchpoint,
  openFindingCount,
  pageFindings,
  pageSummary,
  parseTags,
  restoreSnapshot,
  saveScreenshot,
  screenshotsOfReview,
  touchpointForPage,
  updateReview,
  updateTouchpoint,
} from '../../storage/manual';

async function seeded() {
  const db = freshDb();
  const review = await startReview({ site: 'shop.example', task: 'buy a mug' }, db);
  const scan = await saveScan(review.id, audit(), db);
  return { db, review, tp: scan.touchpoint };
}

describe('manual findings', () => {
  it('adds a manual finding on a scanned page, and a rescan leaves it alone', async () => {
    const { db, review, tp } = await seeded();
    const f = await addManualFinding(
      { reviewId: review.id, touchpointId: tp.id, title: ' Hidden fees ', note: 'Shipping shows only at the end', category: 'checkout', severity: 'serious', tags: ['fees'], selector: '#total', snippet: 'Total 12 €' },
      db,
    );
    expect(f).toMatchObject({ source: 'manual', detector: 'manual', title: 'Hidden fees', selector: '#total', snippet: 'Total 12 €', tags: ['fees'], status: 'open' });
    await saveScan(review.id, audit({ findings: [finding({ detector: 'forced-account', category: 'checkout' })] }), db);
    const bundle = (await getReviewBundle(review.id, db))!;
    expect(bundle.findings.filter((x) => x.source === 'manual').map((x) => x.id)).toEqual([f.id]);
    expect(bundle.touchpoints).toHaveLength(1);
  });

  it('rejects a touchpoint of another review', async () => {
    const { db, tp } = await seeded();
    const other = await startReview({ site: 'other.example' }, db);
    await expect(addManualFinding({ reviewId: other.id, touchpointId: tp.id, title: 'x', category: 'forms', severity: 'minor' }, db)).rejects.toThrow();
  });

  it('picks on an unscanned page create its touchpoint once; a later scan fills the same one', async () => {
    const { db, review } = await seeded();
    const a = await touchpointForPage(review.id, { url: 'https://shop.example/contact#top', title: 'Contact' }, db);
    const b = await touchpointForPage(review.id, { url: 'https://shop.example/contact', title: 'Contact' }, db);
    expect(b.id).toBe(a.id);
    expect(a.order).toBe(2);
    const scan = await saveScan(review.id, audit({ url: 'https://shop.example/contact' }), db);
    expect(scan.touchpoint.id).toBe(a.id);
  });

  it('parses tags', () => {
    expect(parseTags(' fees, trust ,,fees\nmobile')).toEqual(['fees', 'trust', 'mobile']);
    expect(parseTags('')).toEqual([]);
  });
});

describe('off-site touchpoints and review edits', () => {
  it('adds a phone call after the scanned pages, with its own finding', async () => {
    const { db, review } = await seeded();
    const call = await addOffsiteTouchpoint({ reviewId: review.id, channel: 'phone', title: 'Called the hotline', notes: 'Waited 25 minutes' }, db);
    expect(call).toMatchObject({ channel: 'phone', order: 2, url: '', notes: 'Waited 25 minutes' });
    await addManualFinding({ reviewId: review.id, touchpointId: call.id, title: 'Long wait', category: 'contact', severity: 'moderate' }, db);
    const edited = await updateTouchpoint(call.id, { notes: 'Waited 30 minutes' }, db);
    expect(edited.notes).toBe('Waited 30 minutes');
    const bundle = (await getReviewBundle(review.id, db))!;
    expect(bundle.touchpoints.map((t) => t.channel)).toEqual(['web', 'phone']);
    expect(bundle.findings.some((f) => f.touchpointId === call.id && f.title === 'Long wait')).toBe(true);
  });

  it('edits the verdict note', async () => {
    const { db, review } = await seeded();
    const next = await updateReview(review.id, { verdict: 'Friendly, but the checkout hides fees.' }, db);
    expect(next.verdict).toBe('Friendly, but the checkout hides fees.');
    expect((await db.reviews.get(review.id))!.verdict).toBe('Friendly, but the checkout hides fees.');
  });
});

describe('screenshots and undoable deletes', () => {
  it('stores a screenshot Blob for a finding and returns it with the review', async () => {
    const { db, review, tp } = await seeded();
    const f = await addManualFinding({ reviewId: review.id, touchpointId: tp.id, title: 'x', category: 'forms', severity: 'minor' }, db);
    const blob = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    await saveScreenshot({ reviewId: review.id, findingId: f.id, blob, width: 40, height: 20 }, db);
    const shots = await screenshotsOfReview(review.id, db);
    expect(shots).toHaveLength(1);
    expect(shots[0]).toMatchObject({ findingId: f.id, mime: 'image/png', width: 40, height: 20 });
    expect(shots[0]!.blob.size).toBe(4);
  });

  it('deleting findings removes their screenshots; undo puts both back', async () => {
    const { db, review, tp } = await seeded();
    const f = await addManualFinding({ reviewId: review.id, touchpointId: tp.id, title: 'x', category: 'forms', severity: 'minor' }, db);
    await saveScreenshot({ reviewId: review.id, findingId: f.id, blob: new Blob(['a'], { type: 'image/png' }), width: 1, height: 1 }, db);
    const before = (await getReviewBundle(review.id, db))!.findings.length;
    const snap = await deleteFindings([f.id], db);
    expect(snap.findings).toHaveLength(1);
    expect(await db.screenshots.count()).toBe(0);
    await restoreSnapshot(snap, db);
    expect((await getReviewBundle(review.id, db))!.findings).toHaveLength(before);
    expect(await db.screenshots.count()).toBe(1);
  });

  it('deleting a touchpoint or a review can be undone', async () => {
    const { db, review, tp } = await seeded();
    const snap = await deleteTouchpoint(tp.id, db);
    expect((await getReviewBundle(review.id, db))!.touchpoints).toHaveLength(0);
    await restoreSnapshot(snap, db);
    const restored = (await getReviewBundle(review.id, db))!;
    expect(restored.touchpoints).toHaveLength(1);
    expect(restored.findings).toHaveLength(1);
    const all = await deleteReviewWithUndo(review.id, db);
    expect(await getReviewBundle(review.id, db)).toBeNull();
    await restoreSnapshot(all, db);
    expect((await getReviewBundle(review.id, db))!.findings).toHaveLength(1);
  });
});

describe('page summary for the popup', () => {
  it("lists the page's open findings, most severe first, up to a limit, with the total", async () => {
    const { db, review, tp } = await seeded();
    for (const sev of ['minor', 'critical', 'moderate'] as const) {
      await addManualFinding({ reviewId: review.id, touchpointId: tp.id, title: sev, category: 'forms', severity: sev }, db);
    }
    const s = (await pageSummary(review.id, 'https://shop.example/checkout#x', 2, db))!;
    expect(s.touchpointCount).toBe(1);
    expect(s.touchpoint?.id).toBe(tp.id);
    expect(s.openCount).toBe(4);
    expect(s.findings.map((f) => f.severity)).toEqual(['critical', 'serious']);
    const other = (await pageSummary(review.id, 'https://shop.example/elsewhere', 50, db))!;
    expect(other.touchpoint).toBeNull();
    expect(other.findings).toEqual([]);
    expect(other.openCount).toBe(0);
  });

  it('reads the first findings without counting, and counts only when the page has more than it read', async () => {
    const { db, review, tp } = await seeded();
    for (const sev of ['minor', 'critical', 'moderate'] as const) {
      await addManualFinding({ reviewId: review.id, touchpointId: tp.id, title: sev, category: 'forms', severity: sev }, db);
    }
    await dismissFinding((await addManualFinding({ reviewId: review.id, touchpointId: tp.id, title: 'gone', category: 'forms', severity: 'critical' }, db)).id, 'no', db);
    const url = 'https://shop.example/checkout';
    const cut = (await pageFindings(review.id, url, 2, db))!;
    expect(cut.findings.map((f) => f.severity)).toEqual(['critical', 'serious']);
    expect(cut.openCount).toBeNull();
    expect(await openFindingCount(tp.id, db)).toBe(4);
    const whole = (await pageFindings(review.id, url, 5, db))!;
    expect(whole.findings).toHaveLength(4);
    expect(whole.openCount).toBe(4);
    const exact = (await pageFindings(review.id, url, 4, db))!;
    expect(exact.openCount).toBeNull();
    expect((await pageSummary(review.id, url, 4, db))!.openCount).toBe(4);
    expect(await pageFindings('no-such-review', url, 5, db)).toBeNull();
  });
});
