/**
 * The report API the popup and the review page call (kept out of the content script).
 *   renderReportHtml(model) · renderReportMarkdown(model) · renderReportCsv(bundle | model)
 *   scoreReview(bundle) · compareReviews(a, b) · renderCompareHtml(cmp)
 *   importReview(text, db) (storage/import.ts) · exportReview(id, db, { screenshots }) (storage/export.ts)
 * Models come from modelFromBundle(bundle, locale, now, { screenshots: await screenshotsOf(id, db) }).
 */
export { modelFromBundle, modelFromAudits, type ReportModel, type ReportFinding, type ReportTouchpoint } from './model';
export { renderReportHtml, REPORT_CSP } from './html';
export { renderReportMarkdown } from './markdown';
export { renderReportCsv, CSV_COLUMNS } from './csv';
export { scoreReview, scoreModel, formatDeduction, SEVERITY_WEIGHT, SEVERITY_DECAY, SEVERITY_CAP, type ReportScore, type Score, type Deduction } from './score';
export { compareReviews, renderCompareHtml, type Comparison } from './compare';
export { importReview, type ImportResult } from '../storage/import';
export { exportReview, screenshotsOf, buildExport, parseExport } from '../storage/export';
