/**
 * Screenshots for manual findings, taken in the background: captureVisibleTab (allowed by activeTab after
 * the reviewer's gesture) gives a PNG of the visible viewport; the element's box is cropped out with the
 * ratio of image pixels to CSS pixels (device pixel ratio × zoom) on an OffscreenCanvas, so it works in the
 * service worker. The crop math is pure and tested; the rest needs a browser.
 */
import { browser } from 'wxt/browser';
import { base64ToBytes } from './export';

export interface CssRect { x: number; y: number; width: number; height: number }
export interface PixelRect { sx: number; sy: number; sw: number; sh: number }

/** Longest side of a stored full-page screenshot (keeps exports small). */
export const MAX_PAGE_SIDE = 1600;

/**
 * The image-pixel rectangle of `rect` (viewport CSS pixels) in a capture of `image` size taken of a viewport
 * `viewport` wide, with `pad` CSS pixels around it, clipped to the image. Null when nothing is visible.
 */
export function cropRect(rect: CssRect, viewport: { width: number; height: number }, image: { width: number; height: number }, pad = 8): PixelRect | null {
  const scale = image.width / viewport.width;
  const x0 = Math.max(0, Math.floor((rect.x - pad) * scale));
  const y0 = Math.max(0, Math.floor((rect.y - pad) * scale));
  const x1 = Math.min(image.width, Math.ceil((rect.x + rect.width + pad) * scale));
  const y1 = Math.min(image.height, Math.ceil((rect.y + rect.height + pad) * scale));
  if (x1 - x0 < 1 || y1 - y0 < 1) return null;
  return { sx: x0, sy: y0, sw: x1 - x0, sh: y1 - y0 };
}

/** Size to scale a full capture down to, keeping its aspect ratio. */
export function fitSize(width: number, height: number, max = MAX_PAGE_SIDE): { width: number; height: number } {
  const k = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)) };
}

export interface Captured { blob: Blob; width: number; height: number }

/** Captures the visible tab of `windowId`; crops to `rect` (element) or keeps the page (scaled down). */
export async function captureTab(windowId: number, rect: CssRect | null, viewport: { width: number; height: number }): Promise<Captured | null> {
  const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  const comma = dataUrl.indexOf(',');
  const bitmap = await createImageBitmap(new Blob([base64ToBytes(dataUrl.slice(comma + 1))], { type: 'image/png' }));
  try {
    const src: PixelRect | null = rect ? cropRect(rect, viewport, bitmap) : { sx: 0, sy: 0, sw: bitmap.width, sh: bitmap.height };
    if (!src) return null;
    const out = rect ? { width: src.sw, height: src.sh } : fitSize(src.sw, src.sh);
    const canvas = new OffscreenCanvas(out.width, out.height);
    const g = canvas.getContext('2d');
    if (!g) return null;
    g.drawImage(bitmap, src.sx, src.sy, src.sw, src.sh, 0, 0, out.width, out.height);
    return { blob: await canvas.convertToBlob({ type: 'image/png' }), width: out.width, height: out.height };
  } finally {
    bitmap.close();
  }
}
