import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apportion, formatDeduction, scoreItems, scoreModel, scoreReview, SEVERITY_CAP, SEVERITY_WEIGHT, type ScoreItem } from '../../report/score';
import { SEVERITIES, type Severity } from '../../engine/result';
import { bundle, demoBundle, stored, touchpoint } from './fixtures';
import { modelFromBundle } from '../../report/model';

let n = 0;
function item(severity: Severity, over: Partial<ScoreItem> = {}): ScoreItem {
  n++;
  return { id: `i${n}`, severity, category: 'forms', status: 'open', title: `T${n}`, message: `M${n}`, touchpointOrder: 1, touchpointTitle: 'Checkout', touchpointUrl: 'https://x/', ...over };
}
const many = (k: number, s: Severity) => Array.from({ length: k }, () => item(s));

describe('score arithmetic', () => {
  it('is 100 with no findings, and with only dismissed ones', () => {
    expect(scoreItems([]).score).toBe(100);
    const s = scoreItems([item('critical', { status: 'dismissed' }), item('minor', { status: 'dismissed' })]);
    expect(s).toMatchObject({ score: 100, deductions: [], dismissed: 2, floored: false });
  });

  it('deducts the weight of the first finding of each severity', () => {
    expect(scoreItems([item('critical')]).score).toBe(60);
    expect(scoreItems([item('serious')]).score).toBe(80);
    expect(scoreItems([item('moderate')]).score).toBe(92);
    expect(scoreItems([item('minor')]).score).toBe(97);
    expect(scoreItems([item('critical'), item('serious'), item('moderate'), item('minor')]).score).toBe(100 - 40 - 20 - 8 - 3);
  });

  it('diminishes repeats geometrically per severity (hand-computed)', () => {
    // critical: 40 + 30 + 22.5 = 92.5 → 93 → score 7
    expect(scoreItems(many(3, 'critical')).score).toBe(7);
    // serious: 20 + 12 + 7.2 = 39.2 → 39 → 61
    expect(scoreItems(many(3, 'serious')).score).toBe(61);
    // moderate: 8 + 4 + 2 + 1 = 15 → 85
    expect(scoreItems(many(4, 'moderate')).score).toBe(85);
    // minor: 3 + 1.5 = 4.5 → round half up → 5 → 95
    expect(scoreItems(many(2, 'minor')).score).toBe(95);
  });

  it('floors at 0 and says so', () => {
    const s = scoreItems(many(5, 'critical')); // 40+30+22.5+16.875+12.66 = 122.03
    expect(s.score).toBe(0);
    expect(s.floored).toBe(true);
  });

  it('forty minor findings never score worse than one critical — nor do all moderates and minors together', () => {
    expect(scoreItems(many(40, 'minor')).score).toBe(94);
    expect(scoreItems(many(40, 'minor')).score).toBeGreaterThan(scoreItems([item('critical')]).score);
    expect(SEVERITY_CAP.moderate + SEVERITY_CAP.minor).toBeLessThan(SEVERITY_WEIGHT.critical);
    expect(scoreItems([...many(200, 'moderate'), ...many(200, 'minor')]).score).toBeGreaterThan(scoreItems([item('critical')]).score);
  });

  it('one finding a step up outweighs two a step down', () => {
    for (let i = 0; i < SEVERITIES.length - 1; i++) {
      const up = SEVERITIES[i]!;
      const down = SEVERITIES[i + 1]!;
      expect(scoreItems([item(up)]).score).toBeLessThan(scoreItems(many(2, down)).score);
    }
  });

  it('lists deductions largest first, in whole points that add up to 100 − score', () => {
    const s = scoreItems([item('minor'), item('critical'), item('moderate'), ...many(3, 'minor')]);
    expect(s.deductions.map((d) => d.severity)).toEqual(['critical', 'moderate', 'minor', 'minor', 'minor', 'minor']);
    expect(s.deductions.map((d) => d.points)).toEqual([40, 8, 3, 2, 1, 0]); // 3, 1.5, .75, .375 → 3, 2, 1, 0 (sum 6)
    expect(s.deductions.reduce((a, d) => a + d.points, 0)).toBe(100 - s.score);
    expect(formatDeduction(s.deductions[0]!)).toMatch(/^−40: T\d+ — M\d+ \(1\. Checkout\)$/);
    expect(formatDeduction(s.deductions[5]!)).toMatch(/^−<1: /);
  });

  it('apportions to round(sum) for any input (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { maxLength: 60 }), (xs) => {
        const p = apportion(xs);
        expect(p.reduce((a, b) => a + b, 0)).toBe(Math.round(xs.reduce((a, b) => a + b, 0) + 1e-9));
        p.forEach((v, i) => expect(Math.abs(v - xs[i]!)).toBeLessThan(1));
      }),
    );
  });

  it('never leaves 0–100 and never rises when a finding is added (property)', () => {
    const sev = fc.constantFrom(...SEVERITIES);
    fc.assert(
      fc.property(fc.array(sev, { maxLength: 50 }), sev, (list, extra) => {
        const before = scoreItems(list.map((s) => item(s))).score;
        const after = scoreItems([...list.map((s) => item(s)), item(extra)]).score;
        expect(before).toBeGreaterThanOrEqual(0);
        expect(before).toBeLessThanOrEqual(100);
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });
});

describe('scores of a review', () => {
  it('per touchpoint, per category and for the whole journey; dismissed not counted', () => {
    const s = scoreReview(demoBundle());
    // Home: serious 20 → 80; Product: moderate 8 → 92; Checkout: critical 40 + moderate 8 (+ dismissed minor) → 52; Contact: minor 3 → 97
    expect(s.touchpoints.map((t) => t.score.score)).toEqual([80, 92, 52, 97]);
    // Review: 40 + 20 + 8 + 4 + 3 = 75 → 25
    expect(s.review.score).toBe(25);
    expect(s.review.dismissed).toBe(1);
    expect(s.categories.checkout.score).toBe(60);
    expect(s.categories.contact.score).toBe(77); // serious 20 + minor 3
    expect(s.categories.transparency.score).toBe(100); // only a dismissed finding
    expect(s.review.deductions[0]).toMatchObject({ points: 40, title: 'Account required to buy', touchpointOrder: 3, touchpointTitle: 'Checkout' });
    // The second moderate of the journey counts half.
    expect(s.review.deductions.filter((d) => d.severity === 'moderate').map((d) => d.points)).toEqual([8, 4]);
  });

  it('ranks repeats in journey order, so the earliest page takes the full weight', () => {
    const tps = [touchpoint(2), touchpoint(1)];
    const b = bundle(tps, [stored(tps[0]!, 'serious', { id: 'late' }), stored(tps[1]!, 'serious', { id: 'early' })]);
    const d = scoreModel(modelFromBundle(b)).review.deductions;
    expect(d.map((x) => [x.findingId, x.points])).toEqual([['early', 20], ['late', 12]]);
  });
});
