import { describe, expect, it } from 'vitest';
import { classifyPressure, derivePressureRequired, fold, foldMapped, pressureSources, pressureSourcesKey, setPressureFilters, type PressureCategory } from '../../engine/text/pressure';
import { PRESSURE_REQUIRED, PRESSURE_REQUIRED_KEY } from '../../engine/text/pressure-required';

type Case = [text: string, category: PressureCategory, lang?: string];

const POSITIVE: Record<string, Case[]> = {
  en: [
    ['Hurry! Only 2 left in stock', 'scarcity'],
    ['Just a few left in this size', 'scarcity'],
    ['Low stock – selling fast', 'scarcity'],
    ['This item is in high demand', 'scarcity'],
    ['Almost sold out!', 'scarcity'],
    ['78% claimed', 'scarcity'],
    ['Offer ends in 02:14:33', 'urgency'],
    ['Sale ends tonight!', 'urgency'],
    ['Limited time offer: 20% off everything', 'urgency'],
    ['Your cart is reserved for 09:58 minutes', 'urgency'],
    ['Deal ends in 1 day 4 hrs 12 mins', 'urgency'],
    ['12 people are looking at this right now', 'social-proof'],
    ['1,142 people added this to their cart in the last 24 hours', 'social-proof'],
    ['Someone in Leeds purchased a Wool Scarf 4 minutes ago', 'social-proof'],
    ['Priya from Pune just bought this', 'social-proof'],
    ['2.3k sold in the last month', 'social-proof'],
    ["No thanks, I don't like saving money", 'misdirection'],
    ["No thanks, I'd rather pay full price", 'misdirection'],
    ['I prefer paying full price', 'misdirection'],
    ['Tick this box if you do not wish to receive offers from us', 'misdirection'],
    ['Shipping protection has been added to your order', 'sneaking'],
    ['Your membership renews automatically at the regular price of $39.99 per year', 'sneaking'],
    ['To cancel your subscription, please call our customer care team at 1-800-555-0100 during business hours', 'obstruction'],
    ['You must create an account to checkout', 'forced-action'],
    ['By placing your order you also agree to receive promotional emails and texts', 'forced-action'],
  ],
  de: [
    ['Nur noch 2 auf Lager', 'scarcity'],
    ['Nur noch wenige Exemplare verfügbar!', 'scarcity'],
    ['Fast ausverkauft', 'scarcity'],
    ['Angebot endet in 02:14:33', 'urgency'],
    ['Nur für kurze Zeit: 30 % Rabatt', 'urgency'],
    ['Nur noch 3 Tage gültig', 'urgency'],
    ['12 Personen sehen sich diesen Artikel gerade an', 'social-proof'],
    ['Über 500 mal verkauft', 'social-proof'],
    ['Nein danke, ich zahle lieber den vollen Preis', 'misdirection'],
    ['Ich möchte keinen Rabatt', 'misdirection'],
    ['Das Abo verlängert sich automatisch um 12 Monate', 'sneaking'],
  ],
  tr: [
    ['Son 3 ürün!', 'scarcity'],
    ['Stokta sadece 2 adet kaldı', 'scarcity'],
    ['Tükenmek üzere', 'scarcity'],
    ['Kampanyanın bitmesine 02:14:33', 'urgency'],
    ['Sınırlı süreli teklif', 'urgency'],
    ['Bu ürünü şu anda 12 kişi inceliyor', 'social-proof'],
    ['BU ÜRÜNÜ ŞU ANDA 12 KİŞİ İNCELİYOR', 'social-proof'],
    ['Son 24 saatte 350 kişi sepetine ekledi', 'social-proof'],
    ["İzmir'den Ayşe 5 dakika önce satın aldı", 'social-proof'],
    ['Hayır teşekkürler, indirim istemiyorum', 'misdirection'],
  ],
  fr: [
    ['Plus que 2 en stock', 'scarcity'],
    ["Il n'en reste que 3 !", 'scarcity'],
    ['Bientôt épuisé', 'scarcity'],
    ["L'offre se termine dans 04:12:09", 'urgency'],
    ['Offre à durée limitée', 'urgency'],
    ['15 personnes regardent cet article en ce moment', 'social-proof'],
    ['Vendu 230 fois cette semaine', 'social-proof'],
    ['Non merci, je préfère payer le prix fort', 'misdirection'],
  ],
  es: [
    ['¡Solo quedan 3!', 'scarcity'],
    ['Últimas unidades', 'scarcity'],
    ['La oferta termina en 02:14:33', 'urgency'],
    ['Oferta por tiempo limitado', 'urgency'],
    ['8 personas están viendo este producto', 'social-proof'],
    ['María de Sevilla acaba de comprar este artículo', 'social-proof'],
    ['No, gracias, prefiero pagar el precio completo', 'misdirection'],
  ],
  it: [
    ['Ne rimangono solo 2', 'scarcity'],
    ["L'offerta termina tra 3 ore", 'urgency'],
    ['5 persone stanno guardando questo prodotto', 'social-proof'],
    ['No grazie, preferisco pagare il prezzo pieno', 'misdirection'],
  ],
  nl: [
    ['Nog maar 2 op voorraad', 'scarcity'],
    ['Aanbieding eindigt over 2 uur', 'urgency'],
    ['14 mensen bekijken dit product', 'social-proof'],
  ],
  fa: [
    ['فقط ۲ عدد باقی مانده', 'scarcity'],
    ['تنها ۳ عدد در انبار باقی مانده است', 'scarcity'],
    ['فقط ٢ عدد باقي مانده', 'scarcity'], // Arabic-Indic digits, Arabic ye
    ['موجودی رو به اتمام است', 'scarcity'],
    ['۱۲ نفر در حال مشاهده این محصول هستند', 'social-proof'],
    ['۱۲ نفر در حال مشاهده این محصول هستند', 'social-proof'],
    ['زمان باقی‌مانده تا پایان تخفیف ۰۲:۱۴:۳۳', 'urgency'],
    ['فرصت محدود!', 'urgency'],
    ['نه ممنون، تخفیف نمی‌خواهم', 'misdirection'],
    ['نه ممنون، نمی‌خواهم پول پس‌انداز کنم', 'misdirection'], // verb first: "I don't want to save money"
    ['خیر، من از صرفه‌جویی خوشم نمی‌آید', 'misdirection'], // "No, I don't enjoy saving"
  ],
};

