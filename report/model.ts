/**
 * The report model: what the HTML, Markdown and CSV exporters render, built either from a stored review
 * (popup, review page) or from plain audit results (the CLI). Detector metadata supplies title, why and fix.
 */
import { detectorMetaById } from '../engine/detectors/index';
import { pick } from '../engine/i18n';
import type { AuditResult, Category, Finding, Severity } from '../engine/result';
import type { ReviewBundle } from '../storage/reviews';
import { bySeverity } from '../components/severity';
import { reportStrings } from './strings';

export interface ReportFinding {
  id: string;
  detector: string;
  source: 'auto' | 'manual';
  category: Category;
  severity: Severity;
  status: 'open' | 'dismissed';
  dismissReason: string;
  title: string;
  message: string;
  why: string;
  fix: string;
  selector: string | null;
  snippet: string;
  evidenceText: string;
  note: string;
  /** ISO times; '' when unknown (CLI audits). */
  createdAt: string;
  updatedAt: string;
  /** Screenshots as data URLs (data:image/png|jpeg|webp;base64,…), shown in the HTML report. */
  screenshots?: ReportScreenshot[];
}

export interface ReportScreenshot {
  dataUrl: string;
  width: number;
  height: number;
}

/** Only these data URLs become <img src>; anything else is dropped (the report's CSP allows img-src data: only). */
export const SAFE_IMAGE_DATA_URL = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/;

export interface ModelOptions {
  /** Screenshots to show beside their findings (storage/export.ts screenshotsOf). */
  screenshots?: readonly { findingId: string; dataUrl: string; width: number; height: number }[];
}

export interface ReportTouchpoint {
  order: number;
  url: string;
  title: string;
  pageKind: string;
  scannedAt: string;
  channel: string;
  findings: ReportFinding[];
  skipped: string[];
}

export interface ReportModel {
  /** The stored review's id; '' for a CLI audit. */
  reviewId: string;
  title: string;
  site: string;
  task: string;
  reviewer: string;
  verdict: string;
  startedAt: string;
  endedAt: string | null;
  generatedAt: string;
  lang: string;
  touchpoints: ReportTouchpoint[];
}

function describe(detector: string, locale: string): { title: string; why: string; fix: string } {
  const meta = detectorMetaById(detector);
  return meta
    ? { title: pick(meta.title, locale), why: pick(meta.why, locale), fix: pick(meta.fix, locale) }
    : { title: detector, why: '', fix: '' };
}

/** The fields a report finding takes from any finding (stored or fresh from an audit) and its detector. */
function shared(f: Pick<Finding, 'detector' | 'category' | 'severity' | 'message' | 'selector' | 'snippet' | 'evidence'>, d: { why: string; fix: string }) {
  return {
    detector: f.detector,
    category: f.category,
    severity: f.severity,
    message: f.message,
    why: d.why,
    fix: d.fix,
    selector: f.selector,
    snippet: f.snippet,
    evidenceText: typeof f.evidence.text === 'string' ? f.evidence.text : '',
  };
}

/** A manual finding without a title is named by the start of its message. */
function shorten(s: string, max = 80): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function modelFromBundle(bundle: ReviewBundle, locale = 'en', now = new Date(), options: ModelOptions = {}): ReportModel {
  const shots = new Map<string, ReportScreenshot[]>();
  for (const s of options.screenshots ?? []) {
    if (!SAFE_IMAGE_DATA_URL.test(s.dataUrl)) continue;
    const list = shots.get(s.findingId) ?? [];
    list.push({ dataUrl: s.dataUrl, width: s.width, height: s.height });
    shots.set(s.findingId, list);
  }
  return {
    reviewId: bundle.review.id,
    title: `${reportStrings(locale).reviewTitle}: ${bundle.review.site}`,
    site: bundle.review.site,
    task: bundle.review.task,
    reviewer: bundle.review.reviewer,
    verdict: bundle.review.verdict,
    startedAt: bundle.review.startedAt,
    endedAt: bundle.review.endedAt,
    generatedAt: now.toISOString(),
    lang: locale,
    touchpoints: [...bundle.touchpoints].sort((a, b) => a.order - b.order || a.scannedAt.localeCompare(b.scannedAt)).map((t) => ({
      order: t.order,
      url: t.url,
      title: t.title,
      pageKind: t.pageKind,
      scannedAt: t.scannedAt,
      channel: t.channel,
      skipped: t.skipped.map((s) => s.reason),
      findings: bundle.findings
        .filter((f) => f.touchpointId === t.id)
        .map((f) => {
          const d = describe(f.detector, locale);
          return {
            ...shared(f, d),
            id: f.id,
            source: f.source,
            status: f.status,
            dismissReason: f.dismissReason,
            title: f.title || (f.source === 'manual' || !detectorMetaById(f.detector) ? shorten(f.message) || d.title : d.title),
            note: f.note,
            createdAt: f.createdAt,
            updatedAt: f.updatedAt,
            ...(shots.has(f.id) ? { screenshots: shots.get(f.id)! } : {}),
          };
        })
        .sort(bySeverity),
    })),
  };
}

export function modelFromAudits(pages: AuditResult[], locale = 'en', now = new Date()): ReportModel {
  const first = pages[0];
  let site = '';
  try {
    site = first ? new URL(first.url).host || first.url : '';
  } catch {
    site = first?.url ?? '';
  }
  return {
    reviewId: '',
    title: `Trust-friction audit${site ? `: ${site}` : ''}`,
    site,
    task: '',
    reviewer: '',
    verdict: '',
    startedAt: first?.scannedAt ?? now.toISOString(),
    endedAt: pages[pages.length - 1]?.scannedAt ?? null,
    generatedAt: now.toISOString(),
    lang: locale,
    touchpoints: pages.map((p, i) => ({
      order: i + 1,
      url: p.url,
      title: p.title,
      pageKind: p.pageKind ?? 'other',
      scannedAt: p.scannedAt,
      channel: 'web',
      skipped: p.skipped.map((s) => s.reason),
      findings: p.findings
        .map((f, j) => {
          const d = describe(f.detector, locale);
          return {
            ...shared(f, d),
            id: `${i + 1}-${j + 1}`,
            source: 'auto' as const,
            status: 'open' as const,
            dismissReason: '',
            title: d.title,
            note: '',
            createdAt: p.scannedAt,
            updatedAt: p.scannedAt,
          };
        })
        .sort(bySeverity),
    })),
  };
}
