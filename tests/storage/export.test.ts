import { describe, expect, it } from 'vitest';
import { audit, freshDb } from './helpers';
import { getReviewBundle, startReview } from '../../storage/reviews';
import { saveScan } from '../../storage/scans';
import { buildExport, parseExport, ReviewExport } from '../../storage/export';
import { AuditReport } from '../../engine/result';

describe('JSON export', () => {
  it('is valid against its schema and carries the CLI shape (schemaVersion, pages)', async () => {
    const db = freshDb();
    const review = await startReview({ site: 'shop.example' }, db);
    await saveScan(review.id, audit(), db);
    const exported = buildExport((await getReviewBundle(review.id, db))!);
    const text = JSON.stringify(exported);
    const parsed = parseExport(text);
    expect(parsed.ok).toBe(true);
    expect(AuditReport.parse({ schemaVersion: exported.schemaVersion, pages: exported.pages }).pages).toHaveLength(1);
    expect(ReviewExport.parse(JSON.parse(text)).findings).toHaveLength(1);
  });

  it('names the first problem of a malformed import', () => {
    expect(parseExport('{nope')).toMatchObject({ ok: false, error: expect.stringMatching(/^Not valid JSON/) });
    expect(parseExport('{"format":"other"}')).toMatchObject({ ok: false, error: expect.stringMatching(/^format:/) });
    const bad = parseExport(JSON.stringify({ format: 'trustlens-review', schemaVersion: 1, exportedAt: 'x', pages: [], review: { id: 'r' }, touchpoints: [], findings: [] }));
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/^review\.\w+: /) });
  });
});
