import type { PageFacts } from '../result';
import { defineJourneyDetector, nearestEarlier, overlap, wordsOf, type JourneyPage, type JourneyRawFinding } from '../journey-types';

/**
 * Prices that change on the way to paying:
 * - line: a product's price on an earlier page (product page, cart) differs from its line on a later cart
 *   or checkout page (unit price or quantity × price both count as the same);
 * - late: a checkout total is higher than what the earlier pages added up to (cart total, else subtotal or
 *   product price plus any shipping stated before): "costs that appear late".
 */
type Price = PageFacts['prices'][number];

const LINE_PAGES = new Set(['cart', 'checkout']);

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.01, Math.abs(a) * 0.001);
}

/** A line total: quantity × price, or (quantity not read) a whole multiple of the price up to 20. */
function sameTimes(unit: number, line: Price): boolean {
  if (line.quantity) return same(unit * line.quantity, line.amount);
  const k = Math.round(line.amount / unit);
  return unit > 0 && k >= 2 && k <= 20 && same(unit * k, line.amount);
}

function sameCurrency(a: Price, b: Price): boolean {
  return !a.currency || !b.currency || a.currency === b.currency;
}

/** Money as the shop writes it, roughly: 12.99 EUR; no decimals for toman/rial. */
function money(amount: number, currency: string): string {
  const n = /^IR[RT]$/.test(currency) || Number.isInteger(amount) && amount >= 1000 ? String(Math.round(amount)) : amount.toFixed(2);
  return currency ? `${n} ${currency}` : n;
}

/** Prices of one product on a page, by its label: the product's own price(s) and its line(s). */
function productsOf(facts: PageFacts): Map<string, Price[]> {
  const byLabel = new Map<string, Price[]>();
  for (const p of facts.prices) {
    if (p.role !== 'product' || wordsOf(p.label).length === 0) continue;
    const list = byLabel.get(p.label) ?? [];
    list.push(p);
    byLabel.set(p.label, list);
  }
  return byLabel;
}

function matches(label: string, other: string): boolean {
  const a = wordsOf(label);
  const b = wordsOf(other);
  return overlap(a, b) >= 0.6 && Math.min(a.length, b.length) > 0;
}

/** What the earlier page said the order would cost, or null when it said nothing comparable. */
function expected(page: JourneyPage): { amount: number; currency: string; text: string } | null {
  const prices = page.facts?.prices ?? [];
  const first = (role: Price['role']) => prices.find((p) => p.role === role);
  const total = [...prices].reverse().find((p) => p.role === 'total');
  if (total) return { amount: total.amount, currency: total.currency, text: total.text };
  const sub = first('subtotal');
  const ship = prices.filter((p) => p.role === 'shipping');
  const shipping = ship.length ? Math.min(...ship.map((p) => p.amount)) : 0;
  const fees = prices.filter((p) => p.role === 'fee').reduce((s, p) => s + p.amount, 0);
  if (sub) {
    const amount = sub.amount + shipping + fees;
    return { amount, currency: sub.currency, text: amount === sub.amount ? sub.text : money(amount, sub.currency) };
  }
  if (page.pageKind === 'product') {
    const own = prices.filter((p) => p.role === 'product' && p.label === prices.find((q) => q.role === 'product')?.label);
    if (own.length) {
      const low = own.reduce((m, p) => (p.amount < m.amount ? p : m));
      const amount = low.amount + shipping;
      return { amount, currency: low.currency, text: shipping ? money(amount, low.currency) : low.text };
    }
  }
  return null;
}

