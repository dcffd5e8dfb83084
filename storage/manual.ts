/**
 * The reviewer's own work on a review: manual findings (picked on a page or written for an off-site
 * touchpoint), screenshots, off-site touchpoints (phone call, email, chat), edits of the review itself,
 * and deletions that can be undone (each delete returns a snapshot that `restoreSnapshot` puts back).
 * Every write is one Dexie transaction and every record is validated by its Zod schema.
 */
import Dexie from 'dexie';
import type { Category, Severity } from '../engine/result';
import { db as defaultDb, type TrustlensDb } from './db';
import { Review, Screenshot, StoredFinding, Touchpoint } from './records';
import { newId, normalizeUrl, nowIso } from './reviews';


export { parseTags } from '../components/tags';

async function nextOrder(reviewId: string, database: TrustlensDb): Promise<number> {
  const all = await database.touchpoints.where('reviewId').equals(reviewId).toArray();
  return all.reduce((m, t) => Math.max(m, t.order), 0) + 1;
}

/**
 * The web touchpoint of `url` in this review; created (unscanned: no forms, no contact facts) when the
 * reviewer picks an element on a page they have not scanned. A later scan of the page fills it in.
 */
export async function touchpointForPage(
  reviewId: string,
  page: { url: string; title: string; lang?: string },
  database: TrustlensDb = defaultDb(),
): Promise<Touchpoint> {
  return database.transaction('rw', database.reviews, database.touchpoints, async () => {
    if (!(await database.reviews.get(reviewId))) throw new Error(`Review ${reviewId} does not exist.`);
    const url = normalizeUrl(page.url);
    const existing = await database.touchpoints.where('reviewId').equals(reviewId).toArray();
    const same = existing.find((t) => t.channel === 'web' && normalizeUrl(t.url) === url);
    if (same) return same;
    const touchpoint = Touchpoint.parse({
      id: newId(),
      reviewId,
      order: existing.reduce((m, t) => Math.max(m, t.order), 0) + 1,
      channel: 'web',
      url: page.url,
      title: page.title.slice(0, 2000),
      lang: page.lang ?? '',
      scannedAt: nowIso(),
    });
    await database.touchpoints.add(touchpoint);
    return touchpoint;
  });
}

export type OffsiteChannel = 'phone' | 'email' | 'chat' | 'other';

export interface OffsiteTouchpointInput {
  reviewId: string;
  channel: OffsiteChannel;
  /** What happened, in a line: "Called the hotline about a return". */
  title: string;
  notes?: string;
  /** When it happened (ISO); now when not given. */
  at?: string;
}

/** A touchpoint the reviewer adds by hand, after the pages scanned so far. */
export async function addOffsiteTouchpoint(input: OffsiteTouchpointInput, database: TrustlensDb = defaultDb()): Promise<Touchpoint> {
  return database.transaction('rw', database.reviews, database.touchpoints, async () => {
    if (!(await database.reviews.get(input.reviewId))) throw new Error(`Review ${input.reviewId} does not exist.`);
    const now = nowIso();
    const touchpoint = Touchpoint.parse({
      id: newId(),
      reviewId: input.reviewId,
      order: await nextOrder(input.reviewId, database),
      channel: input.channel,
      url: '',
      title: input.title.trim() || input.channel,
      scannedAt: input.at ?? now,
      notes: input.notes?.trim() ?? '',
    });
    await database.touchpoints.add(touchpoint);
    await database.reviews.update(input.reviewId, { updatedAt: now });
    return touchpoint;
  });
}

export type TouchpointPatch = Partial<Pick<Touchpoint, 'title' | 'notes' | 'channel'>>;

export async function updateTouchpoint(id: string, patch: TouchpointPatch, database: TrustlensDb = defaultDb()): Promise<Touchpoint> {
  return database.transaction('rw', database.touchpoints, database.reviews, async () => {
    const prior = await database.touchpoints.get(id);
    if (!prior) throw new Error(`Touchpoint ${id} does not exist.`);
    const next = Touchpoint.parse({ ...prior, ...patch });
    await database.touchpoints.put(next);
    await database.reviews.update(prior.reviewId, { updatedAt: nowIso() });
    return next;
  });
}

export type ReviewPatch = Partial<Pick<Review, 'site' | 'task' | 'reviewer' | 'verdict'>>;

/** Edits the review's own fields (the overall verdict note among them). */
export async function updateReview(id: string, patch: ReviewPatch, database: TrustlensDb = defaultDb()): Promise<Review> {
  return database.transaction('rw', database.reviews, async () => {
    const prior = await database.reviews.get(id);
    if (!prior) throw new Error(`Review ${id} does not exist.`);
    const next = Review.parse({ ...prior, ...patch, updatedAt: nowIso() });
    await database.reviews.put(next);
    return next;
  });
}

