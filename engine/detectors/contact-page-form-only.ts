import { isContactHref, isContactLinkText } from '../lexicon/contact';
import type { PageContext } from '../page-types';
import { defineDetector } from './types';

function isContactPage(ctx: PageContext): boolean {
  if (ctx.pageKind === 'contact') return true;
  if (ctx.pageKind !== 'other' && ctx.pageKind !== 'home') return false;
  if (/^https?:/i.test(ctx.url) && isContactHref(ctx.url)) return true;
  const h1 = ctx.textBlocks.find((b) => b.visible && b.el.localName === 'h1');
  return h1 !== undefined && isContactLinkText(h1.text);
}

/** A contact page that offers only a form or a help-centre search: no phone, email, chat or address. */
export default defineDetector({
  meta: {
    id: 'contact-page-form-only',
    category: 'contact',
    severity: 'moderate',
    title: {
      en: 'Contact page offers only a form',
      de: 'Kontaktseite bietet nur ein Formular',
      tr: 'İletişim sayfasında yalnızca form var',
      fr: 'La page de contact ne propose qu\'un formulaire',
      es: 'La página de contacto solo ofrece un formulario',
      it: 'La pagina contatti offre solo un modulo',
      fa: 'صفحهٔ تماس فقط یک فرم دارد',
    },
    why: {
      en: 'Someone who opens the contact page wants a person. A form (or a help-centre search) with no phone number, email address, chat or postal address feels like a dead letter box: no reply time, no copy, no way to follow up.',
      de: 'Wer die Kontaktseite öffnet, sucht einen Menschen. Ein Formular (oder eine Hilfesuche) ohne Telefon, E-Mail, Chat oder Postanschrift wirkt wie ein toter Briefkasten: keine Antwortzeit, keine Kopie, kein Nachfassen.',
      tr: 'İletişim sayfasını açan kişi bir insana ulaşmak ister. Telefon, e-posta, canlı destek veya posta adresi olmadan yalnızca form (ya da yardım araması) cevapsız bir posta kutusu gibidir.',
      fa: 'کسی که صفحهٔ تماس را باز می‌کند دنبال یک انسان است. فرمی بدون تلفن، ایمیل، گفتگو یا نشانی پستی مثل صندوقی است که هیچ‌وقت پاسخ نمی‌دهد.',
    },
    fix: {
      en: 'Next to the form, show a phone number with opening hours, an email address, and the postal address; say how quickly you reply.',
      de: 'Zeigen Sie neben dem Formular eine Telefonnummer mit Erreichbarkeit, eine E-Mail-Adresse und die Postanschrift, und sagen Sie, wie schnell Sie antworten.',
      tr: 'Formun yanında çalışma saatleriyle bir telefon numarası, bir e-posta adresi ve posta adresi gösterin; ne kadar sürede yanıt verdiğinizi yazın.',
      fa: 'کنار فرم، شماره تلفن با ساعت پاسخ‌گویی، نشانی ایمیل و نشانی پستی را نشان دهید و بگویید چقدر زود پاسخ می‌دهید.',
    },
    messages: {
      formOnly: {
        en: 'This contact page offers only a form ({fields} fields); no phone number, email address, chat or postal address is shown.',
        de: 'Diese Kontaktseite bietet nur ein Formular ({fields} Felder); keine Telefonnummer, E-Mail-Adresse, kein Chat und keine Anschrift.',
        tr: 'Bu iletişim sayfasında yalnızca bir form var ({fields} alan); telefon, e-posta, canlı destek veya adres yok.',
        fr: "Cette page de contact ne propose qu'un formulaire ({fields} champs) ; ni téléphone, ni e-mail, ni chat, ni adresse.",
        es: 'Esta página de contacto solo ofrece un formulario ({fields} campos); sin teléfono, correo, chat ni dirección.',
        it: 'Questa pagina contatti offre solo un modulo ({fields} campi); nessun telefono, email, chat o indirizzo.',
        fa: 'این صفحهٔ تماس فقط یک فرم دارد ({fields} فیلد)؛ هیچ شماره تلفن، ایمیل، گفتگو یا نشانی پستی نشان داده نشده است.',
      },
      searchOnly: {
        en: 'This contact page offers only a help search; no phone number, email address, chat or postal address is shown.',
        de: 'Diese Kontaktseite bietet nur eine Hilfesuche; keine Telefonnummer, E-Mail-Adresse, kein Chat und keine Anschrift.',
        tr: 'Bu iletişim sayfasında yalnızca yardım araması var; telefon, e-posta, canlı destek veya adres yok.',
        fr: "Cette page de contact ne propose qu'une recherche d'aide ; ni téléphone, ni e-mail, ni chat, ni adresse.",
        es: 'Esta página de contacto solo ofrece una búsqueda de ayuda; sin teléfono, correo, chat ni dirección.',
        it: 'Questa pagina contatti offre solo una ricerca nella guida; nessun telefono, email, chat o indirizzo.',
        fa: 'این صفحهٔ تماس فقط جست‌وجوی راهنما دارد؛ هیچ شماره تلفن، ایمیل، گفتگو یا نشانی پستی نشان داده نشده است.',
      },
    },
  },
  applies: (ctx) => isContactPage(ctx),
  evaluate(ctx) {
    const c = ctx.contact;
    if (c.phones.length || c.emails.length || c.chat || c.addresses.length) return [];
    const shown = ctx.forms.filter((f) => f.fields.some((x) => x.visible));
    const form = shown.find((f) => f.kind !== 'search' && f.kind !== 'login' && f.kind !== 'newsletter');
    if (form) {
      const fields = form.fields.filter((x) => x.visible).length;
      return [{ message: 'formOnly', params: { fields }, element: form.el ?? form.fields[0]!.el }];
    }
    const search = shown.find((f) => f.kind === 'search');
    if (search) return [{ message: 'searchOnly', element: search.el ?? search.fields[0]!.el }];
    return [];
  },
});
