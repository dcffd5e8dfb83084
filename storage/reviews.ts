/**
 * The operations the UI and the background call. Each write is one Dexie transaction:
 * a save either lands whole or not at all.
 */
import type { AuditResult, Finding } from '../engine/result';
import { db as defaultDb, type TrustlensDb } from './db';
import { Review, StoredFinding, Touchpoint } from './records';
import { JOURNEY_DETECTORS } from '../engine/detectors/index';
import { runJourney, type JourneyPage } from '../engine/journey';

/** Ids of journey detectors: their findings belong to the review's journey, not to one page's scan. */
const JOURNEY_IDS: ReadonlySet<string> = new Set(JOURNEY_DETECTORS.map((d) => d.meta.id));

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

/** Stable identity of an automatic finding within a touchpoint. */
export function findingKey(f: Pick<Finding, 'detector' | 'selector' | 'evidence'>): string {
  const text = typeof f.evidence?.text === 'string' ? f.evidence.text.slice(0, 500) : '';
  return `${f.detector}|${f.selector ?? ''}|${text}`;
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

export interface SaveScanResult {
  touchpoint: Touchpoint;
  findings: StoredFinding[];
}

/**
 * Saves one scanned page as a touchpoint of the review. Rescanning the same URL updates its touchpoint:
 * findings the reviewer edited or dismissed stay as they are, unedited ones are refreshed, ones that
 * disappeared are removed, manual findings are never touched.
 */
export interface SaveScanOptions {
  /** Language of the journey findings' messages (the reviewer's), default English. */
  locale?: string;
}

export async function saveScan(
  reviewId: string,
  result: AuditResult,
  database: TrustlensDb = defaultDb(),
  options: SaveScanOptions = {},
): Promise<SaveScanResult> {
  return database.transaction('rw', database.reviews, database.touchpoints, database.findings, async () => {
    const review = await database.reviews.get(reviewId);
    if (!review) throw new Error(`Review ${reviewId} does not exist.`);
    const now = nowIso();
    const url = normalizeUrl(result.url);
    const existing = await database.touchpoints.where('reviewId').equals(reviewId).toArray();
    const same = existing.find((t) => t.channel === 'web' && normalizeUrl(t.url) === url);
    const order = same?.order ?? existing.reduce((m, t) => Math.max(m, t.order), 0) + 1;
    const touchpoint = Touchpoint.parse({
      id: same?.id ?? newId(),
      reviewId,
      order,
      channel: 'web',
      url: result.url,
      title: result.title,
      lang: result.lang,
      pageKind: result.pageKind ?? 'other',
      scannedAt: result.scannedAt,
      durationMs: result.durationMs,
      forms: result.forms,
      contact: result.contact,
      skipped: result.skipped,
      notes: same?.notes ?? '',
      facts: result.facts ?? null,
    });
    await database.touchpoints.put(touchpoint);

    const old = same ? await database.findings.where('touchpointId').equals(touchpoint.id).toArray() : [];
    const oldAuto = old.filter((f) => f.source === 'auto' && !JOURNEY_IDS.has(f.detector));
    const found = result.findings.map((finding) => ({ finding, key: findingKey(finding), touchpointId: touchpoint.id }));
    const { put, gone } = mergeAutoFindings(reviewId, found, oldAuto, now);
    if (gone.length) await database.findings.bulkDelete(gone);
    if (put.length) await database.findings.bulkPut(put);
    await saveJourneyFindings(database, reviewId, now, options.locale ?? 'en');
    await database.reviews.update(reviewId, { updatedAt: now });
    const findings = await database.findings.where('touchpointId').equals(touchpoint.id).toArray();
    return { touchpoint, findings };
  });
}

/**
 * Runs the journey detectors over every web touchpoint of the review (journey order) and stores their
 * findings on the later page of each comparison. Called inside saveScan's transaction. A finding keeps its
 * id, status and createdAt across rescans (same key); edited ones are left as the reviewer made them;
 * unedited ones that no longer hold are removed.
 */
async function saveJourneyFindings(database: TrustlensDb, reviewId: string, now: string, locale: string): Promise<void> {
  const touchpoints = (await database.touchpoints.where('reviewId').equals(reviewId).toArray())
    .filter((t) => t.channel === 'web')
    .sort((a, b) => a.order - b.order);
  const pages: JourneyPage[] = touchpoints.map((t) => ({
    touchpointId: t.id,
    order: t.order,
    url: t.url,
    title: t.title,
    pageKind: t.pageKind,
    facts: t.facts ?? null,
  }));
  const found = runJourney(pages, { locale });
  const old = (await database.findings.where('reviewId').equals(reviewId).toArray()).filter(
    (f) => f.source === 'auto' && JOURNEY_IDS.has(f.detector),
  );
  const { put, gone } = mergeAutoFindings(
    reviewId,
    found.map((f) => ({ finding: { ...f, selector: null }, key: f.key, touchpointId: pages[f.at]!.touchpointId! })),
    old,
    now,
  );
  if (gone.length) await database.findings.bulkDelete(gone);
  if (put.length) await database.findings.bulkPut(put);
}

/**
 * Merges a fresh set of automatic findings with the stored ones of the same scope: a finding the reviewer
 * edited stays as they left it; one seen again keeps its id, status, dismissal and createdAt; stored unedited
 * ones not seen again are to be deleted. Keys that repeat get #2, #3… so each finding keeps its own identity.
 */
function mergeAutoFindings(
  reviewId: string,
  found: { finding: Finding; key: string; touchpointId: string }[],
  old: StoredFinding[],
  now: string,
): { put: StoredFinding[]; gone: string[] } {
  const oldByKey = new Map(old.map((f) => [f.key, f]));
  const seen = new Set<string>();
  const put: StoredFinding[] = [];
  for (const { finding: f, key: base, touchpointId } of found) {
    let key = base;
    for (let n = 2; seen.has(key); n++) key = `${base}#${n}`;
    seen.add(key);
    const prior = oldByKey.get(key);
    if (prior?.edited) continue;
    put.push(
      StoredFinding.parse({
        id: prior?.id ?? newId(),
        reviewId,
        touchpointId,
        source: 'auto',
        detector: f.detector,
        category: f.category,
        severity: f.severity,
        selector: f.selector,
        snippet: f.snippet,
        title: '',
        message: f.message,
        evidence: f.evidence,
        status: prior?.status ?? 'open',
        dismissReason: prior?.dismissReason ?? '',
        key,
        createdAt: prior?.createdAt ?? now,
        updatedAt: now,
      }),
    );
  }
  return { put, gone: old.filter((f) => !seen.has(f.key) && !f.edited).map((f) => f.id) };
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
