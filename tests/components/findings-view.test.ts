import { describe, expect, it } from 'vitest';
import { filterFindings, NO_FILTER, scrollToRow, sortFindings, windowRange } from '../../components/findings-view';
import type { StoredFinding, Touchpoint } from '../../storage/records';

function f(over: Partial<StoredFinding>): StoredFinding {
  return {
    id: 'f', reviewId: 'r', touchpointId: 't1', source: 'auto', detector: 'x', category: 'contact', severity: 'minor',
    selector: null, snippet: '', title: '', message: '', note: '', tags: [], evidence: {}, status: 'open', dismissReason: '',
    edited: false, key: 'k', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...over,
  };
}
const tps = [{ id: 't1', order: 1 }, { id: 't2', order: 2 }, { id: 't3', order: 3 }] as Touchpoint[];
const all = [
  f({ id: 'a', touchpointId: 't3', severity: 'minor', category: 'forms', title: 'Zebra', updatedAt: '2026-01-03' }),
  f({ id: 'b', touchpointId: 't1', severity: 'critical', category: 'checkout', title: 'Apple', status: 'dismissed', updatedAt: '2026-01-01' }),
  f({ id: 'c', touchpointId: 't2', severity: 'serious', category: 'contact', title: 'Mango', source: 'manual', tags: ['phone'], updatedAt: '2026-01-02' }),
  f({ id: 'd', touchpointId: 't1', severity: 'serious', category: 'forms', title: 'Kiwi', note: 'asks for birthday' }),
];

describe('filters', () => {
  it('no filter keeps everything', () => expect(filterFindings(all, NO_FILTER)).toHaveLength(4));
  it('by category, severity, status, touchpoint and source, combined', () => {
    expect(filterFindings(all, { ...NO_FILTER, category: 'forms' }).map((x) => x.id)).toEqual(['a', 'd']);
    expect(filterFindings(all, { ...NO_FILTER, severity: 'serious' }).map((x) => x.id)).toEqual(['c', 'd']);
    expect(filterFindings(all, { ...NO_FILTER, status: 'dismissed' }).map((x) => x.id)).toEqual(['b']);
    expect(filterFindings(all, { ...NO_FILTER, touchpointId: 't1' }).map((x) => x.id)).toEqual(['b', 'd']);
    expect(filterFindings(all, { ...NO_FILTER, source: 'manual' }).map((x) => x.id)).toEqual(['c']);
    expect(filterFindings(all, { ...NO_FILTER, touchpointId: 't1', status: 'open' }).map((x) => x.id)).toEqual(['d']);
  });
  it('by text in title, note and tags, case-insensitive', () => {
    expect(filterFindings(all, { ...NO_FILTER, text: 'BIRTH' }).map((x) => x.id)).toEqual(['d']);
    expect(filterFindings(all, { ...NO_FILTER, text: 'phone' }).map((x) => x.id)).toEqual(['c']);
    expect(filterFindings(all, { ...NO_FILTER, text: 'zeb' }).map((x) => x.id)).toEqual(['a']);
  });
});

describe('sorting', () => {
  it('by severity, ties in journey order', () => expect(sortFindings(all, 'severity', tps).map((x) => x.id)).toEqual(['b', 'd', 'c', 'a']));
  it('by journey, ties by severity', () => expect(sortFindings(all, 'journey', tps).map((x) => x.id)).toEqual(['b', 'd', 'c', 'a']));
  it('by category', () => expect(sortFindings(all, 'category', tps).map((x) => x.id)).toEqual(['b', 'c', 'd', 'a']));
  it('by last change, newest first', () => expect(sortFindings(all, 'updated', tps).map((x) => x.id)).toEqual(['a', 'c', 'd', 'b']));
  it('by title', () => expect(sortFindings(all, 'title', tps).map((x) => x.id)).toEqual(['b', 'd', 'c', 'a']));
  it('does not change its input', () => {
    const copy = [...all];
    sortFindings(all, 'title', tps);
    expect(all).toEqual(copy);
  });
});

describe('windowing', () => {
  it('draws only the visible rows plus overscan', () => {
    expect(windowRange(10_000, 50, 0, 500, 5)).toEqual({ start: 0, end: 16, offset: 0, total: 500_000 });
    const mid = windowRange(10_000, 50, 250_000, 500, 5);
    expect(mid.start).toBe(4995);
    expect(mid.end).toBe(5016);
    expect(mid.offset).toBe(4995 * 50);
    expect(windowRange(10_000, 50, 10_000_000, 500, 5).end).toBe(10_000);
    expect(windowRange(0, 50, 0, 500)).toEqual({ start: 0, end: 0, offset: 0, total: 0 });
  });
  it('scrolls a row into view only when needed', () => {
    expect(scrollToRow(0, 50, 100, 500)).toBe(0);
    expect(scrollToRow(5, 50, 100, 500)).toBe(100);
    expect(scrollToRow(20, 50, 100, 500)).toBe(550);
  });
});
