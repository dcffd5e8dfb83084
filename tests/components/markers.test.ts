import { describe, expect, it } from 'vitest';
import { BADGE_SIZE, clusterMarkers, placeBadge } from '../../components/markers';

describe('badge placement', () => {
  it('sits on the top-start corner when nothing is there', () => {
    expect(placeBadge({ top: 100, left: 100, width: 200, height: 40 }, [])).toEqual({ top: 90, left: 90 });
  });
  it('mirrors for right-to-left pages', () => {
    expect(placeBadge({ top: 100, left: 100, width: 200, height: 40 }, [], true)).toEqual({ top: 90, left: 290 });
  });
  it('moves off a page control that covers the corner', () => {
    const button = { top: 80, left: 80, width: 30, height: 30 };
    const at = placeBadge({ top: 100, left: 100, width: 200, height: 40 }, [button]);
    expect(at).toEqual({ top: 90, left: 290 });
    const overlap = at.left < button.left + button.width && button.left < at.left + BADGE_SIZE && at.top < button.top + button.height && button.top < at.top + BADGE_SIZE;
    expect(overlap).toBe(false);
  });
});

describe('clustering', () => {
  it('keeps apart markers whose badges do not touch', () => {
    const c = clusterMarkers([
      { id: 'a', top: 0, left: 0, width: 50, height: 50 },
      { id: 'b', top: 200, left: 0, width: 50, height: 50 },
    ]);
    expect(c.map((x) => x.ids)).toEqual([['a'], ['b']]);
  });
  it('merges overlapping badges (also transitively) into one with a count', () => {
    const c = clusterMarkers([
      { id: 'a', top: 100, left: 100, width: 50, height: 50 },
      { id: 'b', top: 105, left: 110, width: 50, height: 50 },
      { id: 'c', top: 115, left: 125, width: 50, height: 50 },
      { id: 'd', top: 400, left: 100, width: 50, height: 50 },
    ]);
    expect(c.map((x) => x.ids)).toEqual([['a', 'b', 'c'], ['d']]);
    expect(c[0]!.badge).toEqual({ top: 90, left: 90 });
  });
  // Speed is measured by `npm run bench -- --only overlay`, not asserted here (shared machines are noisy).
  it('clusters 1,000 markers', () => {
    const boxes = Array.from({ length: 1000 }, (_, i) => ({ id: String(i), top: (i % 50) * 30, left: Math.floor(i / 50) * 40, width: 20, height: 20 }));
    const c = clusterMarkers(boxes);
    expect(c.reduce((n, x) => n + x.ids.length, 0)).toBe(1000);
  });
});
