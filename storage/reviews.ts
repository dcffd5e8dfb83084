/**
 * The operations the UI and the background call. Each write is one Dexie transaction:
 * a save either lands whole or not at all. Saving a scanned page is in storage/scans.ts (it runs the
 * journey detectors, which pages that only read and edit reviews should not load).
 */
import { db as defaultDb, type TrustlensDb } from './db';
import { Review, StoredFinding, type Touchpoint } from './records';

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

export interface StartReviewInput {
  site: string;
  task?: string;
  reviewer?: string;
}

export async function startReview(input: StartReviewInput, database: TrustlensDb = defaultDb()): Promise<Review> {
  const now = nowIso();
  const review = Review.parse({
    id: newId(),
    site: input.site.trim() || 'Untitled site',
    task: input.task?.trim() ?? '',
    reviewer: input.reviewer?.trim() ?? '',
    startedAt: now,
    endedAt: null,
    verdict: '',
    status: 'active',
    updatedAt: now,
  });
  await database.reviews.add(review);
  return review;
}

export async function endReview(id: string, verdict?: string, database: TrustlensDb = defaultDb()): Promise<void> {
  const now = nowIso();
  await database.reviews.update(id, {
    status: 'ended',
    endedAt: now,
    updatedAt: now,
    ...(verdict !== undefined ? { verdict } : {}),
  });
}

export async function listReviews(database: TrustlensDb = defaultDb()): Promise<Review[]> {
  return (await database.reviews.orderBy('startedAt').reverse().toArray());
}

export interface ReviewBundle {
  review: Review;
  touchpoints: Touchpoint[];
  findings: StoredFinding[];
}

export async function getReviewBundle(id: string, database: TrustlensDb = defaultDb()): Promise<ReviewBundle | null> {
  return database.transaction('r', database.reviews, database.touchpoints, database.findings, async () => {
    const review = await database.reviews.get(id);
    if (!review) return null;
    const touchpoints = await database.touchpoints.where('[reviewId+order]').between([id, -Infinity], [id, Infinity]).toArray();
    const findings = await database.findings.where('reviewId').equals(id).toArray();
    return { review, touchpoints, findings };
  });
}

/** A page URL without its #fragment: the same touchpoint however the reviewer arrived. */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.toString();
  } catch {
    return url;
  }
}

export async function dismissFinding(id: string, reason: string, database: TrustlensDb = defaultDb()): Promise<void> {
  await updateFinding(id, { status: 'dismissed', dismissReason: reason.trim() }, database);
}

export async function restoreFinding(id: string, database: TrustlensDb = defaultDb()): Promise<void> {
  await updateFinding(id, { status: 'open', dismissReason: '' }, database);
}

export type FindingPatch = Partial<Pick<StoredFinding, 'severity' | 'category' | 'title' | 'message' | 'note' | 'tags' | 'status' | 'dismissReason'>>;

export async function updateFinding(id: string, patch: FindingPatch, database: TrustlensDb = defaultDb()): Promise<StoredFinding> {
  return database.transaction('rw', database.findings, database.reviews, async () => {
    const prior = await database.findings.get(id);
    if (!prior) throw new Error(`Finding ${id} does not exist.`);
    const now = nowIso();
    const next = StoredFinding.parse({ ...prior, ...patch, edited: true, updatedAt: now });
    await database.findings.put(next);
    await database.reviews.update(prior.reviewId, { updatedAt: now });
    return next;
  });
}

export async function deleteReview(id: string, database: TrustlensDb = defaultDb()): Promise<void> {
  await database.transaction('rw', [database.reviews, database.touchpoints, database.findings, database.screenshots], async () => {
    await database.findings.where('reviewId').equals(id).delete();
    await database.touchpoints.where('reviewId').equals(id).delete();
    await database.screenshots.where('reviewId').equals(id).delete();
    await database.reviews.delete(id);
  });
}
