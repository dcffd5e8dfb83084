/**
 * Runs the journey detectors over every touchpoint of a review (in journey order) and shapes their
 * findings like run-audit's: messages from the templates in the reviewer's language, evidence naming both
 * pages. Background and CLI only: run-audit (the content script) never imports this file.
 */
import { JOURNEY_DETECTORS } from './detectors/index';
import { fill, pick } from './i18n';
import type { AuditResult, Finding } from './result';
import type { JourneyDetector, JourneyPage, JourneyRawFinding } from './journey-types';

export type { JourneyPage } from './journey-types';

export interface JourneyOptions {
  /** Language of the finding messages, default English. */
  locale?: string;
  /** Run only these detectors (default: JOURNEY_DETECTORS). */
  detectors?: readonly JourneyDetector[];
}

export interface JourneyFinding extends Finding {
  /** Index in the pages passed to runJourney of the page where the finding shows (the later page). */
  at: number;
  /** Stable identity: detector, the earlier page's URL and the subject; a rescan finds the same key. */
  key: string;
}

/** How a page is named in a message: its title, else its URL without the scheme. */
export function pageName(page: JourneyPage): string {
  const title = page.title.trim();
  if (title) return title.length > 80 ? `${title.slice(0, 79)}…` : title;
  return page.url.replace(/^[a-z]+:\/\//i, '').slice(0, 120);
}

function ref(page: JourneyPage) {
  return { url: page.url, title: page.title, order: page.order, ...(page.touchpointId ? { touchpointId: page.touchpointId } : {}) };
}

export function toJourneyFinding(detector: JourneyDetector, raw: JourneyRawFinding, pages: readonly JourneyPage[], locale: string): JourneyFinding {
  const a = pages[raw.pageA]!;
  const b = pages[raw.pageB]!;
  const params = { pageA: pageName(a), pageB: pageName(b), ...raw.params };
  const template = detector.meta.messages[raw.message];
  const message = template ? fill(pick(template, locale), params) : raw.message;
  const text = typeof raw.evidence?.text === 'string' ? raw.evidence.text : '';
  return {
    detector: detector.meta.id,
    category: detector.meta.category,
    severity: raw.severity ?? detector.meta.severity,
    selector: null,
    snippet: text.slice(0, 160),
    message,
    evidence: { ...raw.evidence, pageA: ref(a), pageB: ref(b) },
    messageId: raw.message,
    params,
    at: raw.pageB,
    key: `${detector.meta.id}|${a.url}|${raw.subject}`.slice(0, 2000),
  };
}

/** Every journey finding over the pages, in journey order. A detector that throws is left out (and logged). */
export function runJourney(pages: readonly JourneyPage[], options: JourneyOptions = {}): JourneyFinding[] {
  const locale = options.locale ?? 'en';
  const out: JourneyFinding[] = [];
  if (pages.length === 0) return out;
  for (const detector of options.detectors ?? JOURNEY_DETECTORS) {
    try {
      for (const raw of detector.evaluate(pages)) {
        if (!pages[raw.pageA] || !pages[raw.pageB]) continue;
        out.push(toJourneyFinding(detector, raw, pages, locale));
      }
    } catch (error) {
      console.warn(`Journey detector ${detector.meta.id} failed:`, error);
    }
  }
  return out.sort((x, y) => x.at - y.at);
}

/** The journey view of audit results given in journey order (the CLI's pages). */
export function journeyPagesOf(results: readonly AuditResult[]): JourneyPage[] {
  return results.map((r, i) => ({ order: i + 1, url: r.url, title: r.title, pageKind: r.pageKind ?? 'other', facts: r.facts ?? null }));
}

/**
 * Adds the journey findings to the results (in journey order), each in the result of the later page it
 * names; returns new result objects, the input is left as it was.
 */
export function withJourneyFindings(results: readonly AuditResult[], options: JourneyOptions = {}): AuditResult[] {
  const out = results.map((r) => ({ ...r, findings: [...r.findings] }));
  for (const { at, key: _key, ...finding } of runJourney(journeyPagesOf(results), options)) out[at]!.findings.push(finding);
  return out;
}
