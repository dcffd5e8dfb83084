/**
 * Pure layout of the overlay's markers: overlapping badges cluster into one with a count, and a badge
 * is placed on a corner of its element that does not sit on top of the page's own controls.
 * Input is rectangles read in one batch (document coordinates); output is where to draw.
 */

export interface Rect { top: number; left: number; width: number; height: number }

export interface MarkerBox extends Rect { id: string }

export interface BadgePlace { top: number; left: number }

export interface Cluster {
  /** Ids in the cluster, in input order. */
  ids: string[];
  /** Where the cluster's badge goes (document coordinates of its top-left corner). */
  badge: BadgePlace;
}

export const BADGE_SIZE = 20;

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * Candidate badge corners, outside the element first (so the badge covers the element's border, not its
 * content), then inside. The first that does not overlap an obstacle (a page control) wins; if all do,
 * the first candidate.
 */
export function placeBadge(box: Rect, obstacles: readonly Rect[], rtl = false, size = BADGE_SIZE): BadgePlace {
  const half = size / 2;
  const startX = rtl ? box.left + box.width - half : box.left - half;
  const endX = rtl ? box.left - half : box.left + box.width - half;
  const candidates: BadgePlace[] = [
    { top: box.top - half, left: startX },
    { top: box.top - half, left: endX },
    { top: box.top + box.height - half, left: startX },
    { top: box.top + box.height - half, left: endX },
    { top: box.top - size, left: rtl ? box.left + box.width - size : box.left },
  ];
  const free = candidates.find((c) => !obstacles.some((o) => overlaps({ ...c, width: size, height: size }, o)));
  return free ?? candidates[0]!;
}

/**
 * Groups markers whose badges would overlap (within `size` px of each other) into clusters; each
 * cluster's badge is placed like a single marker's at its first member. O(n log n) by a sweep on top.
 */
export function clusterMarkers(boxes: readonly MarkerBox[], obstacles: readonly Rect[] = [], rtl = false, size = BADGE_SIZE): Cluster[] {
  const placed = boxes.map((b, i) => ({ i, id: b.id, at: placeBadge(b, obstacles, rtl, size) }));
  const sorted = [...placed].sort((a, b) => a.at.top - b.at.top || a.at.left - b.at.left);
  const parent = placed.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (let a = 0; a < sorted.length; a++) {
    const pa = sorted[a]!;
    for (let b = a + 1; b < sorted.length; b++) {
      const pb = sorted[b]!;
      if (pb.at.top - pa.at.top >= size) break;
      if (Math.abs(pb.at.left - pa.at.left) < size) {
        const ra = find(pa.i);
        const rb = find(pb.i);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (const p of placed) {
    const r = find(p.i);
    const g = groups.get(r);
    if (g) g.push(p.i);
    else groups.set(r, [p.i]);
  }
  return [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([root, members]) => ({ ids: members.map((m) => placed[m]!.id), badge: placed[root]!.at }));
}
