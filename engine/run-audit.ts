/**
 * Builds the page context once, runs every registered detector, shapes the result.
 * A detector that throws is reported in `skipped` and never stops the others.
 */
import { pageSteps, type BuildOptions } from './page';
import { drain, runSliced } from './slices';
import { DETECTORS } from './detectors/index';
import type { Detector, RawFinding } from './detectors/types';
import { fill, pick } from './i18n';
import type { AuditResult, Finding, FormFacts } from './result';
import type { PageContext } from './page-types';
import { extractFacts } from './facts';

export interface AuditOptions extends BuildOptions {
  /** Language of the finding messages (the reviewer's), default English. */
  locale?: string;
  /** Run only these detectors (default: the registry). */
  detectors?: readonly Detector[];
  /** Clock, for tests. */
  now?: () => Date;
  /** A page context already built for this document (run-audit-remote reuses one walk for several rounds). */
  context?: PageContext;
}

export interface AuditRun {
  result: AuditResult;
  /** The context the detectors read, with live element references (for the on-page overlay). */
  context: PageContext;
  /** The element of each finding, by index in result.findings (null for page-level findings). */
  elements: (Element | null)[];
}

function clock(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

export function toFinding(detector: Detector, raw: RawFinding, ctx: PageContext, locale: string): Finding {
  // In the content script the templates are stripped at build time (cli/strip-detector-prose.ts): the message
  // stays empty there and the background fills it from messageId and params (engine/localize.ts).
  const template = detector.meta.messages[raw.message];
  const message = template ? fill(pick(template, locale), raw.params) : '';
  const el = raw.element ?? null;
  return {
    detector: detector.meta.id,
    category: detector.meta.category,
    severity: raw.severity ?? detector.meta.severity,
    selector: el ? ctx.selectorOf(el) : null,
    snippet: el ? ctx.snippetOf(el) : '',
    message,
    evidence: raw.evidence ?? {},
    messageId: raw.message,
    ...(raw.params ? { params: raw.params } : {}),
  };
}

/** Runs the audit synchronously (CLI, tests). */
export function runAuditWithContext(doc: Document, options: AuditOptions = {}): AuditRun {
  return drain(auditSteps(doc, options));
}

/** Runs the audit in slices of about `sliceMs`, yielding to the page between them (the content script). */
export function runAuditWithContextAsync(doc: Document, options: AuditOptions = {}, sliceMs = 40): Promise<AuditRun> {
  return runSliced(auditSteps(doc, options), sliceMs);
}

/** The audit as a generator: the page walk's pauses, then one after every detector. */
function* auditSteps(doc: Document, options: AuditOptions): Generator<void, AuditRun, void> {
  const started = clock();
  const scannedAt = (options.now?.() ?? new Date()).toISOString();
  const ctx = options.context ?? (yield* pageSteps(doc, options));
  const locale = options.locale ?? 'en';
  const findings: Finding[] = [];
  const elements: (Element | null)[] = [];
  for (const detector of options.detectors ?? DETECTORS) {
    try {
      if (detector.applies && !detector.applies(ctx)) continue;
      if (detector.prepare) {
        yield* detector.prepare(ctx);
        yield;
      }
      for (const raw of detector.evaluate(ctx)) {
        findings.push(toFinding(detector, raw, ctx, locale));
        elements.push(raw.element ?? null);
      }
    } catch (error) {
      ctx.skipped.push({
        kind: 'error',
        selector: null,
        reason: `Detector ${detector.meta.id} failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    yield;
  }
  const forms: FormFacts[] = ctx.forms.map((f) => ({
    selector: f.selector,
    kind: f.kind,
    fields: f.fields.map(({ el: _el, ...field }) => field),
  }));
  const { phoneEls: _p, emailEls: _e, linkEls: _l, chatEls: _c, hiddenEls: _h, ...contact } = ctx.contact;
  let facts: AuditResult['facts'];
  yield;
  try {
    facts = extractFacts(ctx);
  } catch (error) {
    ctx.skipped.push({ kind: 'error', selector: null, reason: `Page facts failed: ${error instanceof Error ? error.message : String(error)}` });
  }
  const result: AuditResult = {
    url: ctx.url,
    title: ctx.title,
    lang: ctx.lang,
    scannedAt,
    durationMs: Math.round((clock() - started) * 100) / 100,
    pageKind: ctx.pageKind,
    forms,
    contact,
    findings,
    skipped: ctx.skipped,
  };
  if (facts) result.facts = facts;
  return { result, context: ctx, elements };
}

export function runAudit(doc: Document, options: AuditOptions = {}): AuditResult {
  return runAuditWithContext(doc, options).result;
}
