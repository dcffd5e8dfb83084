/**
 * Prices and the step indicator as page facts: an adapter over engine/text/prices.ts (readPrices) and
 * engine/text/steps.ts (readStepIndicator), adding what a cross-page comparison needs and they leave out:
 * the product a price belongs to (label) and a cart line's quantity.
 */
import type { PageFacts } from './result';
import type { PageContext } from './page-types';
import { readPrices } from './text/prices';
import { readStepIndicator } from './text/steps';
import { collapse, nearestRootFinder, truncate } from './dom';

/** The element that holds one product (a cart row, a list item, a card). */
const ROW = 'tr, li, article, [class*="item"], [class*="line"], [class*="product"], [role="row"]';
const QTY = /(?:^|\s)(?:qty|quantity|menge|anzahl|adet|quantité|qté|cantidad|quantità|تعداد)\s*:?\s*(\d{1,3})\b|(?:^|\s)(\d{1,3})\s*[x×]\s|\s[x×]\s*(\d{1,3})(?:\s|$)/i;

function rowOf(el: Element): Element | null {
  try {
    return el.closest(ROW);
  } catch {
    return null;
  }
}

/** Discounts and vouchers: negative amounts a comparison must not read as a product. */
const DISCOUNT = /discount|voucher|coupon|promo|saving|rabatt|gutschein|nachlass|ersparnis|indirim|kupon|remise|réduction|bon d'achat|descuento|cupón|ahorro|sconto|buono|risparmi|تخفیف|کوپن|[-−–]\s*$/iu;

/**
 * The visible text of each of `els` (and their rows), blocks joined by spaces (textContent runs table cells
 * together). One pass over the blocks: each block climbs to the nearest of `els` at or above it, and every
 * element passed remembers the answer, instead of every element testing every block (prices x blocks).
 */
function textsOf(ctx: PageContext, els: Set<Element>): (el: Element) => string {
  const parts = new Map<Element, string[]>();
  const climb = nearestRootFinder(els);
  if (els.size) {
    for (const b of ctx.textBlocks) {
      if (!b.visible) continue;
      for (let e = climb(b.el); e; e = climb(e.parentElement)) {
        const list = parts.get(e);
        if (list) list.push(b.text);
        else parts.set(e, [b.text]);
      }
    }
  }
  const texts = new Map<Element, string>();
  return (el) => {
    let t = texts.get(el);
    if (t === undefined) texts.set(el, (t = parts.get(el)?.join(' ') ?? collapse(el.textContent ?? '')));
    return t;
  };
}

function strip(text: string, prices: string[]): string {
  let t = text;
  // Splitting at a price the text does not hold gives the text back: most prices are elsewhere on the page.
  for (const p of prices) if (t.includes(p)) t = t.split(p).join(' ');
  t = t.replace(/(?:^|\s)[x×]\s*\d{1,3}(?=\s|$)|(?:^|\s)\d{1,3}\s*[x×](?=\s|$)|(?:qty|quantity|menge|anzahl|adet|quantité|qté|cantidad|quantità|تعداد)\s*:?\s*\d{1,3}/giu, ' ');
  return truncate(collapse(t).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, ''), 120);
}

export function pricesOf(ctx: PageContext): PageFacts['prices'] {
  const found = readPrices(ctx);
  const texts = found.map((p) => p.text);
  const h1 = ctx.textBlocks.find((b) => b.visible && b.el.tagName === 'H1')?.text ?? ctx.title;
  const out: PageFacts['prices'] = [];
  /** On a product page the first product price is the product's own (with a struck-out old price beside it). */
  let mainEl: Element | null = null;
  // The elements whose text is read below: each price's block and, for products, its row.
  const els = new Set<Element>();
  // Each product price's row, looked up once (a price block often holds several prices).
  const rows = new Map<Element, Element | null>();
  for (const p of found) {
    if (p.role === 'unknown' || !p.el) continue;
    els.add(p.el);
    if (p.role !== 'product') continue;
    let row = rows.get(p.el);
    if (row === undefined) rows.set(p.el, (row = rowOf(p.el)));
    if (row) els.add(row);
  }
  const textOf = textsOf(ctx, els);
  for (const p of found) {
    // Facts past the 60th are not kept, and nothing read below changes the ones before.
    if (out.length >= 60) break;
    if (p.role === 'unknown') continue;
    if (p.el && DISCOUNT.test(textOf(p.el).split(p.text)[0] ?? '')) continue;
    const own = (): string => (p.el ? strip(textOf(p.el), texts) : '');
    let label = '';
    let quantity: number | undefined;
    if (p.role === 'product') {
      const row = p.el ? rows.get(p.el)! : null;
      if (ctx.pageKind === 'product' && (mainEl === null || mainEl === p.el)) {
        label = h1;
        mainEl = p.el ?? null;
      } else if (row) {
        const rowText = textOf(row);
        label = strip(rowText, texts);
        let input: Element | null = null;
        try {
          input = row.querySelector('input[type=number], input[name*=qty i], input[name*=quant i], select[name*=qty i]');
        } catch {
          input = null;
        }
        const value = (input as HTMLInputElement | null)?.value;
        const m = QTY.exec(rowText);
        const q = Number(value || m?.[1] || m?.[2] || m?.[3] || 0);
        if (q >= 1 && q <= 999) quantity = q;
      } else label = own();
    } else label = own();
    const fact: PageFacts['prices'][number] = { role: p.role, amount: p.amount, currency: p.currency, label, text: p.text };
    if (quantity !== undefined) fact.quantity = quantity;
    out.push(fact);
  }
  return out;
}

export function stepOf(ctx: PageContext): PageFacts['step'] {
  const s = readStepIndicator(ctx);
  return s ? { current: s.current, total: s.total, text: truncate(s.text, 160) } : null;
}
