/**
 * Saving a scanned page into a review (kept apart from storage/reviews.ts because it runs the journey
 * detectors: extension pages that only read and edit reviews, like the popup, do not load them).
 */
import type { AuditResult, Finding } from '../engine/result';
import { JOURNEY_DETECTORS } from '../engine/detectors/index';
import { runJourney, type JourneyPage } from '../engine/journey';
import { db as defaultDb, type TrustlensDb } from './db';
import { StoredFinding, Touchpoint } from './records';
import { newId, normalizeUrl, nowIso } from './reviews';

/** Ids of journey detectors: their findings belong to the review's journey, not to one page's scan. */
const JOURNEY_IDS: ReadonlySet<string> = new Set(JOURNEY_DETECTORS.map((d) => d.meta.id));

/** Stable identity of an automatic finding within a touchpoint. */
export function findingKey(f: Pick<Finding, 'detector' | 'selector' | 'evidence'>): string {
  const text = typeof f.evidence?.text === 'string' ? f.evidence.text.slice(0, 500) : '';
  return `${f.detector}|${f.selector ?? ''}|${text}`;
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
