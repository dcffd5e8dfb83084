import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { freshDb } from '../storage/helpers';
import type { TrustlensDb } from '../../storage/db';
import { importReview } from '../../storage/import';
import { buildExport, exportReview, findUnsafeStructure, IMPORT_LIMITS, parseExport } from '../../storage/export';
import { Review, StoredFinding, Touchpoint, type Screenshot } from '../../storage/records';
import { getReviewBundle } from '../../storage/reviews';
import { CATEGORIES, SEVERITIES } from '../../engine/result';
import { demoBundle, PNG_1PX } from './fixtures';

const NOW = new Date('2027-01-01T00:00:00.000Z');

async function counts(db: TrustlensDb) {
  return { reviews: await db.reviews.count(), touchpoints: await db.touchpoints.count(), findings: await db.findings.count(), screenshots: await db.screenshots.count() };
}

async function seed(db: TrustlensDb, b: { review: Review; touchpoints: Touchpoint[]; findings: StoredFinding[] }, shots: Screenshot[] = []) {
  await db.reviews.put(b.review);
  await db.touchpoints.bulkPut(b.touchpoints);
  await db.findings.bulkPut(b.findings);
  await db.screenshots.bulkPut(shots);
}

function pngBlob(): Blob {
  return new Blob([Uint8Array.from(atob(PNG_1PX.split(',')[1]!), (c) => c.charCodeAt(0))], { type: 'image/png' });
}

// ---- generators: reviews with awkward text ----
const odd = fc.constantFrom(
  'İstanbul ıi İI ğüşöç',
  'فرم «تاریخ تولد» می‌خواهد؟',
  'قیمت: ۱۲۳٬۴۵۶ ریال',
  'he said "hi", then \'bye\'',
  'line 1\nline 2\r\nline 3\ttab',
  '\u202Eevil\u202C \u200F\u200E \u200B zero-width',
  '🧾👩🏽‍💻 🇹🇷 é (e + U+0301)',
  '\\u0000 not a NUL, \\" backslash',
  '</script><script>alert(1)</script>',
  '=HYPERLINK("x")',
  '',
);
const text = (max = 60) => fc.oneof(odd, fc.string({ unit: 'grapheme', maxLength: max }), fc.string({ unit: 'binary', maxLength: max }));
const iso = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t).toISOString());
const num = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));

