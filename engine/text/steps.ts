/**
 * Reads a checkout/sign-up step indicator from the page context: "Step 2 of 5" in any of our languages,
 * a list with aria-current="step", or a numbered step list (ol/ul with a step/progress class).
 * Pure: reads only the PageContext (its text blocks and element list), never re-queries the page.
 */
import type { PageContext, TextBlock } from '../page-types';
import { normalizeDigits } from './digits';
import { STEP_LIST_ATTR, STEP_OF } from '../lexicon/checkout-steps';

export interface StepFacts {
  /** 1-based current step; 0 when the indicator shows the steps but not which one is current. */
  current: number;
  total: number;
  /** The indicator's text as shown ("Step 2 of 5", or the step names joined by " › "). */
  text: string;
  /** The indicator element (for markers); not part of the cross-page facts. */
  el?: Element;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case with ASCII digits; Turkish İ folded to i; length may change only for İ. */
export function lower(s: string): string {
  // ASCII text has no other digits and no combining dot: lower case is all there is to do.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return normalizeDigits(s).toLowerCase().replace(/\u0307/g, '');
}

const lowered = new WeakMap<readonly TextBlock[], (string | undefined)[]>();

/**
 * lower(ctx.textBlocks[i].text) by block index, each computed once per walk: several detectors test the same
 * blocks with their own words (and the content script's replay rounds test them again).
 */
export function blockLowerer(ctx: PageContext): (i: number) => string {
  const blocks = ctx.textBlocks;
  let texts = lowered.get(blocks);
  if (!texts) lowered.set(blocks, (texts = new Array<string | undefined>(blocks.length)));
  const cached = texts;
  return (i) => (cached[i] ??= lower(blocks[i]!.text));
}

/** Parses "Step 2 of 5" and its translations in a short text; null when absent or implausible. */
export function parseStepText(text: string): { current: number; total: number } | null {
  return parseLowered(lower(text));
}

function parseLowered(t: string): { current: number; total: number } | null {
  const m = STEP_OF.exec(t);
  if (!m) return null;
  const current = Number(m[1] ?? m[3]);
  const total = Number(m[2] ?? m[4]);
  return current >= 1 && total >= 2 && total <= 20 && current <= total ? { current, total } : null;
}

/**
 * An element's aria-current attribute. The reflected `ariaCurrent` property (ARIA reflection) answers without
 * converting an attribute name, which on this every-element loop costs more than the rest of it; where the
 * browser does not reflect it, or a form's control shadows it, the attribute is read.
 */
function ariaCurrentOf(el: Element): string | null {
  const v: unknown = (el as Element & { ariaCurrent?: unknown }).ariaCurrent;
  return typeof v === 'string' || v === null ? v : el.getAttribute('aria-current');
}

const CURRENT = /\b(active|current|is-current|selected|on)\b/i;
const DONE = /\b(done|complete|completed|visited|passed)\b/i;

function fromList(list: Element, ctx: PageContext): StepFacts | null {
  // Separator items (empty <li> with an arrow icon) are not steps.
  const items = Array.from(list.children).filter((c) => (c.tagName === 'LI' || c.getAttribute('role') === 'listitem') && /[\p{L}\p{N}]/u.test(c.textContent ?? ''));
  if (items.length < 2 || items.length > 12) return null;
  const texts = items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
  if (texts.some((t) => t.length > 60)) return null;
  let current = items.findIndex((li) => li.getAttribute('aria-current') === 'step' || li.querySelector('[aria-current="step"]'));
  if (current < 0) current = items.findIndex((li) => CURRENT.test(li.getAttribute('class') ?? ''));
  if (current < 0) {
    const done = items.filter((li) => DONE.test(li.getAttribute('class') ?? '')).length;
    current = done > 0 && done < items.length ? done : -1;
  }
  if (!ctx.visible(list)) return null;
  return { current: current + 1, total: items.length, text: texts.join(' › '), el: list };
}

/**
 * Cached per walk (its block list, checked against its element list), not per context object: it reads only
 * the walk's data, so the content script's replay rounds (fresh context copies) share one answer.
 */
const cache = new WeakMap<readonly TextBlock[], { elements: readonly Element[]; found: StepFacts | null }>();

/** The page's step indicator, or null. Cached per walk. */
export function readStepIndicator(ctx: PageContext): StepFacts | null {
  const hit = cache.get(ctx.textBlocks);
  if (hit && hit.elements === ctx.elements) return hit.found;
  let found: StepFacts | null = null;
  const lowerAt = blockLowerer(ctx);
  for (let i = 0; i < ctx.textBlocks.length; i++) {
    const b = ctx.textBlocks[i]!;
    if (!b.visible || b.text.length > 160) continue;
    const s = parseLowered(lowerAt(i));
    if (s) {
      found = { ...s, text: b.text, el: b.el };
      break;
    }
  }
  if (!found) {
    let listed: StepFacts | null = null;
    // Two reads per element at most (this loop visits every element of the page): the tag name once.
    const elements = ctx.elements;
    for (let i = 0; i < elements.length; i++) {
      const el = elements[i]!;
      if (ariaCurrentOf(el) === 'step') {
        const list = el.closest('ol,ul,[role=list]') ?? el.parentElement;
        found = list ? fromList(list, ctx) : null;
        if (found) break;
        continue;
      }
      if (listed) continue;
      const tag = el.tagName;
      if (tag === 'OL' || tag === 'UL') {
        const attr = `${ctx.classNames[i] ?? ''} ${ctx.ids[i] ?? ''}`;
        if (STEP_LIST_ATTR.test(attr)) listed = fromList(el, ctx);
      }
    }
    found ??= listed && listed.current > 0 ? listed : null;
  }
  cache.set(ctx.textBlocks, { elements: ctx.elements, found });
  return found;
}