const NEGATIVE: Record<string, string[]> = {
  en: [
    'Only ships to US', 'In stock', 'Free shipping on orders over $50', 'Sale', 'Write a review', 'Add to cart',
    'New arrivals', 'Limited edition', 'Sign up for our newsletter', "Men's Running Shoes", '$49.99', 'Home',
    'No thanks', 'Customers who bought this item also bought', 'Recently viewed', 'Only $5 away from free shipping!',
    'Opening hours: Mon–Fri 9:00–17:00', 'Published 2020-08-01 18:00:00', 'Serves 4 people',
    '2 people found this review helpful', 'Track your order', 'Most of our orders are from repeat customers.',
    'Skills in high demand: a report on the developer job market in the United States and Europe this year',
    'I bought this in blue two weeks ago and love it', 'Cancel anytime in your account settings',
    'Available in 3 colours', 'Back by popular demand', 'Print on demand', 'Video 12:04',
  ],
  de: ['Auf Lager', 'Kostenloser Versand ab 50 €', 'Nur noch 20 € bis zum kostenlosen Versand', 'In den Warenkorb', 'Neu eingetroffen', 'Limitierte Auflage'],
  tr: ['Stokta var', 'Sepete ekle', '150 TL üzeri ücretsiz kargo', 'Son 30 günün en düşük fiyatı', 'Yeni gelenler', '12 kişi değerlendirdi'],
  fr: ['En stock', 'Ajouter au panier', 'Plus que 20 € pour la livraison gratuite', 'Livraison gratuite dès 50 €', 'Nouveautés'],
  es: ['En stock', 'Añadir al carrito', 'Envío gratis en pedidos superiores a 50 €', 'Novedades', 'Quedan 20 € para el envío gratis'],
  it: ['Disponibile', 'Aggiungi al carrello', 'Spedizione gratuita'],
  nl: ['Op voorraad', 'In winkelwagen', 'Voor 23:00 besteld, morgen in huis'],
  fa: ['موجود', 'افزودن به سبد خرید', 'ارسال رایگان برای خریدهای بالای ۵۰۰ هزار تومان', 'ساعت کاری ۹:۰۰ تا ۱۷:۰۰', '۱۲ نفر از خریداران این محصول را پیشنهاد کرده‌اند',
    'اگر نمی‌خواهید تخفیف را از دست بدهید، عضو خبرنامه شوید', 'خیر', 'صرفه‌جویی در هزینه‌های ارسال با خرید بالای ۵۰۰ هزار تومان'],
};