const reviewArb = fc
  .record({
    review: fc.record({ site: text(40), task: text(), reviewer: text(20), startedAt: iso, endedAt: fc.option(iso, { nil: null }), verdict: text(200), status: fc.constantFrom('active' as const, 'ended' as const), updatedAt: iso }),
    tps: fc.array(
      fc.record({
        channel: fc.constantFrom('web' as const, 'phone' as const, 'email' as const, 'chat' as const, 'other' as const),
        url: fc.oneof(fc.webUrl(), text(40)),
        title: text(),
        lang: fc.constantFrom('en', 'tr', 'fa', 'de', ''),
        scannedAt: iso,
        durationMs: num,
        notes: text(100),
        findings: fc.array(
          fc.record({
            source: fc.constantFrom('auto' as const, 'manual' as const),
            detector: fc.constantFrom('missing-contact', 'long-form', 'forced-account', 'manual', 'unknown-detector'),
            category: fc.constantFrom(...CATEGORIES),
            severity: fc.constantFrom(...SEVERITIES),
            selector: fc.option(text(40), { nil: null }),
            snippet: text(),
            title: text(),
            message: text(120),
            note: text(),
            tags: fc.array(text(20), { maxLength: 3 }),
            evidence: fc.record({ text: text() }, { requiredKeys: [] }).chain((e) =>
              fc.dictionary(fc.constantFrom('count', 'fields', 'hint', 'limit'), fc.oneof(fc.integer(), fc.boolean(), text(20), fc.array(text(10), { maxLength: 3 })), { maxKeys: 3 }).map((x) => ({ ...x, ...e })),
            ),
            status: fc.constantFrom('open' as const, 'dismissed' as const),
            dismissReason: text(),
            edited: fc.boolean(),
            createdAt: iso,
            updatedAt: iso,
            shot: fc.option(fc.record({ bytes: fc.uint8Array({ minLength: 0, maxLength: 64 }), mime: fc.constantFrom('image/png', 'image/jpeg', 'image/webp'), w: fc.nat(4000), h: fc.nat(4000) }), { nil: undefined }),
          }),
          { maxLength: 4 },
        ),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ review, tps }) => {
    const id = 'rev-p';
    const touchpoints: Touchpoint[] = [];
    const findings: StoredFinding[] = [];
    const shots: Screenshot[] = [];
    tps.forEach((t, i) => {
      const { findings: fs, ...rest } = t;
      const tp = Touchpoint.parse({ ...rest, id: `tp-${i}`, reviewId: id, order: i + 1, pageKind: 'other' });
      touchpoints.push(tp);
      fs.forEach((f, j) => {
        const { shot, ...data } = f;
        const fid = `f-${i}-${j}`;
        findings.push(StoredFinding.parse({ ...data, id: fid, reviewId: id, touchpointId: tp.id, key: `${data.detector}|${i}|${j}` }));
        if (shot) shots.push({ id: `s-${fid}`, reviewId: id, findingId: fid, mime: shot.mime, width: shot.w, height: shot.h, blob: new Blob([shot.bytes], { type: shot.mime }), createdAt: f.createdAt });
      });
    });
    return { bundle: { review: Review.parse({ ...review, id }), touchpoints, findings }, shots };
  });

describe('import', () => {
  it('export → import → export is lossless, and a second import changes nothing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(reviewArb, async ({ bundle, shots }) => {
        const a = freshDb();
        await seed(a, bundle, shots);
        const first = await exportReview(bundle.review.id, a, { screenshots: true }, NOW);
        const textOut = JSON.stringify(first, null, 2);
        const b = freshDb();
        const total = 1 + bundle.touchpoints.length + bundle.findings.length + shots.length;
        expect(await importReview(textOut, b)).toEqual({ ok: true, reviewId: bundle.review.id, added: total, updated: 0, unchanged: 0 });
        const second = await exportReview(bundle.review.id, b, { screenshots: true }, NOW);
        expect(second).toEqual(first);
        expect(JSON.stringify(second, null, 2)).toBe(textOut);
        const blobs = await b.screenshots.toArray();
        for (const s of blobs) expect(s.blob).toBeInstanceOf(Blob);
        expect(await importReview(textOut, b)).toEqual({ ok: true, reviewId: bundle.review.id, added: 0, updated: 0, unchanged: total });
        expect(await counts(b)).toEqual({ reviews: 1, touchpoints: bundle.touchpoints.length, findings: bundle.findings.length, screenshots: shots.length });
        a.close();
        b.close();
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('restores screenshots as Blobs with their bytes and type', async () => {
    const a = freshDb();
    const b0 = demoBundle();
    await seed(a, b0, [{ id: 's1', reviewId: 'rev-a', findingId: 'rev-a-f3', mime: 'image/png', width: 1, height: 1, blob: pngBlob(), createdAt: b0.review.startedAt }]);
    const text = JSON.stringify(await exportReview('rev-a', a, { screenshots: true }));
    const b = freshDb();
    expect(await importReview(text, b)).toMatchObject({ ok: true });
    const s = (await b.screenshots.get('s1'))!;
    expect(s.blob.type).toBe('image/png');
    expect(new Uint8Array(await s.blob.arrayBuffer())).toEqual(new Uint8Array(await pngBlob().arrayBuffer()));
  });

  it('merges by id: newer edits win, older ones do not, new records are added, nothing is duplicated', async () => {
    const db = freshDb();
    const local = demoBundle();
    // Local: the reviewer edited f2 later than the file; f6 is older locally.
    local.findings = local.findings.map((f) =>
      f.id === 'rev-a-f2' ? { ...f, note: 'local edit', updatedAt: '2026-12-01T00:00:00.000Z' } : f,
    );
    await seed(db, local);
    const incoming = demoBundle();
    incoming.findings = incoming.findings.map((f) =>
      f.id === 'rev-a-f2' ? { ...f, note: 'older remote edit', updatedAt: '2026-11-30T00:00:00.000Z' } : f.id === 'rev-a-f6' ? { ...f, status: 'dismissed', dismissReason: 'remote', updatedAt: '2026-12-02T00:00:00.000Z' } : f,
    );
    incoming.findings.push({ ...incoming.findings[0]!, id: 'rev-a-new', source: 'manual', detector: 'manual', title: 'Remote only', key: 'manual|new' });
    const before = await counts(db);
    const res = await importReview(JSON.stringify(buildExport(incoming)), db);
    expect(res).toEqual({ ok: true, reviewId: 'rev-a', added: 1, updated: 1, unchanged: 1 + 4 + 5 });
    expect(await counts(db)).toEqual({ ...before, findings: before.findings + 1 });
    expect((await db.findings.get('rev-a-f2'))!.note).toBe('local edit');
    expect((await db.findings.get('rev-a-f6'))!).toMatchObject({ status: 'dismissed', dismissReason: 'remote' });
  });

  it('merges an automatic finding found on both sides under different ids by its key (no duplicate)', async () => {
    const db = freshDb();
    const local = demoBundle();
    await seed(db, local);
    const incoming = demoBundle();
    incoming.findings = incoming.findings.map((f) => (f.id === 'rev-a-f1' ? { ...f, id: 'remote-f1', note: 'remote note', updatedAt: '2026-12-05T00:00:00.000Z' } : f));
    const res = await importReview(JSON.stringify(buildExport(incoming)), db);
    expect(res).toMatchObject({ ok: true, added: 0, updated: 1 });
    expect(await db.findings.get('remote-f1')).toBeUndefined();
    expect((await db.findings.get('rev-a-f1'))!.note).toBe('remote note');
  });
});

describe('a malformed or hostile import', () => {
  async function expectNothingWritten(text: string, error: RegExp) {
    const db = freshDb();
    await seed(db, demoBundle('other', 'other.example'));
    const before = await counts(db);
    const snapshot = await getReviewBundle('other', db);
    const res = await importReview(text, db);
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect(await counts(db)).toEqual(before);
    expect(await getReviewBundle('other', db)).toEqual(snapshot);
  }
  const valid = () => JSON.parse(JSON.stringify(buildExport(demoBundle()))) as Record<string, any>;

  it('names the first problem (path and reason) and writes nothing', async () => {
    const bad = valid();
    bad.findings[3].severity = 'apocalyptic';
    await expectNothingWritten(JSON.stringify(bad), /^findings\.3\.severity: /);
    await expectNothingWritten('{"format":"trustlens-review",', /^Not valid JSON/);
    await expectNothingWritten('[]', /^format: /);
    const orphan = valid();
    orphan.findings[0].touchpointId = 'nowhere';
    await expectNothingWritten(JSON.stringify(orphan), /^findings\.0\.touchpointId: no touchpoint "nowhere"/);
    const dup = valid();
    dup.findings[2].id = dup.findings[1].id;
    await expectNothingWritten(JSON.stringify(dup), /^findings\.2\.id: duplicate id/);
    const shot = valid();
    shot.screenshots = [{ id: 's', findingId: 'rev-a-f1', mime: 'image/svg+xml', width: 1, height: 1, dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=', createdAt: 'x' }];
    await expectNothingWritten(JSON.stringify(shot), /^screenshots\.0\.mime: /);
  });

  it('rolls the whole transaction back when a record conflicts with another review', async () => {
    const file = valid();
    file.touchpoints[2].id = 'other-tp-1'; // exists locally under review "other"
    for (const f of file.findings) if (f.touchpointId === 'rev-a-tp-3') f.touchpointId = 'other-tp-1';
    await expectNothingWritten(JSON.stringify(file), /^touchpoints\.2\.id: "other-tp-1" already belongs to another review$/);
  });

  it('rejects prototype keys anywhere (JSON.parse makes them own properties) and pollutes nothing', async () => {
    const attacks = [
      '{"format":"trustlens-review","__proto__":{"polluted":1}}',
      JSON.stringify(valid()).replace('"evidence":{}', '"evidence":{"__proto__":{"polluted":1}}'),
      JSON.stringify(valid()).replace('"evidence":{}', '"evidence":{"constructor":{"prototype":{"polluted":1}}}'),
      JSON.stringify(valid()).replace('"review":{', '"review":{"__proto__":{"isAdmin":true},'),
    ];
    await expectNothingWritten(attacks[0]!, /^__proto__: forbidden key/);
    await expectNothingWritten(attacks[1]!, /^(pages\.\d+\.)?findings\.\d+\.evidence\.__proto__: forbidden key "__proto__"$/);
    await expectNothingWritten(attacks[2]!, /^(pages\.\d+\.)?findings\.\d+\.evidence\.constructor: forbidden key/);
    await expectNothingWritten(attacks[3]!, /^review\.__proto__: forbidden key/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('rejects oversize files, deep nesting and oversized lists before parsing them', async () => {
    expect(parseExport('x'.repeat(IMPORT_LIMITS.chars + 1))).toMatchObject({ ok: false, error: expect.stringMatching(/^\(top level\): file too large/) });
    let deep: unknown = 1;
    for (let i = 0; i < 200; i++) deep = { a: deep };
    const nested = valid();
    nested.findings[0].evidence = { deep };
    await expectNothingWritten(JSON.stringify(nested), /^findings\.0\.evidence\.deep(\.a)+: nested deeper than 40 levels$/);
    expect(findUnsafeStructure(JSON.parse('['.repeat(5000) + ']'.repeat(5000)))).toMatch(/nested deeper/);
    const many = valid();
    many.touchpoints = Array.from({ length: IMPORT_LIMITS.touchpoints + 1 }, (_, i) => ({ ...many.touchpoints[0], id: `t${i}` }));
    await expectNothingWritten(JSON.stringify(many), /^touchpoints: /);
  });
});
