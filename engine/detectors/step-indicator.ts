import type { PageContext } from '../page-types';
import { readStepIndicator } from '../text/steps';
import { defineDetector } from './types';

export { readStepIndicator, type StepFacts } from '../text/steps';

function purchaseOrSignup(ctx: PageContext): boolean {
  return ctx.pageKind === 'checkout' || ctx.pageKind === 'cart' || ctx.pageKind === 'signup' ||
    ctx.forms.some((f) => f.kind === 'checkout' || f.kind === 'signup') ||
    /check-?out|kasse|odeme|ödeme|commande|pago|cassa|pagamento|پرداخت|تسویه|register|signup|registr|kayit|inscription/i.test(ctx.url);
}

/** A checkout or sign-up with more steps than the average checkout; the step facts are read by readStepIndicator. */
export default defineDetector({
  meta: {
    id: 'step-indicator',
    category: 'checkout',
    severity: 'moderate',
    title: {
      en: 'Many checkout steps', de: 'Viele Bestellschritte', tr: 'Çok sayıda ödeme adımı', fr: 'Trop d\'étapes de commande',
      es: 'Demasiados pasos de compra', it: 'Troppi passaggi di acquisto', fa: 'مراحل زیاد خرید',
    },
    why: {
      en: 'Each step is another page to load, read and confirm; the average checkout has 5.1 steps and 18% of shoppers abandon a too long checkout (Baymard 2024).',
      de: 'Jeder Schritt ist eine weitere Seite zum Laden, Lesen und Bestätigen; im Schnitt hat eine Kasse 5,1 Schritte, 18 % brechen zu lange Kassen ab (Baymard 2024).',
      tr: 'Her adım yüklenecek, okunacak ve onaylanacak bir sayfa daha demek; ortalama ödeme süreci 5,1 adımdır ve %18 uzun süreçte vazgeçer (Baymard 2024).',
      fa: 'هر مرحله صفحهٔ دیگری برای بارگذاری، خواندن و تأیید است؛ میانگین مراحل پرداخت ۵٫۱ است و ۱۸٪ در پرداخت طولانی منصرف می‌شوند (Baymard 2024).',
    },
    fix: {
      en: 'Merge steps (address and delivery on one page, review on the payment page); let returning shoppers skip known steps.',
      de: 'Schritte zusammenlegen (Adresse und Versand auf einer Seite, Übersicht auf der Zahlungsseite).',
      tr: 'Adımları birleştirin (adres ve teslimat tek sayfada, özet ödeme sayfasında).',
      fa: 'مراحل را ادغام کنید (نشانی و ارسال در یک صفحه، بازبینی در صفحهٔ پرداخت).',
    },
    thresholds: {
      steps: { value: 5, unit: 'steps', source: 'Baymard Institute, Checkout Usability benchmark 2024: the average checkout has 5.1 steps; more than 5 is flagged.' },
    },
    messages: {
      tooMany: {
        en: 'The step indicator shows {total} steps (now step {current}): "{text}"; the average checkout has 5.',
        de: 'Die Schrittanzeige zeigt {total} Schritte (jetzt Schritt {current}): „{text}“; im Schnitt sind es 5.',
        tr: 'Adım göstergesi {total} adım gösteriyor (şu an {current}. adım): "{text}"; ortalama 5 adımdır.',
        fr: "L'indicateur affiche {total} étapes (étape {current}) : « {text} » ; la moyenne est de 5.",
        es: 'El indicador muestra {total} pasos (paso {current}): «{text}»; la media es 5.',
        it: "L'indicatore mostra {total} passaggi (passo {current}): «{text}»; la media è 5.",
        fa: 'نشانگر مراحل {total} مرحله نشان می‌دهد (اکنون مرحلهٔ {current}): «{text}»؛ میانگین ۵ است.',
      },
    },
  },
  applies: (ctx) => purchaseOrSignup(ctx),
  evaluate(ctx) {
    const s = readStepIndicator(ctx);
    const limit = this.meta.thresholds!.steps!.value;
    if (!s || s.total <= limit) return [];
    return [{
      message: 'tooMany',
      params: { total: s.total, current: s.current || '?', text: s.text.slice(0, 120) },
      element: s.el ?? null,
      severity: s.total > limit + 2 ? ('serious' as const) : undefined,
      evidence: { text: s.text, current: s.current, total: s.total },
    }];
  },
});
