import { defineJourneyDetector, nearestEarlier, type JourneyRawFinding } from '../journey-types';

/**
 * The return window stated on one page ("30 days returns") is replaced by another on a later page
 * ("14 Tage Rückgaberecht"). A page stating an extra window beside the first (members get 100 days) is
 * not flagged; the statutory withdrawal right (Widerruf, cayma hakkı, rétractation) is not a return
 * promise and is not read as one (engine/facts.ts).
 */
export default /* @__PURE__ */ defineJourneyDetector({
  meta: {
    id: 'inconsistent-returns',
    category: 'consistency',
    severity: 'serious',
    title: {
      en: 'Return period differs between pages',
      de: 'Rückgabefrist unterscheidet sich zwischen den Seiten',
      tr: 'İade süresi sayfalar arasında farklı',
      fr: 'Le délai de retour diffère d’une page à l’autre',
      es: 'El plazo de devolución cambia entre páginas',
      it: 'Il periodo di reso cambia da una pagina all’altra',
      fa: 'مهلت بازگشت کالا در صفحه‌ها متفاوت است',
    },
    why: {
      en: 'A generous return period is a promise that gets people to buy. If the checkout or the terms say something shorter than the product page, customers feel misled, and the shop invites disputes over which promise holds.',
      de: 'Eine großzügige Rückgabefrist ist ein Versprechen, das zum Kauf bewegt. Nennt die Kasse oder die AGB eine kürzere Frist als die Produktseite, fühlen sich Kunden getäuscht.',
      tr: 'Cömert bir iade süresi satın almaya ikna eden bir sözdür. Ödeme sayfası ürün sayfasından daha kısa bir süre söylerse müşteri kandırılmış hisseder.',
      fr: 'Un délai de retour généreux est une promesse qui fait acheter. Si le paiement annonce moins que la fiche produit, le client se sent trompé.',
      es: 'Un plazo de devolución generoso es una promesa que impulsa la compra. Si el pago indica menos que la ficha, el cliente se siente engañado.',
      it: 'Un periodo di reso generoso è una promessa che convince ad acquistare. Se il checkout indica meno della scheda prodotto, il cliente si sente ingannato.',
      fa: 'مهلت بازگشت سخاوتمندانه وعده‌ای است که مشتری را به خرید ترغیب می‌کند. اگر صفحهٔ پرداخت مهلت کوتاه‌تری بگوید، مشتری احساس فریب می‌کند.',
    },
    fix: {
      en: 'State one return period everywhere (product page, cart, checkout, terms), from one source, and link to the full returns policy.',
      de: 'Nennen Sie überall dieselbe Rückgabefrist (Produktseite, Warenkorb, Kasse, AGB) aus einer Quelle und verlinken Sie die Rückgabebedingungen.',
      tr: 'Her yerde (ürün, sepet, ödeme, koşullar) tek bir kaynaktan aynı iade süresini belirtin ve iade politikasına bağlantı verin.',
      fr: 'Indiquez partout le même délai (fiche, panier, paiement, CGV) et liez la politique de retour.',
      es: 'Indique el mismo plazo en todas partes (ficha, carrito, pago, condiciones) y enlace la política de devoluciones.',
      it: 'Indicate ovunque lo stesso periodo (scheda, carrello, checkout, condizioni) e collegate la politica di reso.',
      fa: 'همه جا (صفحهٔ کالا، سبد، پرداخت، قوانین) یک مهلت بازگشت از یک منبع بنویسید و به سیاست بازگشت پیوند دهید.',
    },
    messages: {
      differs: {
        en: '“{pageA}” promises {daysA} days to return, but “{pageB}” says {daysB} days.',
        de: '„{pageA}“ verspricht {daysA} Tage Rückgabe, „{pageB}“ nennt {daysB} Tage.',
        tr: '“{pageA}” {daysA} gün iade süresi vaat ediyor, “{pageB}” ise {daysB} gün diyor.',
        fr: '« {pageA} » promet {daysA} jours pour retourner, mais « {pageB} » indique {daysB} jours.',
        es: '«{pageA}» promete {daysA} días para devolver, pero «{pageB}» indica {daysB} días.',
        it: '«{pageA}» promette {daysA} giorni per il reso, ma «{pageB}» indica {daysB} giorni.',
        fa: '«{pageA}» {daysA} روز مهلت بازگشت وعده می‌دهد، اما «{pageB}» {daysB} روز می‌گوید.',
      },
    },
  },
  evaluate(pages) {
    const out: JourneyRawFinding[] = [];
    for (let b = 1; b < pages.length; b++) {
      const B = pages[b]!.facts;
      if (!B?.returns.length) continue;
      const a = nearestEarlier(pages, b, (f) => f.returns.length > 0);
      if (a < 0) continue;
      const A = pages[a]!.facts!;
      const gone = A.returns.filter((x) => !B.returns.some((y) => y.days === x.days));
      const added = B.returns.filter((y) => !A.returns.some((x) => x.days === y.days));
      if (!gone[0] || !added[0]) continue;
      out.push({
        message: 'differs',
        pageA: a,
        pageB: b,
        params: { daysA: gone[0].days, daysB: added[0].days },
        // A shorter window later is the one that hurts; a longer one is still a contradiction.
        severity: added[0].days > gone[0].days ? 'moderate' : undefined,
        evidence: { text: added[0].text, valueA: gone[0].text, valueB: added[0].text, daysA: gone[0].days, daysB: added[0].days },
        subject: `${gone[0].days}|${added[0].days}`,
      });
    }
    return out;
  },
});