describe('classifyPressure — positives', () => {
  for (const [lang, cases] of Object.entries(POSITIVE)) {
    for (const [text, category] of cases) {
      it(`${lang}: ${text}`, () => {
        const r = classifyPressure(text, lang);
        expect(r, text).not.toBeNull();
        expect(r?.category).toBe(category);
        expect(r?.score).toBeGreaterThanOrEqual(0.5);
        expect(r?.score).toBeLessThanOrEqual(1);
        expect(text).toContain(r?.match);
        expect(r?.match.length).toBeGreaterThan(0);
      });
    }
  }
});

describe('classifyPressure — ordinary shop text', () => {
  for (const [lang, texts] of Object.entries(NEGATIVE)) {
    for (const text of texts) {
      it(`${lang}: ${text}`, () => {
        expect(classifyPressure(text, lang)).toBeNull();
        expect(classifyPressure(text)).toBeNull();
      });
    }
  }
});

describe('classifyPressure — behaviour', () => {
  it('works without a language hint and with a wrong one', () => {
    expect(classifyPressure('Nur noch 2 auf Lager')?.category).toBe('scarcity');
    expect(classifyPressure('Son 3 ürün!', 'en')?.category).toBe('scarcity');
    expect(classifyPressure('فقط ۲ عدد باقی مانده', 'en-US')?.category).toBe('scarcity');
  });

  it('returns the matched part of the original text, not the folded one', () => {
    const r = classifyPressure('Ürün bilgisi — SON 3 ÜRÜN!');
    expect(r?.match).toBe('SON 3 ÜRÜN');
    expect(classifyPressure('Beeilen Sie sich: nur noch 2 Stück verfügbar')?.match).toContain('nur noch 2 Stück verfügbar');
  });

  it('treats Persian, Arabic-Indic and ASCII digits alike', () => {
    const a = classifyPressure('فقط 2 عدد باقی مانده');
    const b = classifyPressure('فقط ۲ عدد باقی مانده');
    const c = classifyPressure('فقط ٢ عدد باقی مانده');
    expect(a?.category).toBe('scarcity');
    expect(b).toEqual({ ...a, match: 'فقط ۲ عدد باقی مانده' });
    expect(c).toEqual({ ...a, match: 'فقط ٢ عدد باقی مانده' });
  });

  it('gives a stronger score when several cues agree', () => {
    const one = classifyPressure('Low stock');
    const two = classifyPressure('Low stock – selling fast');
    expect(two?.score ?? 0).toBeGreaterThan(one?.score ?? 1);
  });

  it('ignores empty, blank and symbol-only text', () => {
    expect(classifyPressure('')).toBeNull();
    expect(classifyPressure('   \n ')).toBeNull();
    expect(classifyPressure('— • —')).toBeNull();
  });
});

