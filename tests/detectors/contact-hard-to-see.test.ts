import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor } from '../../engine/detectors/contact-hard-to-see';
import { runFixture } from './harness';

runFixture('contact-hard-to-see');

describe('colour helpers', () => {
  it('parses hex, rgb() and rgba() as computed styles write them', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255, 1]);
    expect(parseColor('#00000080')![3]).toBeCloseTo(0.5, 2);
    expect(parseColor('rgb(12, 34, 56)')).toEqual([12, 34, 56, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('rgb(1 2 3 / 50%)')).toEqual([1, 2, 3, 0.5]);
    expect(parseColor('white')).toEqual([255, 255, 255, 1]);
    expect(parseColor('')).toBeNull();
    expect(parseColor('var(--x)')).toBeNull();
  });
  it('computes WCAG contrast ratios (black/white 21:1, #777 on white about 4.48:1)', () => {
    expect(contrastRatio([0, 0, 0, 1], [255, 255, 255, 1])).toBeCloseTo(21, 5);
    expect(contrastRatio([119, 119, 119, 1], [255, 255, 255, 1])).toBeCloseTo(4.48, 2);
    expect(contrastRatio([255, 255, 255, 1], [255, 255, 255, 1])).toBe(1);
  });
});
