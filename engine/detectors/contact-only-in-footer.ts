import { SHOP_KINDS, contactElements } from '../lexicon/legal';
import type { PageContext } from '../page-types';
import { defineDetector } from './types';

const LOW = 0.85;

/** Where an element sits: its region and its position in document order (0 top .. 1 bottom). */
function placeOf(ctx: PageContext): (el: Element) => { region: string; order: number } {
  const known = new Map<Element, { region: string; order: number }>();
  for (const b of ctx.textBlocks) known.set(b.el, b);
  for (const l of ctx.links) known.set(l.el, l);
  // orderOf is 0 for an element the walk did not see (indexOf's -1 gave a negative order): both are below LOW.
  return (el) => known.get(el) ?? { region: ctx.region(el), order: ctx.orderOf(el) };
}

/** On product, cart and checkout pages, every visible contact channel is in the footer or at the very bottom. */
export default defineDetector({
  meta: {
    id: 'contact-only-in-footer',
    category: 'contact',
    severity: 'moderate',
    title: {
      en: 'Contact only in the footer',
      de: 'Kontakt nur im Seitenfuß',
      tr: 'İletişim yalnızca alt bilgide',
      fr: 'Contact uniquement en pied de page',
      es: 'Contacto solo en el pie de página',
      it: 'Contatti solo nel piè di pagina',
      fa: 'راه تماس فقط در پانویس',
    },
    why: {
      en: 'A shopper with a question in the middle of buying (delivery, payment, size) has to scroll to the very bottom to find help; many give up instead, and a hidden-away contact feels like "they do not want to hear from me".',
      de: 'Wer mitten im Kauf eine Frage hat (Lieferung, Zahlung, Größe), muss bis ganz nach unten scrollen; viele brechen stattdessen ab, und versteckter Kontakt wirkt wie „die wollen nichts von mir hören“.',
      tr: 'Satın alırken sorusu olan (teslimat, ödeme, beden) müşteri yardım için sayfanın en altına inmek zorunda kalır; çoğu bunun yerine vazgeçer.',
      fa: 'خریداری که در میانهٔ خرید پرسشی دارد (ارسال، پرداخت، اندازه) باید تا پایین صفحه برود تا راه تماس پیدا کند؛ بسیاری به جای آن خرید را رها می‌کنند.',
    },
    fix: {
      en: 'Repeat a phone number, chat or help link near the buy button, in the cart summary and in the checkout header.',
      de: 'Wiederholen Sie Telefonnummer, Chat oder Hilfelink beim Kaufen-Button, in der Warenkorbübersicht und im Kopf der Kasse.',
      tr: 'Telefon numarasını, canlı desteği veya yardım bağlantısını satın al düğmesinin yanında, sepet özetinde ve ödeme sayfasının üstünde tekrarlayın.',
      fa: 'شماره تلفن، گفتگو یا پیوند راهنما را کنار دکمهٔ خرید، در خلاصهٔ سبد و بالای صفحهٔ پرداخت تکرار کنید.',
    },
    thresholds: {
      bottomShare: {
        value: LOW,
        unit: 'share of the page in document order',
        source: 'Trustlens convention: the last 15% of a page in document order is where footers sit; Nielsen Norman Group eye-tracking (Scrolling and Attention, 2018) finds 57% of viewing time above the fold and little at the bottom of long pages.',
      },
    },
    messages: {
      footerOnly: {
        en: 'On this {kind} page, all {count} way(s) to get in touch sit in the footer or at the very bottom (for example "{text}").',
        de: 'Auf dieser Seite ({kind}) stehen alle {count} Kontaktwege im Seitenfuß oder ganz unten (zum Beispiel „{text}“).',
        tr: 'Bu {kind} sayfasında {count} iletişim yolunun hepsi alt bilgide ya da en altta (örneğin "{text}").',
        fr: 'Sur cette page ({kind}), les {count} moyens de contact sont tous en pied de page (par exemple « {text} »).',
        es: 'En esta página ({kind}), las {count} vías de contacto están todas en el pie de página (por ejemplo «{text}»).',
        it: 'In questa pagina ({kind}) tutti i {count} modi di contatto sono nel piè di pagina (per esempio «{text}»).',
        fa: 'در این صفحه ({kind}) هر {count} راه تماس در پانویس یا پایین صفحه است (مثلاً «{text}»).',
      },
    },
  },
  applies: (ctx) => SHOP_KINDS.has(ctx.pageKind),
  evaluate(ctx) {
    const c = ctx.contact;
    // A chat launcher floats over the whole page: always at hand.
    if (c.chat) return [];
    const els = contactElements(ctx);
    if (els.length === 0) return [];
    const place = placeOf(ctx);
    const low = (el: Element) => {
      const p = place(el);
      return p.region === 'footer' || p.order >= LOW;
    };
    if (!els.every(low)) return [];
    const first = els[0]!;
    const text = ctx.snippetOf(first);
    return [{ message: 'footerOnly', params: { kind: ctx.pageKind, count: els.length, text: text.slice(0, 60) }, element: first, evidence: { text } }];
  },
});
