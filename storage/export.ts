/**
 * The JSON export: the CLI's `{ schemaVersion, pages }` extended with the review, its touchpoints and
 * every stored finding (automatic and manual, with status). Validated by Zod on the way out and in.
 */
import { z } from 'zod';
import { AuditResult, type Finding } from '../engine/result';
import { Review, StoredFinding, Touchpoint } from './records';
import type { ReviewBundle } from './reviews';

export const EXPORT_FORMAT = 'trustlens-review';

export const ScreenshotExport = z.object({
  id: z.string().max(100),
  findingId: z.string().max(100),
  mime: z.string().max(40),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  dataUrl: z.string().regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/),
  createdAt: z.string(),
});
export type ScreenshotExport = z.infer<typeof ScreenshotExport>;

export const ReviewExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(1),
  exportedAt: z.string(),
  pages: z.array(AuditResult),
  review: Review,
  touchpoints: z.array(Touchpoint),
  findings: z.array(StoredFinding),
  screenshots: z.array(ScreenshotExport).default([]),
});
export type ReviewExport = z.infer<typeof ReviewExport>;

export function toFinding(f: StoredFinding): Finding {
  return {
    detector: f.detector,
    category: f.category,
    severity: f.severity,
    selector: f.selector,
    snippet: f.snippet,
    message: f.title ? `${f.title}: ${f.message}` : f.message,
    evidence: f.evidence,
  };
}

/** The AuditResult view of each touchpoint: open findings only, as the CLI writes them. */
export function pagesOf(bundle: ReviewBundle): AuditResult[] {
  return bundle.touchpoints.map((t) => ({
    url: t.url,
    title: t.title,
    lang: t.lang,
    scannedAt: t.scannedAt,
    durationMs: t.durationMs,
    pageKind: t.pageKind,
    forms: t.forms,
    contact: t.contact ?? { phones: [], emails: [], addresses: [], contactLinks: [], chat: false },
    findings: bundle.findings.filter((f) => f.touchpointId === t.id && f.status === 'open').map(toFinding),
    skipped: t.skipped,
  }));
}

export function buildExport(bundle: ReviewBundle, screenshots: ScreenshotExport[] = [], now = new Date()): ReviewExport {
  return ReviewExport.parse({
    format: EXPORT_FORMAT,
    schemaVersion: 1,
    exportedAt: now.toISOString(),
    pages: pagesOf(bundle),
    review: bundle.review,
    touchpoints: bundle.touchpoints,
    findings: bundle.findings,
    screenshots,
  });
}

/** A readable description of the first problem in an import ("findings.3.severity: Invalid option"). */
export function describeIssue(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The file is not a Trustlens review export.';
  const path = first.path.length ? first.path.join('.') : '(top level)';
  return `${path}: ${first.message}`;
}

export type ParseResult = { ok: true; value: ReviewExport } | { ok: false; error: string };

/** Parses an import file's text. Never throws; names the first problem. */
export function parseExport(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: `format: expected "${EXPORT_FORMAT}" (is this a Trustlens review export?)` };
  }
  const parsed = ReviewExport.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describeIssue(parsed.error) };
}
