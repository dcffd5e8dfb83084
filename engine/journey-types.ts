/**
 * Journey detectors: checks over every touchpoint of a review at once (consistency across pages, the
 * length of the checkout). Metadata is the page detectors' (DetectorMeta); only evaluate differs.
 * They run in the background and the CLI, never in the content script.
 */
import type { Evidence, PageFacts, Severity } from './result';
import type { DetectorMeta } from './detectors/types';

/** One scanned page of the journey, in journey order. */
export interface JourneyPage {
  touchpointId?: string;
  /** Position in the journey (1-based for stored touchpoints). */
  order: number;
  url: string;
  title: string;
  pageKind: string;
  /** Absent for pages scanned before facts existed: they take part with no facts. */
  facts?: PageFacts | null;
}

export interface JourneyRawFinding {
  /** Key in meta.messages. */
  message: string;
  /** Index (in the pages passed to evaluate) of the earlier page compared with. */
  pageA: number;
  /** Index of the page where the finding shows (the later page); the finding is stored on it. */
  pageB: number;
  /** Template parameters besides {pageA} and {pageB}, which runJourney fills from the pages. */
  params?: Record<string, string | number>;
  severity?: Severity;
  /** The values compared: evidence.text is the later page's value; runJourney adds both pages. */
  evidence?: Evidence;
  /** What the finding is about, stable across rescans (e.g. the two phone numbers). */
  subject: string;
}

export interface JourneyDetector {
  meta: DetectorMeta;
  journey: true;
  evaluate(pages: readonly JourneyPage[]): JourneyRawFinding[];
}

export function defineJourneyDetector(detector: Omit<JourneyDetector, 'journey'>): JourneyDetector {
  return { ...detector, journey: true };
}

/** The site a URL belongs to (registrable domain, roughly): checkout.shop.co.uk and www.shop.co.uk are one site. */
export function siteOf(url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  if (/^[\d.]+$|^\[/.test(host)) return host;
  const labels = host.split('.');
  const n = labels.length > 2 && labels[labels.length - 2]!.length <= 3 && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-n).join('.');
}

/**
 * The nearest page before `b` on the same site whose facts pass `has`, or -1. Comparing each page with
 * the nearest earlier one reports a change once, where it first shows, not again on every later page.
 */
export function nearestEarlier(pages: readonly JourneyPage[], b: number, has: (facts: PageFacts, page: JourneyPage) => boolean): number {
  const site = siteOf(pages[b]!.url);
  for (let a = b - 1; a >= 0; a--) {
    const p = pages[a]!;
    if (p.facts && siteOf(p.url) === site && has(p.facts, p)) return a;
  }
  return -1;
}

/** Lower-case words of a name (letters and digits, 2+ characters), for tolerant comparisons. */
export function wordsOf(text: string): string[] {
  return (text.replace(/İ/g, 'i').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[\p{L}\p{N}]{2,}/gu) ?? []);
}

/** Share of the shorter word list found in the longer one (0..1). */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(long);
  return short.filter((w) => set.has(w)).length / short.length;
}