export interface ManualFindingInput {
  reviewId: string;
  touchpointId: string;
  title: string;
  note?: string;
  category: Category;
  severity: Severity;
  tags?: string[];
  /** The picked element (null for an off-site touchpoint or the page as a whole). */
  selector?: string | null;
  /** Visible text of the element — never a form field's value. */
  snippet?: string;
}

export async function addManualFinding(input: ManualFindingInput, database: TrustlensDb = defaultDb()): Promise<StoredFinding> {
  return database.transaction('rw', database.reviews, database.touchpoints, database.findings, async () => {
    const tp = await database.touchpoints.get(input.touchpointId);
    if (!tp || tp.reviewId !== input.reviewId) throw new Error(`Touchpoint ${input.touchpointId} is not part of review ${input.reviewId}.`);
    const now = nowIso();
    const id = newId();
    const finding = StoredFinding.parse({
      id,
      reviewId: input.reviewId,
      touchpointId: input.touchpointId,
      source: 'manual',
      detector: 'manual',
      category: input.category,
      severity: input.severity,
      selector: input.selector ?? null,
      snippet: (input.snippet ?? '').slice(0, 2000),
      title: input.title.trim().slice(0, 500) || 'Manual finding',
      message: input.note?.trim() ?? '',
      note: input.note?.trim() ?? '',
      tags: input.tags ?? [],
      key: `manual|${id}`,
      createdAt: now,
      updatedAt: now,
    });
    await database.findings.add(finding);
    await database.reviews.update(input.reviewId, { updatedAt: now });
    return finding;
  });
}

export interface ScreenshotInput {
  reviewId: string;
  findingId: string;
  blob: Blob;
  width: number;
  height: number;
}

export async function saveScreenshot(input: ScreenshotInput, database: TrustlensDb = defaultDb()): Promise<Screenshot> {
  const shot = Screenshot.parse({
    id: newId(),
    reviewId: input.reviewId,
    findingId: input.findingId,
    mime: input.blob.type || 'image/png',
    width: Math.round(input.width),
    height: Math.round(input.height),
    blob: input.blob,
    createdAt: nowIso(),
  });
  await database.transaction('rw', database.findings, database.screenshots, async () => {
    const f = await database.findings.get(input.findingId);
    if (!f || f.reviewId !== input.reviewId) throw new Error(`Finding ${input.findingId} is not part of review ${input.reviewId}.`);
    await database.screenshots.add(shot);
  });
  return shot;
}

export async function screenshotsOfReview(reviewId: string, database: TrustlensDb = defaultDb()): Promise<Screenshot[]> {
  return database.screenshots.where('reviewId').equals(reviewId).toArray();
}

/** What a delete removed, so that Undo can put it back exactly. */
export interface Snapshot {
  reviews: Review[];
  touchpoints: Touchpoint[];
  findings: StoredFinding[];
  screenshots: Screenshot[];
}

function tables(database: TrustlensDb) {
  return [database.reviews, database.touchpoints, database.findings, database.screenshots];
}

/** Deletes findings (and their screenshots); returns what was removed. */
export async function deleteFindings(ids: readonly string[], database: TrustlensDb = defaultDb()): Promise<Snapshot> {
  return database.transaction('rw', tables(database), async () => {
    const findings = (await database.findings.bulkGet([...ids])).filter((f): f is StoredFinding => !!f);
    const screenshots = await database.screenshots.where('findingId').anyOf(findings.map((f) => f.id)).toArray();
    await database.screenshots.bulkDelete(screenshots.map((s) => s.id));
    await database.findings.bulkDelete(findings.map((f) => f.id));
    const now = nowIso();
    for (const reviewId of new Set(findings.map((f) => f.reviewId))) await database.reviews.update(reviewId, { updatedAt: now });
    return { reviews: [], touchpoints: [], findings, screenshots };
  });
}

/** Deletes a touchpoint with its findings and screenshots; returns what was removed. */
export async function deleteTouchpoint(id: string, database: TrustlensDb = defaultDb()): Promise<Snapshot> {
  return database.transaction('rw', tables(database), async () => {
    const tp = await database.touchpoints.get(id);
    if (!tp) return { reviews: [], touchpoints: [], findings: [], screenshots: [] };
    const findings = await database.findings.where('touchpointId').equals(id).toArray();
    const screenshots = await database.screenshots.where('findingId').anyOf(findings.map((f) => f.id)).toArray();
    await database.screenshots.bulkDelete(screenshots.map((s) => s.id));
    await database.findings.bulkDelete(findings.map((f) => f.id));
    await database.touchpoints.delete(id);
    await database.reviews.update(tp.reviewId, { updatedAt: nowIso() });
    return { reviews: [], touchpoints: [tp], findings, screenshots };
  });
}

