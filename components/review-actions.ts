/**
 * What the review page's buttons do with the other modules: report exports (HTML/JSON/Markdown/CSV, with
 * screenshots), import, compare. Everything is computed locally and saved as a file.
 */
import { db as defaultDb, type TrustlensDb } from '../storage/db';
import { getReviewBundle, type ReviewBundle } from '../storage/reviews';
import { exportReview, screenshotsOf } from '../storage/export';
import { importReview, type ImportResult } from '../storage/import';
import { modelFromBundle } from '../report/model';
import { renderReportHtml } from '../report/html';
import { renderReportMarkdown } from '../report/markdown';
import { renderReportCsv } from '../report/csv';
import { scoreReview, scoreModel } from '../report/score';
import { compareReviews, renderCompareHtml } from '../report/compare';
import { downloadText, fileSafe } from './download';

export type ExportFormat = 'html' | 'json' | 'md' | 'csv';

async function bundleOrThrow(id: string, database: TrustlensDb): Promise<ReviewBundle> {
  const bundle = await getReviewBundle(id, database);
  if (!bundle) throw new Error('This review no longer exists.');
  return bundle;
}

export async function exportAs(reviewId: string, format: ExportFormat, locale: string, database: TrustlensDb = defaultDb()): Promise<void> {
  const bundle = await bundleOrThrow(reviewId, database);
  const base = `trustlens-${fileSafe(bundle.review.site)}`;
  if (format === 'json') {
    const data = await exportReview(reviewId, database, { screenshots: true });
    downloadText(`${base}.json`, JSON.stringify(data, null, 2), 'application/json');
    return;
  }
  const model = modelFromBundle(bundle, locale, new Date(), { screenshots: format === 'html' ? await screenshotsOf(reviewId, database) : [] });
  const score = scoreModel(model);
  if (format === 'html') downloadText(`${base}.html`, renderReportHtml(model, score), 'text/html');
  else if (format === 'md') downloadText(`${base}.md`, renderReportMarkdown(model, score), 'text/markdown');
  else downloadText(`${base}.csv`, renderReportCsv(model, locale), 'text/csv');
}

export async function importFile(file: File, database: TrustlensDb = defaultDb()): Promise<ImportResult> {
  return importReview(await file.text(), database);
}

export async function compareAndSave(aId: string, bId: string, locale: string, database: TrustlensDb = defaultDb()): Promise<void> {
  const [a, b] = await Promise.all([bundleOrThrow(aId, database), bundleOrThrow(bId, database)]);
  downloadText(`trustlens-compare-${fileSafe(a.review.site)}-${fileSafe(b.review.site)}.html`, renderCompareHtml(compareReviews(a, b, locale)), 'text/html');
}

/** The review's trust score (0–100, from open findings), or null when it has no touchpoints. */
export function reviewScore(bundle: ReviewBundle, locale: string): number | null {
  if (!bundle.touchpoints.length) return null;
  return scoreReview(bundle, locale).review.score;
}
