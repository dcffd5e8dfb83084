import { defineJourneyDetector, siteOf, type JourneyPage, type JourneyRawFinding } from '../journey-types';

/**
 * A checkout longer than the benchmark average: the number of distinct checkout pages the reviewer went
 * through, or the largest total a step indicator announces ("Step 2 of 6"), whichever is larger.
 * Step indicators count on checkout and cart pages, and on any page after the journey reached the cart
 * or checkout (a "review order" step that does not look like a form); never on sign-up or login pages.
 * Pages without facts (saved before journey checks existed) are not counted.
 */
const NOT_CHECKOUT = new Set(['signup', 'login', 'contact', 'legal', 'article']);

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

export default /* @__PURE__ */ defineJourneyDetector({
  meta: {
    id: 'too-many-steps',
    category: 'checkout',
    severity: 'moderate',
    title: {
      en: 'Checkout has too many steps',
      de: 'Kasse hat zu viele Schritte',
      tr: 'Ödeme çok fazla adımdan oluşuyor',
      fr: 'Le paiement compte trop d’étapes',
      es: 'El pago tiene demasiados pasos',
      it: 'Il checkout ha troppi passaggi',
      fa: 'فرایند پرداخت مراحل زیادی دارد',
    },
    why: {
      en: 'Every extra checkout step is another page to load, another place to doubt and leave. "Too long or complicated checkout" is among the top reasons shoppers abandon an order (Baymard: 18%).',
      de: 'Jeder zusätzliche Schritt ist eine weitere Seite, ein weiterer Moment zum Zweifeln und Abbrechen. Ein „zu langer oder komplizierter Bestellvorgang“ gehört zu den Hauptgründen für Kaufabbrüche (Baymard: 18 %).',
      tr: 'Her ek adım yüklenecek bir sayfa daha, şüphe duyup vazgeçmek için bir fırsat daha demektir. "Çok uzun veya karmaşık ödeme" en sık vazgeçme nedenlerindendir (Baymard: %18).',
      fr: 'Chaque étape de plus est une page à charger et une occasion de douter. Un paiement « trop long ou compliqué » est une cause majeure d’abandon (Baymard : 18 %).',
      es: 'Cada paso extra es otra página que cargar y otra ocasión de dudar. Un pago «demasiado largo o complicado» es causa frecuente de abandono (Baymard: 18 %).',
      it: 'Ogni passaggio in più è un’altra pagina da caricare e un’altra occasione per dubitare. Un checkout «troppo lungo o complicato» è tra le prime cause di abbandono (Baymard: 18%).',
      fa: 'هر مرحلهٔ اضافه صفحهٔ دیگری برای بارگذاری و فرصت دیگری برای تردید و ترک است. «پرداخت طولانی یا پیچیده» از دلایل اصلی رها کردن خرید است (Baymard: ۱۸٪).',
    },
    fix: {
      en: 'Merge steps: ask for the address and delivery on one page, payment and review on the next; let guests check out without an account and skip steps that have only one choice.',
      de: 'Fassen Sie Schritte zusammen: Adresse und Versand auf einer Seite, Zahlung und Prüfung auf der nächsten; Gastbestellung ohne Konto, keine Schritte mit nur einer Wahl.',
      tr: 'Adımları birleştirin: adres ve teslimat bir sayfada, ödeme ve onay bir sonrakinde; üyeliksiz alışverişe izin verin, tek seçenekli adımları atlayın.',
      fr: 'Fusionnez les étapes : adresse et livraison sur une page, paiement et vérification sur la suivante ; commande sans compte.',
      es: 'Una los pasos: dirección y envío en una página, pago y revisión en la siguiente; compra como invitado.',
      it: 'Unite i passaggi: indirizzo e spedizione in una pagina, pagamento e riepilogo nella successiva; acquisto come ospite.',
      fa: 'مراحل را ادغام کنید: نشانی و ارسال در یک صفحه، پرداخت و بازبینی در صفحهٔ بعد؛ خرید بدون حساب کاربری را ممکن کنید.',
    },
    thresholds: {
      averageSteps: {
        value: 5.1,
        unit: 'checkout steps',
        source: 'Baymard Institute checkout benchmark: the average checkout has 5.1 steps (2024; 5.08 in its 2012 benchmark of the top-100 US sites, counted from the cart to the completed order).',
      },
      maxSteps: {
        value: 5,
        unit: 'checkout steps',
        source: 'Above the Baymard average of 5.1 steps: a checkout of 6 or more steps (pages, or the total a step indicator announces) is flagged.',
      },
    },
    messages: {
      indicator: {
        en: 'The checkout announces {count} steps (“{text}” on “{pageB}”, starting at “{pageA}”); the average checkout has about {limit}.',
        de: 'Die Kasse kündigt {count} Schritte an („{text}“ auf „{pageB}“, Beginn auf „{pageA}“); im Durchschnitt sind es etwa {limit}.',
        tr: 'Ödeme {count} adım duyuruyor (“{pageB}” sayfasında “{text}”, başlangıç “{pageA}”); ortalama ödeme yaklaşık {limit} adımdır.',
        fr: 'Le paiement annonce {count} étapes (« {text} » sur « {pageB} », début sur « {pageA} ») ; la moyenne est d’environ {limit}.',
        es: 'El pago anuncia {count} pasos («{text}» en «{pageB}», desde «{pageA}»); la media es de unos {limit}.',
        it: 'Il checkout annuncia {count} passaggi («{text}» su «{pageB}», dall’inizio su «{pageA}»); la media è circa {limit}.',
        fa: 'فرایند پرداخت {count} مرحله اعلام می‌کند («{text}» در «{pageB}»، از «{pageA}»)؛ میانگین حدود {limit} مرحله است.',
      },
      pages: {
        en: 'The checkout took {count} pages, from “{pageA}” to “{pageB}”; the average checkout has about {limit} steps.',
        de: 'Die Kasse umfasste {count} Seiten, von „{pageA}“ bis „{pageB}“; im Durchschnitt sind es etwa {limit} Schritte.',
        tr: 'Ödeme “{pageA}” sayfasından “{pageB}” sayfasına {count} sayfa sürdü; ortalama ödeme yaklaşık {limit} adımdır.',
        fr: 'Le paiement a pris {count} pages, de « {pageA} » à « {pageB} » ; la moyenne est d’environ {limit} étapes.',
        es: 'El pago ocupó {count} páginas, de «{pageA}» a «{pageB}»; la media es de unos {limit} pasos.',
        it: 'Il checkout ha richiesto {count} pagine, da «{pageA}» a «{pageB}»; la media è di circa {limit} passaggi.',
        fa: 'فرایند پرداخت {count} صفحه طول کشید، از «{pageA}» تا «{pageB}»؛ میانگین حدود {limit} مرحله است.',
      },
    },
  },
  evaluate(pages) {
    const limit = this.meta.thresholds!.maxSteps!.value;
    const average = this.meta.thresholds!.averageSteps!.value;
    const out: JourneyRawFinding[] = [];
    // One count per site (a journey may pass through a payment provider's pages).
    const sites = new Map<string, number[]>();
    pages.forEach((p, i) => {
      if (!p.facts) return;
      const s = siteOf(p.url);
      sites.set(s, [...(sites.get(s) ?? []), i]);
    });
    for (const indices of sites.values()) {
      let reached = false;
      const checkout: number[] = [];
      const paths = new Set<string>();
      let indicator = -1;
      let cart = -1;
      for (const i of indices) {
        const p: JourneyPage = pages[i]!;
        const kind = p.pageKind;
        if (kind === 'cart' || kind === 'checkout') reached = true;
        if (kind === 'cart' && indicator < 0) cart = i;
        if (kind === 'checkout' && !paths.has(pathOf(p.url))) {
          paths.add(pathOf(p.url));
          checkout.push(i);
        }
        const step = p.facts?.step;
        if (step && reached && !NOT_CHECKOUT.has(kind) && (indicator < 0 || step.total > pages[indicator]!.facts!.step!.total)) indicator = i;
      }
      const announced = indicator >= 0 ? pages[indicator]!.facts!.step!.total : 0;
      const count = Math.max(checkout.length, announced);
      if (count <= limit) continue;
      const first = checkout[0] ?? indicator;
      if (announced >= checkout.length) {
        out.push({
          message: 'indicator',
          pageA: cart >= 0 && cart < indicator ? cart : Math.min(first, indicator),
          pageB: indicator,
          params: { count, limit: average, text: pages[indicator]!.facts!.step!.text },
          evidence: { text: pages[indicator]!.facts!.step!.text, steps: count, checkoutPages: checkout.length, limit },
          severity: count > limit * 1.5 ? 'serious' : undefined,
          subject: 'steps',
        });
      } else {
        out.push({
          message: 'pages',
          pageA: first,
          pageB: checkout[checkout.length - 1]!,
          params: { count, limit: average },
          evidence: { text: String(count), steps: count, checkoutPages: checkout.length, limit },
          severity: count > limit * 1.5 ? 'serious' : undefined,
          subject: 'steps',
        });
      }
    }
    return out;
  },
});
