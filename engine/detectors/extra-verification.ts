import { BILLING, EMAIL, SAME_ADDRESS, SMS, VERIFY_TEXT } from '../lexicon/checkout-steps';
import type { FieldInfo, PageContext } from '../page-types';
import { blockLowerer, lower } from '../text/steps';
import { defineDetector, type RawFinding } from './types';

const STREET = new Set(['street-address', 'address-line1', 'address-streetname']);

function purchaseOrSignup(ctx: PageContext): boolean {
  return ctx.pageKind === 'checkout' || ctx.pageKind === 'cart' || ctx.pageKind === 'signup' ||
    ctx.forms.some((f) => f.kind === 'checkout' || f.kind === 'signup');
}

/** One-time codes and e-mail confirmation before a purchase or sign-up completes; re-entering an address already given. */
export default defineDetector({
  meta: {
    id: 'extra-verification',
    category: 'checkout',
    severity: 'moderate',
    title: {
      en: 'Extra verification step', de: 'Zusätzlicher Bestätigungsschritt', tr: 'Ek doğrulama adımı', fr: 'Étape de vérification en plus',
      es: 'Paso de verificación adicional', it: 'Passaggio di verifica in più', fa: 'مرحلهٔ تأیید اضافه',
    },
    why: {
      en: 'Waiting for a code or an e-mail, or typing an address twice, interrupts the purchase; every added step loses shoppers (Baymard 2024: 18% abandon over a too long or complicated checkout).',
      de: 'Auf einen Code oder eine E-Mail warten oder eine Adresse zweimal eingeben unterbricht den Kauf; 18 % brechen wegen zu langer Kassen ab (Baymard 2024).',
      tr: 'Kod ya da e-posta beklemek veya adresi iki kez yazmak alışverişi böler; %18 uzun ödeme süreci yüzünden vazgeçer (Baymard 2024).',
      fa: 'انتظار برای کد یا ایمیل، یا دوباره نوشتن نشانی، خرید را قطع می‌کند؛ ۱۸٪ به خاطر پرداخت طولانی منصرف می‌شوند (Baymard 2024).',
    },
    fix: {
      en: 'Verify only when risk demands it (after the order, or for payment via 3-D Secure), and offer "billing address same as shipping", ticked by default.',
      de: 'Nur bei echtem Risiko verifizieren (nach der Bestellung oder per 3-D Secure) und „Rechnungsadresse wie Lieferadresse“ vorausgewählt anbieten.',
      tr: 'Yalnızca risk gerektiriyorsa doğrulayın (siparişten sonra ya da 3-D Secure ile); "fatura adresi teslimat adresiyle aynı" seçeneğini işaretli sunun.',
      fa: 'فقط در صورت ریسک واقعی تأیید بخواهید و گزینهٔ «نشانی صورتحساب همان نشانی ارسال» را از پیش انتخاب‌شده ارائه دهید.',
    },
    thresholds: {
      abandonment: { value: 18, unit: '% of shoppers who abandoned', source: 'Baymard Institute, Cart Abandonment Rate Statistics 2024: 18% abandoned over a too long or complicated checkout process.' },
    },
    messages: {
      codeSms: {
        en: 'A code sent by text message must be entered before continuing.',
        de: 'Vor dem Weitergehen muss ein per SMS gesendeter Code eingegeben werden.',
        tr: 'Devam etmeden önce SMS ile gönderilen bir kod girilmeli.',
        fr: 'Un code reçu par SMS doit être saisi avant de continuer.',
        es: 'Hay que introducir un código recibido por SMS antes de continuar.',
        it: 'Prima di continuare occorre inserire un codice ricevuto via SMS.',
        fa: 'پیش از ادامه باید کدی را که با پیامک آمده وارد کرد.',
      },
      codeEmail: {
        en: 'A code or link sent by e-mail is needed before continuing.',
        de: 'Vor dem Weitergehen wird ein per E-Mail gesendeter Code oder Link benötigt.',
        tr: 'Devam etmeden önce e-postayla gönderilen bir kod ya da bağlantı gerekiyor.',
        fr: 'Un code ou un lien reçu par e-mail est nécessaire pour continuer.',
        es: 'Se necesita un código o enlace recibido por correo para continuar.',
        it: 'Per continuare serve un codice o un link ricevuto via e-mail.',
        fa: 'برای ادامه به کد یا پیوندی که با ایمیل فرستاده شده نیاز است.',
      },
      code: {
        en: 'A one-time verification code must be entered before continuing.',
        de: 'Vor dem Weitergehen muss ein Einmal-Bestätigungscode eingegeben werden.',
        tr: 'Devam etmeden önce tek kullanımlık bir doğrulama kodu girilmeli.',
        fr: 'Un code de vérification à usage unique doit être saisi avant de continuer.',
        es: 'Hay que introducir un código de verificación de un solo uso antes de continuar.',
        it: 'Prima di continuare occorre inserire un codice di verifica monouso.',
        fa: 'پیش از ادامه باید یک کد تأیید یکبارمصرف وارد کرد.',
      },
      reenterAddress: {
        en: 'A second address form (billing) must be filled in; there is no "same as shipping address" option.',
        de: 'Eine zweite Adresse (Rechnung) muss ausgefüllt werden; „wie Lieferadresse“ gibt es nicht.',
        tr: 'İkinci bir adres formu (fatura) doldurulmalı; "teslimat adresiyle aynı" seçeneği yok.',
        fr: "Une seconde adresse (facturation) doit être saisie ; pas d'option « identique à la livraison ».",
        es: 'Hay que rellenar una segunda dirección (facturación); no existe la opción «igual que la de envío».',
        it: "Va compilato un secondo indirizzo (fatturazione); manca l'opzione «uguale a quello di spedizione».",
        fa: 'باید نشانی دوم (صورتحساب) را پر کرد؛ گزینهٔ «همان نشانی ارسال» وجود ندارد.',
      },
    },
  },
  applies: (ctx) => ctx.pageKind !== 'login' && ctx.pageKind !== 'article' && ctx.forms.length > 0,
  evaluate(ctx) {
    const out: RawFinding[] = [];
    const otp = ctx.forms
      .filter((f) => !(f.kind === 'login' && f.fields.some((x) => x.type === 'password')))
      .flatMap((f) => f.fields.filter((x) => x.visible && x.purpose === 'one-time-code').map((x) => ({ f, x })))[0];
    const labels = new Set(ctx.forms.flatMap((f) => f.fields.map((x) => x.label)));
    // Not a field's own label ("Confirm your e-mail" over a repeat-e-mail field is a form question, not a wait).
    const lowerAt = blockLowerer(ctx);
    const said = ctx.textBlocks.find((b, i) => b.visible && b.text.length <= 300 && !labels.has(b.text) && VERIFY_TEXT.test(lowerAt(i)));
    const inputs = ctx.forms.some((f) => f.fields.some((x) => x.visible && x.type !== 'checkbox' && x.type !== 'radio'));
    if (otp || (said && inputs)) {
      const context = lower(`${said?.text ?? ''} ${otp ? `${otp.x.label} ${otp.f.text.slice(0, 300)}` : ''}`);
      const message = SMS.test(context) ? 'codeSms' : EMAIL.test(context) ? 'codeEmail' : 'code';
      out.push({ message, element: otp?.x.el ?? said?.el ?? null, evidence: said ? { text: said.text } : { field: otp!.x.label } });
    }
    if (purchaseOrSignup(ctx)) {
      // Two street fields in one form, the second one billing by its own label/name/autocomplete or legend.
      const billing = (x: FieldInfo): boolean =>
        BILLING.test(lower(`${x.label} ${x.name} ${x.id} ${x.el.getAttribute('autocomplete') ?? ''} ${x.el.closest('fieldset')?.querySelector('legend')?.textContent ?? ''}`));
      for (const f of ctx.forms) {
        const streets = f.fields.filter((x) => x.visible && STREET.has(x.purpose));
        const second = streets.find((x, i) => i > 0 && billing(x) && !billing(streets[0]!));
        if (!second) continue;
        // Any toggle about the billing address ("same as shipping", "use a different billing address", "need an invoice?") makes it optional.
        const toggle = ctx.forms.some((g) => g.fields.some((x) => (x.type === 'checkbox' || x.type === 'radio') && (SAME_ADDRESS.test(lower(x.label)) || BILLING.test(lower(x.label)))));
        if (!toggle) out.push({ message: 'reenterAddress', element: second.el, evidence: { field: second.label } });
        break;
      }
    }
    return out;
  },
});
