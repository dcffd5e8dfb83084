/**
 * The report model: what the HTML, Markdown and CSV exporters render, built either from a stored review
 * (popup, review page) or from plain audit results (the CLI). Detector metadata supplies title, why and fix.
 */
import { detectorById } from '../engine/detectors/index';
import { pick } from '../engine/i18n';
import type { AuditResult, Category, Severity } from '../engine/result';
import type { ReviewBundle } from '../storage/reviews';
import { bySeverity } from '../components/severity';

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
  const meta = detectorById(detector)?.meta;
  return meta
    ? { title: pick(meta.title, locale), why: pick(meta.why, locale), fix: pick(meta.fix, locale) }
    : { title: detector, why: '', fix: '' };
}

export function modelFromBundle(bundle: ReviewBundle, locale = 'en', now = new Date()): ReportModel {
  return {
    title: `Trust-friction review: ${bundle.review.site}`,
    site: bundle.review.site,
    task: bundle.review.task,
    reviewer: bundle.review.reviewer,
    verdict: bundle.review.verdict,
    startedAt: bundle.review.startedAt,
    endedAt: bundle.review.endedAt,
    generatedAt: now.toISOString(),
    lang: locale,
    touchpoints: [...bundle.touchpoints].sort((a, b) => a.order - b.order).map((t) => ({
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
            id: f.id,
            detector: f.detector,
            source: f.source,
            category: f.category,
            severity: f.severity,
            status: f.status,
            dismissReason: f.dismissReason,
            title: f.title || d.title,
            message: f.message,
            why: d.why,
            fix: d.fix,
            selector: f.selector,
            snippet: f.snippet,
            evidenceText: typeof f.evidence.text === 'string' ? f.evidence.text : '',
            note: f.note,
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
            id: `${i + 1}-${j + 1}`,
            detector: f.detector,
            source: 'auto' as const,
            category: f.category,
            severity: f.severity,
            status: 'open' as const,
            dismissReason: '',
            title: d.title,
            message: f.message,
            why: d.why,
            fix: d.fix,
            selector: f.selector,
            snippet: f.snippet,
            evidenceText: typeof f.evidence.text === 'string' ? f.evidence.text : '',
            note: '',
          };
        })
        .sort(bySeverity),
    })),
  };
}