describe('classifyPressure — pre-filters change no result', () => {
  // Texts whose only trigger is in one language, in upper case (Turkish İ/ı), with Persian or Arabic-Indic
  // digits, fullwidth digits, or broken by invisible characters: the one-pass n-gram filter and the per-set
  // keyword gates must let every pattern that can match through.
  const EDGE: [text: string, category: PressureCategory | null][] = [
    ['SON 3 ÜRÜN!', 'scarcity'],
    ['STOKTA SADECE 2 ADET KALDI', 'scarcity'],
    ['STOKTA SADECE 2 ADET KALDİ', 'scarcity'],
    ['Stokta sadece 2 adet kaldı', 'scarcity'],
    ['BU ÜRÜNÜ ŞU ANDA 12 KİŞİ İNCELİYOR', 'social-proof'],
    ['HAYIR TEŞEKKÜRLER, İNDİRİM İSTEMİYORUM', 'misdirection'],
    ['NUR NOCH 2 AUF LAGER', 'scarcity'],
    ['Nur noch 2 Stück verfügbar', 'scarcity'],
    ['NUR NOCH WENIGE STÜCK VERFÜGBAR', 'scarcity'],
    ['Angebot endet in 02:14:33', 'urgency'],
    ['Angebot endet in ０２:１４:３３', 'urgency'],
    ['Angebot endet in ۰۲:۱۴:۳۳', 'urgency'],
    ['فقط ۲ عدد باقی مانده', 'scarcity'],
    ['فقط ٢ عدد باقي مانده', 'scarcity'],
    ['۱۲ نفر در حال مشاهده این محصول هستند', 'social-proof'],
    ['زمان باقی‌مانده تا پایان تخفیف ۰۲:۱۴:۳۳', 'urgency'],
    ['Only 2\u00a0left in stock', 'scarcity'],
    ['Only 2 left in sto\u00adck', 'scarcity'],
    ['Only 2 left\u200b in stock', 'scarcity'],
    ['ONLY 2 LEFT IN STOCK', 'scarcity'],
    ['Ends in 1 day 4 hrs 12 mins', 'urgency'],
    ['Plus que 2 en stock', 'scarcity'],
    ['¡SOLO QUEDAN 3!', 'scarcity'],
    ['Nog maar 2 op voorraad', 'scarcity'],
    ['Only  2   left\tin\nstock', 'scarcity'],
    ['Bientôt épuisé', 'scarcity'],
    ['Ürün bilgisi', null],
    ['İstanbul', null],
    ['۱۲۳۴', null],
    ['Straße 12', null],
  ];

  it.each(EDGE)('%s', (text, category) => {
    expect(classifyPressure(text)?.category ?? null).toBe(category);
  });

  it('gives the same answers with and without the filters', () => {
    const texts = [
      ...EDGE.map(([t]) => t),
      ...Object.values(POSITIVE).flat().map(([t]) => t),
      ...Object.values(NEGATIVE).flat(),
    ];
    const variants = texts.flatMap((t) => [t, t.toUpperCase(), t.toLocaleUpperCase('tr'), t.toLowerCase(), t.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d))), `${t} ${t}`]);
    const on = variants.map((t) => classifyPressure(t));
    setPressureFilters(false);
    try {
      expect(variants.map((t) => classifyPressure(t))).toEqual(on);
    } finally {
      setPressureFilters(true);
    }
  });
});

describe('stored required strings (engine/text/pressure-required.ts)', () => {
  it('were written from the current patterns and analysis (else run: npx tsx cli/gen-pressure-required.ts)', () => {
    const sources = pressureSources();
    expect(pressureSourcesKey(sources)).toBe(PRESSURE_REQUIRED_KEY);
    expect(derivePressureRequired(sources)).toEqual(PRESSURE_REQUIRED);
  });

  it('fingerprints every character of the sources', () => {
    const sources = pressureSources();
    const key = pressureSourcesKey(sources);
    expect(pressureSourcesKey(sources.map((s, i) => (i === 40 ? s.replace('a', 'b') : s)))).not.toBe(key);
    expect(pressureSourcesKey([...sources.slice(0, 1), sources[1]! + sources[2]!, ...sources.slice(3)])).not.toBe(key);
  });
});

describe('text folding', () => {
  it('fold equals the folded string of foldMapped', () => {
    for (const t of ['  Ürün  BİLGİSİ\u00a0—  Son 3 ', 'Straße ﬁnal ½', 'فقط ۲ عدد باقي‌مانده', 'a\u200b\u200cb', '\u00a0\u2003x\u3000', 'ʼn', 'x\ud83d\ude00y', '\ud800', 'ONLY  2\tLEFT', ' ', ''])
      expect(fold(t), JSON.stringify(t)).toBe(foldMapped(t).s);
  });
});
