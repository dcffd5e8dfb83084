/**
 * Comparing two reviews (your site vs a competitor, or before vs after a fix): scores side by side per
 * category, the issues only one side has, and the same issue on both sides. "Same issue" means the same
 * detector for automatic findings, or the same title (case, width and spacing ignored) for manual ones.
 * Only open findings take part; dismissed ones are ignored, as in the score.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { CATEGORIES, type Category, type Severity } from '../engine/result';
import type { ReviewBundle } from '../storage/reviews';
import { Compare } from '../components/Compare';
import { SEVERITY_RANK } from '../components/severity';
import { htmlDocument } from './html';
import { modelFromBundle, type ReportFinding, type ReportModel } from './model';
import { scoreModel, type ReportScore } from './score';
import { reportStrings } from './strings';

export interface CompareSide {
  reviewId: string;
  site: string;
  title: string;
  task: string;
  startedAt: string;
  model: ReportModel;
  score: ReportScore;
}

export interface IssueOccurrence {
  findingId: string;
  severity: Severity;
  message: string;
  touchpointOrder: number;
  touchpointTitle: string;
}

/** One issue (detector or manual title) on one side, with every page it occurs on. */
export interface IssueGroup {
  key: string;
  match: 'detector' | 'title';
  title: string;
  category: Category;
  /** The worst severity among its occurrences. */
  severity: Severity;
  occurrences: IssueOccurrence[];
}

export interface Comparison {
  lang: string;
  generatedAt: string;
  a: CompareSide;
  b: CompareSide;
  categories: { category: Category; a: number; b: number; delta: number }[];
  /** Issues only A has / only B has / both have; worst first. */
  onlyA: IssueGroup[];
  onlyB: IssueGroup[];
  both: { key: string; match: 'detector' | 'title'; title: string; category: Category; a: IssueGroup; b: IssueGroup }[];
}

export function normalizeTitle(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\u200c\u200d]+/g, ' ').trim();
}

export function issueKey(f: Pick<ReportFinding, 'source' | 'detector' | 'title' | 'message'>): { key: string; match: 'detector' | 'title' } {
  return f.source === 'manual'
    ? { key: `title:${normalizeTitle(f.title || f.message)}`, match: 'title' }
    : { key: `detector:${f.detector}`, match: 'detector' };
}

function groups(model: ReportModel): Map<string, IssueGroup> {
  const out = new Map<string, IssueGroup>();
  for (const t of model.touchpoints) {
    for (const f of t.findings) {
      if (f.status !== 'open') continue;
      const { key, match } = issueKey(f);
      let g = out.get(key);
      if (!g) {
        g = { key, match, title: f.title, category: f.category, severity: f.severity, occurrences: [] };
        out.set(key, g);
      }
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[g.severity]) g.severity = f.severity;
      g.occurrences.push({ findingId: f.id, severity: f.severity, message: f.message, touchpointOrder: t.order, touchpointTitle: t.title || t.url });
    }
  }
  return out;
}

const worstFirst = (x: IssueGroup, y: IssueGroup) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] || y.occurrences.length - x.occurrences.length || x.title.localeCompare(y.title);

function side(bundle: ReviewBundle, locale: string, now: Date): CompareSide {
  const model = modelFromBundle(bundle, locale, now);
  return {
    reviewId: bundle.review.id,
    site: bundle.review.site,
    title: model.title,
    task: bundle.review.task,
    startedAt: bundle.review.startedAt,
    model,
    score: scoreModel(model),
  };
}

export function compareReviews(a: ReviewBundle, b: ReviewBundle, locale = 'en', now = new Date()): Comparison {
  const sa = side(a, locale, now);
  const sb = side(b, locale, now);
  const ga = groups(sa.model);
  const gb = groups(sb.model);
  const both: Comparison['both'] = [];
  for (const [key, x] of ga) {
    const y = gb.get(key);
    if (y) both.push({ key, match: x.match, title: x.title, category: x.category, a: x, b: y });
  }
  both.sort((p, q) => Math.min(SEVERITY_RANK[p.a.severity], SEVERITY_RANK[p.b.severity]) - Math.min(SEVERITY_RANK[q.a.severity], SEVERITY_RANK[q.b.severity]) || p.title.localeCompare(q.title));
  return {
    lang: locale,
    generatedAt: now.toISOString(),
    a: sa,
    b: sb,
    categories: CATEGORIES.map((c) => {
      const x = sa.score.categories[c].score;
      const y = sb.score.categories[c].score;
      return { category: c, a: x, b: y, delta: y - x };
    }),
    onlyA: [...ga.values()].filter((g) => !gb.has(g.key)).sort(worstFirst),
    onlyB: [...gb.values()].filter((g) => !ga.has(g.key)).sort(worstFirst),
    both,
  };
}

/** The comparison as one self-contained HTML file (same CSP and styles as the report). */
export function renderCompareHtml(cmp: Comparison): string {
  const t = reportStrings(cmp.lang);
  return htmlDocument({ lang: cmp.lang, title: `${t.compareTitle}: ${cmp.a.site} / ${cmp.b.site}`, body: renderToString(h(Compare, { cmp })) });
}
