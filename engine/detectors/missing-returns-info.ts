import { RETURNS, SHOP_KINDS, fold, anyLinkNames } from '../lexicon/legal';
import { defineDetector } from './types';

/** A product, cart or checkout page with no word (link or text) on returns, refunds, withdrawal or warranty. */
export default defineDetector({
  meta: {
    id: 'missing-returns-info',
    category: 'transparency',
    severity: 'moderate',
    title: {
      en: 'No returns or refund information',
      de: 'Keine Angaben zu Rückgabe oder Widerruf',
      tr: 'İade veya cayma bilgisi yok',
      fr: 'Aucune information sur les retours ou remboursements',
      es: 'Sin información sobre devoluciones o reembolsos',
      it: 'Nessuna informazione su resi o rimborsi',
      fa: 'هیچ اطلاعاتی دربارهٔ مرجوعی یا بازگشت وجه نیست',
    },
    why: {
      en: 'What if it does not fit or arrives broken? Without a word on returns, refunds or warranty, buying feels like a one-way street; return policy is one of the first things shoppers check before ordering from an unknown shop.',
      de: 'Was, wenn es nicht passt oder kaputt ankommt? Ohne ein Wort zu Rückgabe, Widerruf oder Garantie fühlt sich der Kauf wie eine Einbahnstraße an; die Rückgaberegeln prüfen viele als Erstes.',
      tr: 'Ya olmazsa ya da kırık gelirse? İade, cayma hakkı veya garanti hakkında tek kelime yoksa alışveriş tek yönlü bir yol gibi gelir; iade koşulları bilinmeyen bir mağazada ilk bakılan şeylerdendir.',
      fa: 'اگر اندازه نبود یا خراب رسید چه؟ بدون هیچ حرفی دربارهٔ مرجوعی، بازگشت وجه یا گارانتی، خرید مثل راهی یک‌طرفه است.',
    },
    fix: {
      en: 'State the return window and who pays return shipping near the buy button, and link the full returns and refund policy.',
      de: 'Nennen Sie beim Kaufen-Button Rückgabefrist und wer die Rücksendung zahlt, und verlinken Sie Widerrufsbelehrung und Rückgaberegeln.',
      tr: 'Satın al düğmesinin yanında iade süresini ve iade kargosunu kimin ödediğini yazın; iade ve cayma koşullarına bağlantı verin.',
      fa: 'کنار دکمهٔ خرید مهلت مرجوعی و پرداخت‌کنندهٔ هزینهٔ ارسال برگشت را بنویسید و به شرایط کامل مرجوعی پیوند دهید.',
    },
    messages: {
      none: {
        en: 'This {kind} page says nothing about returns, refunds or warranty, and links to no such policy.',
        de: 'Diese Shopseite ({kind}) sagt nichts zu Rückgabe, Widerruf oder Garantie und verlinkt keine entsprechenden Regeln.',
        tr: 'Bu {kind} sayfası iade, cayma hakkı veya garanti hakkında hiçbir şey söylemiyor ve bu konuda bağlantı vermiyor.',
        fr: 'Cette page ({kind}) ne dit rien des retours, remboursements ou garanties et ne renvoie à aucune politique.',
        es: 'Esta página ({kind}) no dice nada de devoluciones, reembolsos ni garantía, ni enlaza ninguna política.',
        it: 'Questa pagina ({kind}) non dice nulla su resi, rimborsi o garanzia e non rimanda ad alcuna politica.',
        fa: 'این صفحهٔ فروشگاه ({kind}) هیچ حرفی دربارهٔ مرجوعی، بازگشت وجه یا گارانتی نمی‌زند و پیوندی هم به آن نمی‌دهد.',
      },
    },
  },
  applies: (ctx) => SHOP_KINDS.has(ctx.pageKind),
  evaluate(ctx) {
    if (anyLinkNames(ctx.links, RETURNS)) return [];
    if (ctx.textBlocks.some((b) => b.visible && RETURNS.test(fold(b.text)))) return [];
    return [{ message: 'none', params: { kind: ctx.pageKind } }];
  },
});
