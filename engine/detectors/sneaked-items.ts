import { ADDON, AUTO_ADDED } from '../lexicon/fees';
import { readPrices } from '../text/prices';
import { pressureHits, pressureHitsSteps } from '../text/pressure-hits';
import { blockLowerer, lower } from '../text/steps';
import { defineDetector, type RawFinding } from './types';

/** Items in the basket the shopper did not choose: "automatically added", insurance/donation lines in the cart. */
export default defineDetector({
  meta: {
    id: 'sneaked-items',
    category: 'pressure',
    severity: 'serious',
    title: {
      en: 'Item added without asking', de: 'Ungefragt hinzugefügter Artikel', tr: 'Sorulmadan eklenen ürün', fr: 'Article ajouté sans demander',
      es: 'Artículo añadido sin preguntar', it: 'Articolo aggiunto senza chiedere', fa: 'کالای افزوده‌شده بدون پرسش',
    },
    why: {
      en: 'Insurance, donations or extras put in the basket by default are paid for by shoppers who never chose them ("sneak into basket", Mathur et al. 2019; banned in the EU by Art. 22 Consumer Rights Directive).',
      de: 'Standardmäßig in den Warenkorb gelegte Versicherungen, Spenden oder Extras bezahlen Kund:innen, die sie nie gewählt haben; in der EU unzulässig (Art. 22 Verbraucherrechte-RL).',
      tr: 'Sepete varsayılan olarak eklenen sigorta, bağış veya ekstraları seçmeyen kişiler öder; AB\'de yasaktır (Tüketici Hakları Direktifi md. 22).',
      fa: 'بیمه، کمک مالی یا موارد اضافه‌ای که پیش‌فرض به سبد افزوده می‌شوند را کسانی می‌پردازند که هرگز انتخابشان نکرده‌اند.',
    },
    fix: {
      en: 'Offer extras as an unticked choice; never add paid items to the basket on the shopper\'s behalf.',
      de: 'Bieten Sie Extras als nicht angehakte Option an; legen Sie nie kostenpflichtige Artikel ungefragt in den Warenkorb.',
      tr: 'Ekstraları işaretsiz bir seçenek olarak sunun; ücretli ürünleri asla kullanıcı adına sepete eklemeyin.',
      fa: 'موارد اضافه را به صورت گزینهٔ انتخاب‌نشده پیشنهاد دهید و هرگز کالای پولی را خودسرانه به سبد نیفزایید.',
    },
    thresholds: {
      default: { value: 0, unit: 'pre-added paid items allowed', source: 'EU Consumer Rights Directive 2011/83/EU Art. 22: extra payments need express consent, not inferred from default options.' },
    },
    messages: {
      autoAdded: {
        en: 'Something was added to the basket automatically: "{text}".',
        de: 'Etwas wurde automatisch in den Warenkorb gelegt: „{text}“.',
        tr: 'Sepete otomatik olarak bir şey eklendi: "{text}".',
        fr: 'Un article a été ajouté automatiquement au panier : « {text} ».',
        es: 'Se añadió algo automáticamente a la cesta: «{text}».',
        it: 'Qualcosa è stato aggiunto automaticamente al carrello: «{text}».',
        fa: 'چیزی به‌طور خودکار به سبد افزوده شد: «{text}».',
      },
      addonLine: {
        en: 'Extra in the basket: "{text}" ({price}). Check whether you chose it.',
        de: 'Extra im Warenkorb: „{text}“ ({price}). Prüfen Sie, ob Sie es gewählt haben.',
        tr: 'Sepette ekstra: "{text}" ({price}). Bunu sizin seçip seçmediğinizi kontrol edin.',
        fr: 'Supplément dans le panier : « {text} » ({price}). Vérifiez que vous l\'avez choisi.',
        es: 'Extra en la cesta: «{text}» ({price}). Compruebe si lo eligió.',
        it: 'Extra nel carrello: «{text}» ({price}). Verificate di averlo scelto.',
        fa: 'مورد اضافه در سبد: «{text}» ({price}). بررسی کنید خودتان انتخابش کرده‌اید.',
      },
    },
  },
  applies: (ctx) => ctx.textBlocks.length > 0,
  prepare: pressureHitsSteps,
  evaluate(ctx) {
    const out: RawFinding[] = [];
    const seen = new Set<Element>();
    const lowerAt = blockLowerer(ctx);
    for (let i = 0; i < ctx.textBlocks.length; i++) {
      const b = ctx.textBlocks[i]!;
      if (!b.visible || b.text.length > 300 || !AUTO_ADDED.test(lowerAt(i))) continue;
      seen.add(b.el);
      out.push({ message: 'autoAdded', params: { text: b.text.slice(0, 120) }, element: b.el, evidence: { text: b.text } });
    }
    for (const h of pressureHits(ctx)) {
      if (h.category !== 'sneaking' || seen.has(h.el) || !/added|hinzugef|eklen|ajout|añadid|agregad|aggiunt|اضافه/.test(lower(h.match))) continue;
      seen.add(h.el);
      out.push({ message: 'autoAdded', params: { text: h.text.slice(0, 120) }, element: h.el, evidence: { text: h.text } });
    }
    if (ctx.pageKind !== 'cart' && ctx.pageKind !== 'checkout') return out;
    // A paid extra as a basket line (no checkbox or radio in it: those are choices, see prechecked-opt-in).
    const choices = ctx.forms.flatMap((f) => f.fields.filter((x) => x.type === 'checkbox' || x.type === 'radio').map((x) => x.el));
    for (const p of readPrices(ctx)) {
      const el = p.el;
      const text = p.label ?? '';
      if (!el || seen.has(el) || p.amount <= 0 || p.role === 'total' || p.role === 'subtotal' || p.role === 'fee') continue;
      if (!ADDON.test(lower(text)) || text.length > 60 || /up to|bis zu|kadar|jusqu|hasta|fino a/.test(lower(text)) || choices.some((c) => el.contains(c) || el.parentElement?.contains(c))) continue;
      seen.add(el);
      out.push({ message: 'addonLine', params: { text, price: p.text }, element: el, severity: 'moderate', evidence: { text } });
    }
    return out;
  },
});
