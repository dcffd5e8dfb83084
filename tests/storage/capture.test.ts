import { describe, expect, it } from 'vitest';
import { cropRect, fitSize } from '../../storage/capture';

describe('screenshot crop', () => {
  it('scales CSS pixels by the capture/viewport ratio (device pixel ratio 2)', () => {
    expect(cropRect({ x: 100, y: 50, width: 200, height: 40 }, { width: 800, height: 600 }, { width: 1600, height: 1200 }, 0)).toEqual({ sx: 200, sy: 100, sw: 400, sh: 80 });
  });
  it('pads and clips to the image', () => {
    expect(cropRect({ x: 2, y: 590, width: 100, height: 100 }, { width: 800, height: 600 }, { width: 800, height: 600 }, 8)).toEqual({ sx: 0, sy: 582, sw: 110, sh: 18 });
  });
  it('is null for an element scrolled out of view', () => {
    expect(cropRect({ x: 10, y: 900, width: 100, height: 20 }, { width: 800, height: 600 }, { width: 800, height: 600 }, 0)).toBeNull();
  });
  it('fits a full page capture into the size limit', () => {
    expect(fitSize(3200, 1800, 1600)).toEqual({ width: 1600, height: 900 });
    expect(fitSize(800, 600, 1600)).toEqual({ width: 800, height: 600 });
  });
});
