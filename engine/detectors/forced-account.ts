import { ACCOUNT_REQUIRED, ACCOUNT_STEP, GUEST_OPTION } from '../lexicon/checkout';
import type { PageContext } from '../page-types';
import { defineDetector } from './types';

function passwordForm(ctx: PageContext) {
  return ctx.forms.find((f) => f.fields.some((x) => x.visible && x.type === 'password'));
}

function isPurchaseStep(ctx: PageContext): boolean {
  return ctx.pageKind === 'checkout' || ctx.pageKind === 'cart' ||
    /check-?out|kasse|odeme|ödeme|commande|pago|cassa|پرداخت|تسویه/i.test(ctx.url + ' ' + ctx.title);
}

/** Checkout or cart that makes the shopper create an account or sign in, with no (visible) guest option. */
export default defineDetector({
  meta: {
    id: 'forced-account',
    category: 'checkout',
    severity: 'serious',
    title: {
      en: 'Account required to buy',
      de: 'Kundenkonto für den Kauf erforderlich',
      tr: 'Satın almak için hesap zorunlu',
      fr: 'Compte obligatoire pour acheter',
      es: 'Cuenta obligatoria para comprar',
      it: "Account obbligatorio per l'acquisto",
      fa: 'برای خرید، ساخت حساب اجباری است',
    },
    why: {
      en: 'Being forced to create an account before paying is extra work and a data grab; 26% of shoppers abandon an order over it (Baymard 2024).',
      de: 'Ein Kundenkonto vor dem Bezahlen ist Mehraufwand und Datensammelei; 26 % der Kund:innen brechen deshalb ab (Baymard 2024).',
      tr: 'Ödemeden önce hesap açmaya zorlanmak ek iş ve veri toplamadır; alışverişçilerin %26\'sı bu yüzden siparişi bırakır (Baymard 2024).',
      fa: 'اجبار به ساخت حساب پیش از پرداخت کار اضافه و جمع‌آوری داده است؛ ۲۶٪ خریداران به همین دلیل خرید را رها می‌کنند (Baymard 2024).',
    },
    fix: {
      en: 'Offer guest checkout as the first, most visible option and suggest an account after the order (one click, with the data already given).',
      de: 'Bieten Sie die Gastbestellung als erste, sichtbarste Option an und schlagen Sie ein Konto erst nach der Bestellung vor.',
      tr: 'Misafir olarak alışverişi ilk ve en görünür seçenek yapın; hesap açmayı siparişten sonra önerin.',
      fa: 'خرید مهمان را نخستین و آشکارترین گزینه کنید و ساخت حساب را پس از سفارش پیشنهاد دهید.',
    },
    thresholds: {
      abandonment: { value: 26, unit: '% of shoppers who abandoned', source: 'Baymard Institute, Cart Abandonment Rate Statistics 2024: 26% abandoned because the site wanted them to create an account.' },
    },
    messages: {
      noGuest: {
        en: 'Buying requires signing in or creating an account; no guest option was found.',
        de: 'Der Kauf erfordert Anmeldung oder Registrierung; eine Gastbestellung wurde nicht gefunden.',
        tr: 'Satın almak için giriş yapmak veya hesap açmak gerekiyor; misafir seçeneği bulunamadı.',
        fr: "L'achat exige de se connecter ou de créer un compte ; aucune option invité n'a été trouvée.",
        es: 'Comprar exige iniciar sesión o crear una cuenta; no se encontró opción de invitado.',
        it: "L'acquisto richiede di accedere o registrarsi; nessuna opzione ospite trovata.",
        fa: 'خرید نیازمند ورود یا ساخت حساب است؛ گزینهٔ خرید مهمان پیدا نشد.',
      },
      guestBelow: {
        en: 'A guest option exists ("{guest}") but sits below the sign-in form, where many shoppers never look.',
        de: 'Es gibt eine Gastoption („{guest}“), aber sie steht unter dem Anmeldeformular, wo viele nicht hinsehen.',
        tr: 'Misafir seçeneği var ("{guest}") ama giriş formunun altında, çoğu kişinin bakmadığı yerde.',
        fr: "Une option invité existe (« {guest} ») mais elle se trouve sous le formulaire de connexion.",
        es: 'Existe una opción de invitado («{guest}»), pero está debajo del formulario de inicio de sesión.',
        it: "Esiste un'opzione ospite («{guest}») ma si trova sotto il modulo di accesso.",
        fa: 'گزینهٔ مهمان هست («{guest}») اما زیر فرم ورود قرار دارد، جایی که بسیاری نگاه نمی‌کنند.',
      },
    },
  },
  applies: (ctx) => isPurchaseStep(ctx),
  evaluate(ctx) {
    const form = passwordForm(ctx);
    const requiredText = ctx.textBlocks.find((b) => b.visible && b.text.length < 300 && ACCOUNT_REQUIRED.test(b.text));
    const accountStep = form !== undefined && ACCOUNT_STEP.test(`${form.text} ${form.submitTexts.join(' ')}`);
    if (!requiredText && !accountStep) return [];
    const candidates = [
      ...ctx.buttons.filter((b) => b.visible).map((b) => ({ el: b.el, text: b.text, order: b.order })),
      ...ctx.links.filter((l) => l.visible).map((l) => ({ el: l.el, text: l.text, order: l.order })),
      ...ctx.textBlocks.filter((b) => b.visible && b.text.length < 200).map((b) => ({ el: b.el, text: b.text, order: b.order })),
      // A radio "checkout as guest" is a control with a label.
      ...ctx.forms.flatMap((f) => f.fields.filter((x) => x.visible).map((x) => ({ el: x.el, text: x.label, order: 0 }))),
    ];
    const guest = candidates.find((c) => GUEST_OPTION.test(c.text));
    const anchor = form?.el ?? form?.fields[0]?.el ?? requiredText?.el ?? null;
    if (!guest) {
      return [{ message: 'noGuest', element: anchor, evidence: requiredText ? { text: requiredText.text } : {} }];
    }
    // Fields are controls of the walk, so orderOf gives their index over the element count.
    const formOrder = form?.fields[0] ? ctx.orderOf(form.fields[0].el) : 0;
    const lastField = form?.fields[form.fields.length - 1];
    const formEnd = lastField ? ctx.orderOf(lastField.el) : formOrder;
    if (form && guest.order > formEnd) {
      return [{ message: 'guestBelow', params: { guest: guest.text.slice(0, 80) }, element: guest.el, severity: 'moderate', evidence: { text: guest.text } }];
    }
    return [];
  },
});