/** Deletes a whole review; returns everything it held. */
export async function deleteReviewWithUndo(id: string, database: TrustlensDb = defaultDb()): Promise<Snapshot> {
  return database.transaction('rw', tables(database), async () => {
    const review = await database.reviews.get(id);
    const touchpoints = await database.touchpoints.where('reviewId').equals(id).toArray();
    const findings = await database.findings.where('reviewId').equals(id).toArray();
    const screenshots = await database.screenshots.where('reviewId').equals(id).toArray();
    await database.screenshots.where('reviewId').equals(id).delete();
    await database.findings.where('reviewId').equals(id).delete();
    await database.touchpoints.where('reviewId').equals(id).delete();
    await database.reviews.delete(id);
    return { reviews: review ? [review] : [], touchpoints, findings, screenshots };
  });
}

/** Undo: puts back what a delete removed (records are validated again on the way in). */
export async function restoreSnapshot(snapshot: Snapshot, database: TrustlensDb = defaultDb()): Promise<void> {
  await database.transaction('rw', tables(database), async () => {
    if (snapshot.reviews.length) await database.reviews.bulkPut(snapshot.reviews.map((r) => Review.parse(r)));
    if (snapshot.touchpoints.length) await database.touchpoints.bulkPut(snapshot.touchpoints.map((t) => Touchpoint.parse(t)));
    if (snapshot.findings.length) await database.findings.bulkPut(snapshot.findings.map((f) => StoredFinding.parse(f)));
    if (snapshot.screenshots.length) await database.screenshots.bulkPut(snapshot.screenshots.map((s) => Screenshot.parse(s)));
  });
}

export interface PageSummary {
  review: Review;
  touchpointCount: number;
  /** This page's touchpoint, when it has been scanned (or picked on). */
  touchpoint: Touchpoint | null;
  /** This page's open findings, most severe first, at most `limit`. */
  findings: StoredFinding[];
  /** How many open findings the page has in all. */
  openCount: number;
}

/** A page summary read without counting: `openCount` is null when the page has more open findings than were read. */
export type PageFindings = Omit<PageSummary, 'openCount'> & { openCount: number | null };

const SEVERITY_ORDER = ['critical', 'serious', 'moderate', 'minor'] as const;

/**
 * What the popup shows first for the page in its tab: read through indexes (no whole-review read), so the
 * popup opens fast on a review with 10,000 findings. Counting a page's open findings walks every one of them
 * (IndexedDB counts by iterating), so it is left to `openFindingCount` unless the page has fewer than `limit`,
 * in which case they were all read and the count is known.
 */
export async function pageFindings(reviewId: string, url: string, limit = 50, database: TrustlensDb = defaultDb()): Promise<PageFindings | null> {
  return database.transaction('r', database.reviews, database.touchpoints, database.findings, async () => {
    const [review, tps] = await Promise.all([
      database.reviews.get(reviewId),
      database.touchpoints.where('reviewId').equals(reviewId).toArray(),
    ]);
    if (!review) return null;
    const want = normalizeUrl(url);
    const touchpoint = tps.find((t) => t.channel === 'web' && normalizeUrl(t.url) === want) ?? null;
    const findings: StoredFinding[] = [];
    if (touchpoint) {
      // The first `limit` open findings, most severe first (schema v2 index).
      const index = database.findings.where('[touchpointId+status+severity]');
      for (const severity of SEVERITY_ORDER) {
        if (findings.length >= limit) break;
        findings.push(...(await index.equals([touchpoint.id, 'open', severity]).limit(limit - findings.length).toArray()));
      }
    }
    return { review, touchpointCount: tps.length, touchpoint, findings, openCount: findings.length < limit ? findings.length : null };
  });
}

/** How many open findings a touchpoint has (counted through the schema v2 index). */
export async function openFindingCount(touchpointId: string, database: TrustlensDb = defaultDb()): Promise<number> {
  return database.findings
    .where('[touchpointId+status+severity]')
    .between([touchpointId, 'open', Dexie.minKey], [touchpointId, 'open', Dexie.maxKey])
    .count();
}

/** The page summary with its count: `pageFindings`, then `openFindingCount` when that is still unknown. */
export async function pageSummary(reviewId: string, url: string, limit = 50, database: TrustlensDb = defaultDb()): Promise<PageSummary | null> {
  return database.transaction('r', database.reviews, database.touchpoints, database.findings, async () => {
    const page = await pageFindings(reviewId, url, limit, database);
    if (!page) return null;
    const openCount = page.openCount ?? (page.touchpoint ? await openFindingCount(page.touchpoint.id, database) : 0);
    return { ...page, openCount };
  });
}
