/**
 * The trust-friction score: 0–100 per touchpoint, per category and per review. ALL weights live here.
 *
 * FORMULA
 *   score = max(0, 100 − round(Σ deduction))
 *   Within one scope (a touchpoint, a category, or the whole review), the open findings of each severity
 *   are ranked (journey order, then severity order inside a page), and the k-th one (k = 1, 2, …) deducts
 *       WEIGHT[severity] × DECAY[severity]^(k − 1)
 *   Dismissed findings deduct nothing. No findings → 100.
 *
 * WHY THIS SHAPE
 *   - Diminishing (geometric) per severity, so repetition counts but saturates: the deductions of one
 *     severity can never exceed WEIGHT / (1 − DECAY) — its cap (see SEVERITY_CAP). Forty minor findings
 *     cost at most 6 points (score ≥ 94); one critical costs 40 (score 60). Even every moderate and
 *     minor finding there could be together (16 + 6 = 22) cost less than a single critical, so a page
 *     with a real blocker always scores worse than a page full of nits. A test keeps this true.
 *   - Criticals barely diminish (DECAY 0.75): a second blocker on the same page is nearly as bad as the
 *     first (40 + 30 → 30); three criticals bring a page to ~8, four to 0.
 *   - Serious findings (missing contact, forced account) cost 20 each at first and cap at 50: a page with
 *     nothing but serious problems ends at worst at 50, still above a page with two criticals.
 *   - Weights follow the usual usability-severity ladder (Nielsen: catastrophe / major / minor / cosmetic),
 *     ×2 to ×2.7 per step, so one finding a step up outweighs two findings a step down (40 > 20 + 12,
 *     20 > 8 + 4, 8 > 3 + 1.5).
 *   - Plain integers with one rounding step: each deduction is shown as a whole number, apportioned by the
 *     largest-remainder method so the listed deductions add up exactly to 100 − score (unless floored at 0).
 *
 * The review score uses the same formula over all open findings of the journey (a problem repeated on
 * every page counts, diminishing); category scores do the same per category.
 */
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../engine/result';
import type { ReviewBundle } from '../storage/reviews';
import { modelFromBundle, type ReportModel } from './model';

/** Points the first open finding of a severity deducts. */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { critical: 40, serious: 20, moderate: 8, minor: 3 };
/** Each further finding of the same severity in the same scope deducts this fraction of the previous one. */
export const SEVERITY_DECAY: Readonly<Record<Severity, number>> = { critical: 0.75, serious: 0.6, moderate: 0.5, minor: 0.5 };
/** The most a severity can ever deduct in one scope: the geometric series' sum WEIGHT / (1 − DECAY). */
export const SEVERITY_CAP: Readonly<Record<Severity, number>> = Object.fromEntries(
  SEVERITIES.map((s) => [s, SEVERITY_WEIGHT[s] / (1 - SEVERITY_DECAY[s])]),
) as Record<Severity, number>;

/** What the score needs to know about a finding. */
export interface ScoreItem {
  id: string;
  severity: Severity;
  category: Category;
  status: 'open' | 'dismissed';
  title: string;
  message: string;
  touchpointOrder: number;
  touchpointTitle: string;
  touchpointUrl: string;
}

export interface Deduction {
  findingId: string;
  /** Whole points, as shown ("−12"); the deductions of one scope sum to round(Σ exact). */
  points: number;
  /** The unrounded deduction. */
  exact: number;
  /** 1-based rank of this finding among the open findings of its severity in the scope. */
  rank: number;
  severity: Severity;
  category: Category;
  title: string;
  message: string;
  touchpointOrder: number;
  touchpointTitle: string;
  touchpointUrl: string;
}

export interface Score {
  /** 0–100, 100 = no open trust friction. */
  score: number;
  /** Largest first. */
  deductions: Deduction[];
  /** True when the deductions add up to more than 100 and the score stopped at 0. */
  floored: boolean;
  /** Open findings per severity. */
  counts: Record<Severity, number>;
  /** Dismissed findings in the scope (shown, not counted). */
  dismissed: number;
}

export interface TouchpointScore {
  order: number;
  title: string;
  url: string;
  score: Score;
}

export interface ReportScore {
  review: Score;
  categories: Record<Category, Score>;
  touchpoints: TouchpointScore[];
}

