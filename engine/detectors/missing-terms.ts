import { SHOP_KINDS, TERMS, anyLinkNames } from '../lexicon/legal';
import { defineDetector } from './types';

/** A product, cart or checkout page with no link to terms and conditions. */
export default defineDetector({
  meta: {
    id: 'missing-terms',
    category: 'transparency',
    severity: 'moderate',
    title: {
      en: 'No terms and conditions link',
      de: 'Kein Link zu den AGB',
      tr: 'Satış koşulları bağlantısı yok',
      fr: 'Aucun lien vers les conditions générales',
      es: 'Ningún enlace a los términos y condiciones',
      it: 'Nessun link alle condizioni di vendita',
      fa: 'پیوندی به قوانین و مقررات نیست',
    },
    why: {
      en: 'Before paying, shoppers want the rules: delivery, payment, cancellation, who is liable. A shop whose terms cannot be found makes people wonder what they are agreeing to.',
      de: 'Vor dem Bezahlen wollen Kund:innen die Regeln kennen: Lieferung, Zahlung, Widerruf, Haftung. Ein Shop ohne auffindbare AGB lässt fragen, worauf man sich einlässt.',
      tr: 'Ödeme öncesi müşteri kuralları bilmek ister: teslimat, ödeme, cayma, sorumluluk. Koşulları bulunamayan bir mağaza "neyi kabul ediyorum?" sorusunu doğurur; mesafeli satış sözleşmesi ödeme öncesi gösterilmelidir.',
      fa: 'خریدار پیش از پرداخت می‌خواهد قواعد را بداند: ارسال، پرداخت، لغو، مسئولیت. فروشگاهی که قوانینش پیدا نمی‌شود این پرسش را پیش می‌آورد که «با چه چیزی موافقت می‌کنم؟».',
    },
    fix: {
      en: 'Link the terms and conditions in the footer and next to the order button in the checkout.',
      de: 'Verlinken Sie die AGB im Seitenfuß und beim Bestell-Button in der Kasse.',
      tr: 'Satış koşullarını ve mesafeli satış sözleşmesini alt bilgide ve ödeme sayfasında sipariş düğmesinin yanında bağlayın.',
      fa: 'پیوند قوانین و مقررات را در پانویس و کنار دکمهٔ ثبت سفارش بگذارید.',
    },
    messages: {
      none: {
        en: 'This {kind} page links to no terms and conditions.',
        de: 'Diese Shopseite ({kind}) verlinkt keine AGB.',
        tr: 'Bu {kind} sayfası hiçbir satış/kullanım koşuluna bağlantı vermiyor.',
        fr: 'Cette page ({kind}) ne renvoie à aucunes conditions générales.',
        es: 'Esta página ({kind}) no enlaza ningunos términos y condiciones.',
        it: 'Questa pagina ({kind}) non rimanda ad alcuna condizione di vendita.',
        fa: 'این صفحهٔ فروشگاه ({kind}) به هیچ قوانین و مقرراتی پیوند نمی‌دهد.',
      },
    },
  },
  applies: (ctx) => SHOP_KINDS.has(ctx.pageKind),
  evaluate(ctx) {
    if (anyLinkNames(ctx.links, TERMS) || anyLinkNames(ctx.buttons, TERMS)) return [];
    return [{ message: 'none', params: { kind: ctx.pageKind }, severity: ctx.pageKind === 'checkout' ? ('serious' as const) : undefined }];
  },
});
