import { LATE_COST } from '../lexicon/fees';
import { readPrices } from '../text/prices';
import { blockLowerer } from '../text/steps';
import { defineDetector, type RawFinding } from './types';

/** Costs left for later ("shipping calculated at checkout") and fees that show up only in the checkout. */
export default defineDetector({
  meta: {
    id: 'late-costs',
    category: 'checkout',
    severity: 'moderate',
    title: {
      en: 'Costs shown late', de: 'Kosten erst spät sichtbar', tr: 'Masraflar geç gösteriliyor', fr: 'Frais affichés tardivement',
      es: 'Costes mostrados tarde', it: 'Costi mostrati tardi', fa: 'هزینه‌ها دیر نمایش داده می‌شوند',
    },
    why: {
      en: 'Extra costs that appear only at the end are the top reason for abandoning a purchase: 48% of shoppers (Baymard 2024); EU law requires the total price, including delivery, up front (Directive 2011/83/EU Art. 6).',
      de: 'Zusatzkosten erst am Ende sind der häufigste Abbruchgrund: 48 % (Baymard 2024); der Gesamtpreis inkl. Versand muss vorher genannt werden (§ 312d BGB, RL 2011/83/EU).',
      tr: 'Sonda çıkan ek masraflar alışverişi bırakmanın bir numaralı nedenidir: %48 (Baymard 2024); toplam fiyat baştan gösterilmelidir.',
      fa: 'هزینه‌های اضافه‌ای که فقط در پایان ظاهر می‌شوند مهم‌ترین دلیل رها کردن خرید هستند: ۴۸٪ (Baymard 2024).',
    },
    fix: {
      en: 'Show shipping costs and every fee on the product and cart pages (a table or estimate by country), and drop service fees or fold them into the price.',
      de: 'Versandkosten und alle Gebühren schon auf Produkt- und Warenkorbseite zeigen; Servicegebühren streichen oder in den Preis einrechnen.',
      tr: 'Kargo ücretini ve tüm bedelleri ürün ve sepet sayfasında gösterin; hizmet bedellerini kaldırın ya da fiyata dahil edin.',
      fa: 'هزینهٔ ارسال و همهٔ کارمزدها را در صفحهٔ کالا و سبد نشان دهید و کارمزد خدمات را حذف یا در قیمت لحاظ کنید.',
    },
    thresholds: {
      abandonment: { value: 48, unit: '% of shoppers who abandoned', source: 'Baymard Institute, Cart Abandonment Rate Statistics 2024: 48% abandoned because extra costs (shipping, tax, fees) were too high.' },
    },
    messages: {
      later: {
        en: 'Costs are left for later: "{text}".',
        de: 'Kosten werden erst später genannt: „{text}“.',
        tr: 'Masraflar sonraya bırakılıyor: "{text}".',
        fr: 'Des frais sont reportés à plus tard : « {text} ».',
        es: 'Los costes se dejan para después: «{text}».',
        it: 'I costi sono rimandati: «{text}».',
        fa: 'هزینه‌ها به بعد موکول شده‌اند: «{text}».',
      },
      fee: {
        en: 'A fee is added in the {page}: "{label}" {price}. Was it shown before?',
        de: 'Im {page} kommt eine Gebühr hinzu: „{label}“ {price}. Wurde sie vorher genannt?',
        tr: '{page} aşamasında bir bedel ekleniyor: "{label}" {price}. Daha önce gösterildi mi?',
        fr: 'Des frais apparaissent ({page}) : « {label} » {price}. Étaient-ils annoncés avant ?',
        es: 'Aparece una tarifa ({page}): «{label}» {price}. ¿Se mostró antes?',
        it: 'Compare una commissione ({page}): «{label}» {price}. Era indicata prima?',
        fa: 'یک کارمزد در ({page}) افزوده می‌شود: «{label}» {price}. آیا پیش‌تر نشان داده شده بود؟',
      },
    },
  },
  applies: (ctx) => ctx.pageKind !== 'article' && ctx.pageKind !== 'legal',
  evaluate(ctx) {
    const out: RawFinding[] = [];
    const texts = new Set<string>();
    const lowerAt = blockLowerer(ctx);
    for (let i = 0; i < ctx.textBlocks.length; i++) {
      const b = ctx.textBlocks[i]!;
      if (!b.visible || b.text.length > 300 || texts.has(b.text) || !LATE_COST.test(lowerAt(i))) continue;
      texts.add(b.text);
      out.push({ message: 'later', params: { text: b.text.slice(0, 140) }, element: b.el, evidence: { text: b.text } });
    }
    if (ctx.pageKind === 'checkout' || ctx.pageKind === 'cart') {
      for (const p of readPrices(ctx)) {
        if (p.role !== 'fee' || p.amount <= 0 || texts.has(p.label ?? '')) continue;
        texts.add(p.label ?? '');
        out.push({
          message: 'fee',
          params: { page: ctx.pageKind, label: (p.label ?? '').slice(0, 80), price: p.text },
          element: p.el ?? null,
          evidence: { text: p.label ?? p.text, amount: p.amount, currency: p.currency },
        });
      }
    }
    return out;
  },
});