const SEVERITY_INDEX: Record<Severity, number> = { critical: 0, serious: 1, moderate: 2, minor: 3 };

/** Integers summing to round(Σ values), each as close as possible to its value (largest remainder). */
export function apportion(values: number[]): number[] {
  const target = Math.round(values.reduce((a, b) => a + b, 0) + 1e-9);
  const floors = values.map((v) => Math.floor(v + 1e-9));
  let rest = target - floors.reduce((a, b) => a + b, 0);
  const order = values.map((v, i) => ({ i, r: v - floors[i]! })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    floors[i]!++;
    rest--;
  }
  return floors;
}

/** Scores one scope. Items are ranked in the order given (stable), so pass them in journey order. */
export function scoreItems(items: readonly ScoreItem[]): Score {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const open = items.filter((f) => f.status === 'open');
  const ranked = open
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.touchpointOrder - b.f.touchpointOrder || SEVERITY_INDEX[a.f.severity] - SEVERITY_INDEX[b.f.severity] || a.i - b.i)
    .map(({ f }) => {
      const rank = ++counts[f.severity];
      return { f, rank, exact: SEVERITY_WEIGHT[f.severity] * SEVERITY_DECAY[f.severity] ** (rank - 1) };
    });
  const points = apportion(ranked.map((r) => r.exact));
  const total = points.reduce((a, b) => a + b, 0);
  const deductions: Deduction[] = ranked.map(({ f, rank, exact }, i) => ({
    findingId: f.id,
    points: points[i]!,
    exact,
    rank,
    severity: f.severity,
    category: f.category,
    title: f.title,
    message: f.message,
    touchpointOrder: f.touchpointOrder,
    touchpointTitle: f.touchpointTitle,
    touchpointUrl: f.touchpointUrl,
  }));
  deductions.sort((a, b) => b.exact - a.exact || a.touchpointOrder - b.touchpointOrder);
  return {
    score: Math.max(0, 100 - total),
    deductions,
    floored: total > 100,
    counts,
    dismissed: items.length - open.length,
  };
}

/** The findings of one touchpoint of a report model as score items. */
export function itemsOfTouchpoint(t: ReportModel['touchpoints'][number]): ScoreItem[] {
  return t.findings.map((f) => ({
    id: f.id,
    severity: f.severity,
    category: f.category,
    status: f.status,
    title: f.title,
    message: f.message,
    touchpointOrder: t.order,
    touchpointTitle: t.title || t.url,
    touchpointUrl: t.url,
  }));
}

/** The findings of a report model as score items, in journey order. */
export function itemsOfModel(model: ReportModel): ScoreItem[] {
  return [...model.touchpoints].sort((a, b) => a.order - b.order).flatMap(itemsOfTouchpoint);
}

export function scoreModel(model: ReportModel): ReportScore {
  const items = itemsOfModel(model);
  return {
    review: scoreItems(items),
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, scoreItems(items.filter((f) => f.category === c))])) as Record<Category, Score>,
    touchpoints: model.touchpoints.map((t) => ({ order: t.order, title: t.title, url: t.url, score: scoreItems(itemsOfTouchpoint(t)) })),
  };
}

/** Scores a stored review (titles from detector metadata in `locale`). */
export function scoreReview(bundle: ReviewBundle, locale = 'en'): ReportScore {
  return scoreModel(modelFromBundle(bundle, locale));
}

/** "−12: Account required to buy — Checkout needs an account … (3. Checkout)" */
export function formatDeduction(d: Deduction): string {
  const what = d.title && d.message && d.title !== d.message ? `${d.title} — ${d.message}` : d.title || d.message;
  return `${d.points > 0 || d.exact === 0 ? `\u2212${d.points}` : '\u2212<1'}: ${what} (${d.touchpointOrder}. ${d.touchpointTitle})`;
}

/** A compact, JSON-friendly summary (CLI JSON, export JSON): informational, recomputed on import. */
export function scoreSummary(s: ReportScore) {
  return {
    review: s.review.score,
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, s.categories[c].score])) as Record<Category, number>,
    touchpoints: s.touchpoints.map((t) => ({ order: t.order, url: t.url, score: t.score.score })),
    deductions: s.review.deductions.map((d) => ({
      points: d.points,
      findingId: d.findingId,
      severity: d.severity,
      category: d.category,
      title: d.title,
      touchpoint: d.touchpointOrder,
    })),
  };
}
