/**
 * Bench-only bundle (never shipped), evaluated in an extension page of the test build so it uses the
 * extension's own IndexedDB: seeds a review through the real storage functions (startReview + saveScan,
 * the path a scan takes), attaches a tab to it (storage/sessions.ts), and times the HTML export the popup
 * runs (getReviewBundle → modelFromBundle → renderReportHtml).
 */
import '../storage/zod-config';
import { getReviewBundle, startReview } from '../storage/reviews';
import { saveScan } from '../storage/scans';
import { attachTab } from '../storage/sessions';
import { modelFromBundle } from '../report/model';
import { renderReportHtml } from '../report/html';
import { DETECTORS } from '../engine/detectors/index';
import type { AuditResult, Finding } from '../engine/result';

const SEVERITIES = ['critical', 'serious', 'moderate', 'minor'] as const;

async function seed(url: string, tabId: number, n: number) {
  const t0 = performance.now();
  const review = await startReview({ site: 'Bench shop', task: 'buy a gift, then ask a question', reviewer: 'bench' });
  const findings: Finding[] = [];
  for (let i = 0; i < n; i++) {
    const d = DETECTORS[i % DETECTORS.length]!;
    findings.push({
      detector: d.meta.id,
      category: d.meta.category,
      severity: SEVERITIES[i % 4]!,
      selector: `#main > section:nth-of-type(${(i % 50) + 1}) > div.card:nth-child(${i + 1}) input[name="field-${i}"]`,
      snippet: `<input type=text name=field-${i} placeholder="Your answer ${i}">`,
      message: `Field ${i} asks for personal data without saying why; this form has ${10 + (i % 30)} fields where most shops ask for 8.`,
      evidence: { text: `Please enter your phone number (${i}) so that we can reach you about your order.`, count: i },
    });
  }
  const result: AuditResult = {
    url,
    title: 'Bench checkout',
    lang: 'en',
    scannedAt: new Date().toISOString(),
    durationMs: 12,
    pageKind: 'checkout',
    forms: [],
    contact: { phones: [], emails: [], addresses: [], contactLinks: [], chat: false },
    findings,
    skipped: [],
  };
  await saveScan(review.id, result);
  await attachTab(tabId, review.id);
  return { reviewId: review.id, seedMs: performance.now() - t0 };
}

async function exportHtml(reviewId: string) {
  let t = performance.now();
  const bundle = await getReviewBundle(reviewId);
  const readMs = performance.now() - t;
  if (!bundle) throw new Error('no such review');
  t = performance.now();
  const model = modelFromBundle(bundle, 'en');
  const modelMs = performance.now() - t;
  t = performance.now();
  const html = renderReportHtml(model);
  const renderMs = performance.now() - t;
  // Experiment (not what the product does): why/fix printed once per detector instead of on every finding.
  const seen = new Set<string>();
  const once = {
    ...model,
    touchpoints: model.touchpoints.map((tp) => ({
      ...tp,
      findings: tp.findings.map((f) => {
        if (seen.has(f.detector)) return { ...f, why: '', fix: '' };
        seen.add(f.detector);
        return f;
      }),
    })),
  };
  t = performance.now();
  const onceHtml = renderReportHtml(once);
  const whyFixOnceMs = performance.now() - t;
  return {
    findings: bundle.findings.length, readMs, modelMs, renderMs, totalMs: readMs + modelMs + renderMs, bytes: html.length,
    whyFixOnceMs, whyFixOnceBytes: onceHtml.length,
  };
}

(globalThis as unknown as { __trustlensStorageBench: unknown }).__trustlensStorageBench = { seed, exportHtml };