export default /* @__PURE__ */ defineJourneyDetector({
  meta: {
    id: 'price-mismatch',
    category: 'consistency',
    severity: 'serious',
    title: {
      en: 'Price changes on the way to checkout',
      de: 'Preis ändert sich auf dem Weg zur Kasse',
      tr: 'Fiyat ödemeye giderken değişiyor',
      fr: 'Le prix change en route vers le paiement',
      es: 'El precio cambia camino del pago',
      it: 'Il prezzo cambia verso il pagamento',
      fa: 'قیمت در مسیر پرداخت تغییر می‌کند',
    },
    why: {
      en: 'Extra costs that appear late are the most common reason shoppers abandon a checkout (Baymard: 48% of abandonments), and a product that costs more in the cart than on its page feels like a bait-and-switch.',
      de: 'Zusatzkosten, die erst spät erscheinen, sind der häufigste Grund für Kaufabbrüche (Baymard: 48 %). Ein Produkt, das im Warenkorb mehr kostet als auf seiner Seite, wirkt wie ein Lockangebot.',
      tr: 'Geç çıkan ek maliyetler ödemeyi yarıda bırakmanın en yaygın nedenidir (Baymard: %48). Sepette sayfasındakinden pahalı olan bir ürün tuzak gibi görünür.',
      fr: 'Les frais qui apparaissent tard sont la première cause d’abandon (Baymard : 48 %). Un produit plus cher dans le panier que sur sa page ressemble à un leurre.',
      es: 'Los costes que aparecen tarde son la principal causa de abandono (Baymard: 48 %). Un producto más caro en el carrito que en su página parece un engaño.',
      it: 'I costi che compaiono tardi sono la prima causa di abbandono (Baymard: 48%). Un prodotto che costa di più nel carrello che sulla sua pagina sembra un inganno.',
      fa: 'هزینه‌هایی که دیر ظاهر می‌شوند رایج‌ترین دلیل رها کردن خرید است (Baymard: ۴۸٪)، و کالایی که در سبد گران‌تر از صفحهٔ خودش است فریبنده به نظر می‌رسد.',
    },
    fix: {
      en: 'Show the same price on the product page, in the cart and at checkout, and show shipping, fees and taxes (or a reliable estimate) before the checkout starts.',
      de: 'Zeigen Sie auf Produktseite, im Warenkorb und an der Kasse denselben Preis und nennen Sie Versand, Gebühren und Steuern (oder eine verlässliche Schätzung) vor Beginn der Kasse.',
      tr: 'Ürün sayfasında, sepette ve ödemede aynı fiyatı gösterin; kargo, ücret ve vergileri (veya güvenilir bir tahmini) ödeme başlamadan önce belirtin.',
      fr: 'Affichez le même prix partout et indiquez livraison, frais et taxes (ou une estimation fiable) avant le paiement.',
      es: 'Muestre el mismo precio en todas partes e indique envío, cargos e impuestos (o una estimación fiable) antes del pago.',
      it: 'Mostrate lo stesso prezzo ovunque e indicate spedizione, commissioni e tasse (o una stima affidabile) prima del checkout.',
      fa: 'در صفحهٔ کالا، سبد و پرداخت یک قیمت نشان دهید و هزینهٔ ارسال، کارمزد و مالیات (یا برآورد قابل اتکا) را پیش از شروع پرداخت بگویید.',
    },
    thresholds: {
      tolerance: {
        value: 0.01,
        unit: 'currency units (or 0.1% of the price)',
        source: 'Rounding only: a price that differs by more than a cent (or 0.1%) between pages is a different price.',
      },
    },
    messages: {
      line: {
        en: '{product} costs {before} on “{pageA}” but {after} on “{pageB}”.',
        de: '{product} kostet auf „{pageA}“ {before}, auf „{pageB}“ aber {after}.',
        tr: '{product} “{pageA}” sayfasında {before}, “{pageB}” sayfasında ise {after}.',
        fr: '{product} coûte {before} sur « {pageA} » mais {after} sur « {pageB} ».',
        es: '{product} cuesta {before} en «{pageA}» pero {after} en «{pageB}».',
        it: '{product} costa {before} su «{pageA}» ma {after} su «{pageB}».',
        fa: '{product} در «{pageA}» {before} است اما در «{pageB}» {after}.',
      },
      late: {
        en: 'The total on “{pageB}” is {after}, {extra} more than the {before} shown on “{pageA}”: costs that appear late.',
        de: 'Die Summe auf „{pageB}“ beträgt {after}, {extra} mehr als die {before} auf „{pageA}“: Kosten, die spät auftauchen.',
        tr: '“{pageB}” sayfasındaki toplam {after}; “{pageA}” sayfasında gösterilen {before} tutarından {extra} fazla: geç çıkan maliyetler.',
        fr: 'Le total sur « {pageB} » est de {after}, soit {extra} de plus que les {before} affichés sur « {pageA} » : des frais qui apparaissent tard.',
        es: 'El total en «{pageB}» es {after}, {extra} más que los {before} de «{pageA}»: costes que aparecen tarde.',
        it: 'Il totale su «{pageB}» è {after}, {extra} in più dei {before} mostrati su «{pageA}»: costi che compaiono tardi.',
        fa: 'جمع کل در «{pageB}» {after} است، {extra} بیشتر از {before} در «{pageA}»: هزینه‌هایی که دیر ظاهر می‌شوند.',
      },
    },
  },
  evaluate(pages) {
    const out: JourneyRawFinding[] = [];
    for (let b = 1; b < pages.length; b++) {
      const pageB = pages[b]!;
      const B = pageB.facts;
      if (!B) continue;

      // A product's line on a cart/checkout page vs the nearest earlier page that shows the same product.
      if (LINE_PAGES.has(pageB.pageKind)) {
        for (const [label, lines] of productsOf(B)) {
          const a = nearestEarlier(pages, b, (f) => [...productsOf(f).keys()].some((l) => matches(l, label)));
          if (a < 0) continue;
          const earlier = [...productsOf(pages[a]!.facts!)].find(([l]) => matches(l, label))![1];
          const fits = lines.some((line) =>
            earlier.some((p) => !sameCurrency(p, line) || same(p.amount, line.amount) || sameTimes(p.amount, line)),
          );
          if (fits) continue;
          const before = earlier[earlier.length - 1]!;
          const after = lines[0]!;
          out.push({
            message: 'line',
            pageA: a,
            pageB: b,
            params: { product: label, before: before.text, after: after.text },
            evidence: { text: after.text, valueA: before.text, valueB: after.text, amountA: before.amount, amountB: after.amount, currency: after.currency || before.currency },
            subject: `line|${wordsOf(label).join(' ')}`,
          });
        }
      }

      // The checkout total vs what the nearest earlier page with a total, subtotal or product price said.
      const totals = B.prices.filter((p) => p.role === 'total');
      if (pageB.pageKind !== 'checkout' || !totals.length) continue;
      const total = totals[totals.length - 1]!;
      const a = nearestEarlier(pages, b, (_f, p) => expected(p) !== null);
      if (a < 0) continue;
      const base = expected(pages[a]!)!;
      if (base.currency && total.currency && base.currency !== total.currency) continue;
      const extra = total.amount - base.amount;
      if (extra <= Math.max(0.01, base.amount * 0.001)) continue;
      const currency = total.currency || base.currency;
      const added = B.prices.filter((p) => p.role === 'shipping' || p.role === 'fee').map((p) => `${p.label} ${p.text}`.trim());
      out.push({
        message: 'late',
        pageA: a,
        pageB: b,
        params: { before: base.text, after: total.text, extra: money(extra, currency) },
        evidence: { text: total.text, valueA: base.text, valueB: total.text, amountA: base.amount, amountB: total.amount, currency, added },
        subject: 'late',
      });
    }
    return out;
  },
});
