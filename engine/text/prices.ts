/**
 * Visible prices with their currency and role (product, shipping, subtotal, total, fee), for the late-costs
 * check and for a cross-page price comparison. Pure: reads the PageContext's text blocks only.
 *
 * Formats: €12,99 · 12.99 € · $1,299.00 · 1.299,00 TL · ₺149,90 · 120٬000 تومان · ۱۲۰٬۰۰۰ ریال · CHF 12.–
 */
import type { PageContext, TextBlock } from '../page-types';
import { normalizeDigits } from './digits';
import { lower } from './steps';
import { FEE, SHIPPING, SUBTOTAL, TOTAL } from '../lexicon/fees';

export type PriceRole = 'product' | 'shipping' | 'total' | 'subtotal' | 'fee' | 'unknown';

export interface Price {
  amount: number;
  /** ISO 4217 code; IRT for Iranian toman (not ISO), IRR for rial. */
  currency: string;
  /** The price as written on the page. */
  text: string;
  role: PriceRole;
  /** The text block the price is in, and the words labelling the price (the block's other text, or the cell before). */
  el?: Element;
  label?: string;
}

const CODES: Record<string, string> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', '$': 'USD', us$: 'USD', usd: 'USD', '£': 'GBP', gbp: 'GBP', '₺': 'TRY', tl: 'TRY',
  try: 'TRY', chf: 'CHF', 'تومان': 'IRT', toman: 'IRT', 'ریال': 'IRR', rial: 'IRR', irr: 'IRR',
};
const NUM = "\\d{1,3}(?:[.,\\u00a0\\u202f' ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
const PRE = '€|us\\$|\\$|£|₺|eur|usd|gbp|chf|tl';
const POST = '€|\\$|£|₺|eur|euro|usd|gbp|chf|tl|try|تومان|ریال|toman|rial|irr';
const PRICE = new RegExp(
  `(?<![\\w.,])(?:(${PRE})\\s?(${NUM})(?:[.,]-{1,2}|[.,]–)?|(${NUM})\\s?(${POST}))(?![a-z\\u0621-\\u06ff]|\\d)`,
  'gi',
);

/** Number as written → value: the last separator followed by 1–2 digits is the decimal point. */
export function parseAmount(raw: string): number {
  const s = raw.replace(/[\s\u00a0\u202f']/g, '');
  const m = /[.,](\d{1,2})$/.exec(s);
  const int = (m ? s.slice(0, m.index) : s).replace(/[.,]/g, '');
  return Number(int) + (m ? Number(m[1]) / 10 ** m[1]!.length : 0);
}

/** Prices in one text, in order; Persian digits and separators (٬ ٫) allowed. Same-length normalisation keeps indices. */
export function parsePrices(text: string): { amount: number; currency: string; text: string; index: number }[] {
  const s = normalizeDigits(text).replace(/٬/g, ',').replace(/٫/g, '.');
  const out: { amount: number; currency: string; text: string; index: number }[] = [];
  PRICE.lastIndex = 0;
  for (let m; (m = PRICE.exec(s)); ) {
    const cur = (m[1] ?? m[4] ?? '').toLowerCase();
    const amount = parseAmount(m[2] ?? m[3] ?? '');
    if (!Number.isFinite(amount)) continue;
    out.push({ amount, currency: CODES[cur] ?? cur.toUpperCase(), text: text.slice(m.index, m.index + m[0].length).trim(), index: m.index });
  }
  return out;
}

/** Role of a price from the words labelling it. */
export function priceRole(label: string, pageKind: string): PriceRole {
  const t = lower(label);
  if (FEE.test(t)) return 'fee';
  if (SUBTOTAL.test(t)) return 'subtotal';
  if (TOTAL.test(t)) return 'total';
  if (SHIPPING.test(t)) return 'shipping';
  return pageKind === 'product' || pageKind === 'cart' || pageKind === 'checkout' ? 'product' : 'unknown';
}

/** Cached per walk (its block list) and page kind, so the content script's replay rounds share one reading. */
const cache = new WeakMap<readonly TextBlock[], { pageKind: string; prices: Price[] }>();

/**
 * Every visible price on the page with its role. A block that holds only a price (a table cell) takes its
 * label from the block before it ("Shipping" | "€4.99"). Cached per walk.
 */
export function readPrices(ctx: PageContext): Price[] {
  const hit = cache.get(ctx.textBlocks);
  if (hit && hit.pageKind === ctx.pageKind) return hit.prices;
  const out: Price[] = [];
  const blocks = ctx.textBlocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!b.visible || b.text.length > 200 || !/[\d\u06f0-\u06f9\u0660-\u0669]/.test(b.text)) continue;
    const found = parsePrices(b.text);
    if (found.length === 0) continue;
    let label = b.text;
    for (const p of found) label = label.replace(p.text, ' ');
    if (!/\p{L}/u.test(label) && i > 0 && blocks[i - 1]!.text.length <= 60) label = blocks[i - 1]!.text;
    const role = priceRole(label, ctx.pageKind);
    for (const p of found) out.push({ amount: p.amount, currency: p.currency, text: p.text, role, el: b.el, label: label.replace(/\s+/g, ' ').trim() });
  }
  cache.set(ctx.textBlocks, { pageKind: ctx.pageKind, prices: out });
  return out;
}
