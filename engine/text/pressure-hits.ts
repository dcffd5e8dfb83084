/**
 * Pressure texts on a page, classified once per page context and shared by the pressure detectors
 * (countdown-timer, urgency-message, scarcity-message, social-proof-activity, confirmshaming, ...).
 * Candidates: visible text blocks up to MAX_LEN characters, then button and link texts that are not already
 * part of a reported block (a link inside a flagged sentence is the same text, reported once).
 */
import type { PageContext } from '../page-types';
import type { PressureCategory } from './pressure';
import { drain } from '../slices';

export interface PressureHit {
  el: Element;
  /** The full text of the block, button or link. */
  text: string;
  category: PressureCategory;
  score: number;
  match: string;
  kind: 'block' | 'button' | 'link';
}

/** Pressure messages are short; longer blocks are articles, reviews or terms. */
export const MAX_LEN = 300;

const cache = new WeakMap<PageContext, PressureHit[]>();

/** Elements that are or sit inside one of `roots` (walks at most 6 ancestors). */
export function within(el: Element, roots: Set<Element>): boolean {
  for (let e: Element | null = el, n = 0; e && n < 6; e = e.parentElement, n++) if (roots.has(e)) return true;
  return false;
}

export function pressureHits(ctx: PageContext): PressureHit[] {
  return cache.get(ctx) ?? drain(pressureHitsSteps(ctx));
}

/**
 * pressureHits as a generator that pauses every 256 texts, so a detector's `prepare` can fill the cache in
 * slices on a huge page; the detectors then read the cached answer.
 */
export function* pressureHitsSteps(ctx: PageContext): Generator<void, PressureHit[], void> {
  const cached = cache.get(ctx);
  if (cached) return cached;
  let n = 0;
  const out: PressureHit[] = [];
  const seen = new Set<Element>();
  const texts = new Set<string>();
  const add = (el: Element, text: string, kind: PressureHit['kind']): void => {
    // The same text twice (mobile and desktop copies, a repeated badge) is reported once.
    if (text.length > MAX_LEN || text.length < 3 || seen.has(el) || texts.has(text)) return;
    seen.add(el);
    texts.add(text);
    const m = ctx.services.classifyPressure(text, ctx.lang);
    if (m) out.push({ el, text, kind, ...m });
  };
  for (const b of ctx.textBlocks) {
    if ((++n & 255) === 0) yield;
    if (b.visible) add(b.el, b.text, 'block');
  }
  // A block that is just one link or button's text: the control is the element to point at.
  const controls = out.length > 0 ? [...ctx.links, ...ctx.buttons] : [];
  for (const h of out) {
    if ((++n & 255) === 0) yield;
    const c = controls.find((x) => x.text === h.text && x.el !== h.el && h.el.contains(x.el));
    if (c) h.el = c.el;
  }
  const flagged = new Set(out.map((h) => h.el));
  // Most pages have no flagged block: then no control sits inside one, and no ancestors are climbed.
  const free = (el: Element): boolean => flagged.size === 0 || !within(el, flagged);
  for (const b of ctx.buttons) {
    if ((++n & 255) === 0) yield;
    if (b.visible && free(b.el)) add(b.el, b.text, 'button');
  }
  for (const l of ctx.links) {
    if ((++n & 255) === 0) yield;
    if (l.visible && free(l.el)) add(l.el, l.text, 'link');
  }
  cache.set(ctx, out);
  return out;
}
