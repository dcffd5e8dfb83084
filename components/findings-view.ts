/**
 * Pure logic of the review page's findings list: filters, sorting and the window of rows a
 * virtualised list draws. No DOM, so it is unit-tested and cheap on 10,000 findings.
 */
import type { Category, Severity } from '../engine/result';
import type { StoredFinding, Touchpoint } from '../storage/records';
import { SEVERITY_RANK } from './severity';

export interface FindingFilter {
  category: Category | '';
  severity: Severity | '';
  status: 'open' | 'dismissed' | '';
  touchpointId: string;
  source: 'auto' | 'manual' | '';
  /** Free text over title, message, note, tags, snippet. */
  text: string;
}

export const NO_FILTER: FindingFilter = { category: '', severity: '', status: '', touchpointId: '', source: '', text: '' };

export type SortKey = 'severity' | 'journey' | 'category' | 'updated' | 'title';

export const SORT_KEYS: readonly SortKey[] = ['severity', 'journey', 'category', 'updated', 'title'];

export function filterFindings<F extends StoredFinding>(findings: readonly F[], filter: FindingFilter, titleOf: (f: F) => string = (f) => f.title): F[] {
  const needle = filter.text.trim().toLocaleLowerCase();
  return findings.filter((f) => {
    if (filter.category && f.category !== filter.category) return false;
    if (filter.severity && f.severity !== filter.severity) return false;
    if (filter.status && f.status !== filter.status) return false;
    if (filter.touchpointId && f.touchpointId !== filter.touchpointId) return false;
    if (filter.source && f.source !== filter.source) return false;
    if (needle) {
      const hay = `${titleOf(f)}\n${f.message}\n${f.note}\n${f.tags.join(' ')}\n${f.snippet}`.toLocaleLowerCase();
      if (!hay.includes(needle)) return false;
    }
    return true;
  });
}

/** Sorts a copy; ties fall back to journey order, then severity, then id, so the order is stable. */
export function sortFindings<F extends StoredFinding>(
  findings: readonly F[],
  key: SortKey,
  touchpoints: readonly Touchpoint[],
  titleOf: (f: F) => string = (f) => f.title,
): F[] {
  const order = new Map(touchpoints.map((t) => [t.id, t.order]));
  const journey = (a: F, b: F) => (order.get(a.touchpointId) ?? 0) - (order.get(b.touchpointId) ?? 0);
  const sev = (a: F, b: F) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  const tie = (a: F, b: F) => journey(a, b) || sev(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const primary: Record<SortKey, (a: F, b: F) => number> = {
    severity: sev,
    journey,
    category: (a, b) => a.category.localeCompare(b.category),
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    title: (a, b) => titleOf(a).localeCompare(titleOf(b)),
  };
  const cmp = primary[key];
  return [...findings].sort((a, b) => cmp(a, b) || tie(a, b));
}

export interface WindowRange {
  /** First row drawn (inclusive). */
  start: number;
  /** Last row drawn (exclusive). */
  end: number;
  /** Offset of the first drawn row from the top of the list. */
  offset: number;
  /** Height of the whole list. */
  total: number;
}

/** Which rows of a fixed-height list are visible in a viewport, with `overscan` rows either side. */
export function windowRange(count: number, rowHeight: number, scrollTop: number, viewport: number, overscan = 5): WindowRange {
  const total = count * rowHeight;
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, offset: 0, total: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, Math.min(count - 1, first) - overscan);
  const visible = Math.ceil(Math.max(0, viewport) / rowHeight) + 1;
  const end = Math.min(count, first + visible + overscan);
  return { start, end, offset: start * rowHeight, total };
}

/** The scrollTop that brings row `index` into view (unchanged when already visible). */
export function scrollToRow(index: number, rowHeight: number, scrollTop: number, viewport: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewport) return top + rowHeight - viewport;
  return scrollTop;
}
