/**
 * The report as CSV: one row per finding (open and dismissed), for spreadsheets and trackers.
 * RFC 4180: every field quoted, quotes doubled, CRLF between records; UTF-8 with a byte-order mark so
 * Excel reads Turkish and Persian text correctly.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return that
 * hides one) as a formula — page text like `=HYPERLINK("http://evil",…)` would become a live link or
 * worse. Such cells get a leading apostrophe ('), which spreadsheets treat as "this is text" and hide.
 * (OWASP "CSV Injection".) The apostrophe stays in the data; strip it when parsing back if needed.
 */
import type { ReviewBundle } from '../storage/reviews';
import { modelFromBundle, type ReportModel } from './model';
import { scoreModel } from './score';

export const CSV_COLUMNS = [
  'review_id',
  'review',
  'touchpoint',
  'url',
  'page_title',
  'category',
  'severity',
  'status',
  'source',
  'detector',
  'title',
  'message',
  'evidence',
  'selector',
  'note',
  'dismiss_reason',
  'deduction',
  'created',
  'updated',
] as const;

const BOM = '\uFEFF';

/** Neutralises spreadsheet formulas: see the file comment. */
export function csvSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string | number): string {
  return `"${csvSafe(String(value)).replace(/"/g, '""')}"`;
}

function isBundle(x: ReportModel | ReviewBundle): x is ReviewBundle {
  return 'review' in x && 'findings' in x;
}

/** One row per finding. Accepts a report model or a stored review (titles in `locale`). */
export function renderReportCsv(input: ReportModel | ReviewBundle, locale = 'en'): string {
  const model = isBundle(input) ? modelFromBundle(input, locale) : input;
  const score = scoreModel(model);
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  model.touchpoints.forEach((tp, i) => {
    const points = new Map(score.touchpoints[i]?.score.deductions.map((d) => [d.findingId, d.points]) ?? []);
    for (const f of tp.findings) {
      rows.push([
        model.reviewId,
        model.site,
        tp.order,
        tp.url,
        tp.title,
        f.category,
        f.severity,
        f.status,
        f.source,
        f.detector,
        f.title,
        f.message,
        f.evidenceText,
        f.selector ?? '',
        f.note,
        f.dismissReason,
        points.get(f.id) ?? 0,
        f.createdAt,
        f.updatedAt,
      ]);
    }
  });
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
