import { isContactLinkText } from '../lexicon/contact';
import { defineDetector } from './types';

/** Contact only as a contact/help link or a form: no phone, email or chat visible on the page. */
export default defineDetector({
  meta: {
    id: 'no-direct-channel',
    category: 'contact',
    severity: 'minor',
    title: {
      en: 'No direct contact channel',
      de: 'Kein direkter Kontaktweg',
      tr: 'Doğrudan iletişim kanalı yok',
      fr: 'Aucun moyen de contact direct',
      es: 'Ningún canal de contacto directo',
      it: 'Nessun canale di contatto diretto',
      fa: 'هیچ راه تماس مستقیمی نیست',
    },
    why: {
      en: 'A link to a contact page or a form is a detour: nobody answers right away and the shopper cannot tell whether a person is behind it. A visible phone number, email address or chat says "we are reachable".',
      de: 'Ein Link zur Kontaktseite oder ein Formular ist ein Umweg: Niemand antwortet sofort, und man weiß nicht, ob ein Mensch dahintersteht. Eine sichtbare Telefonnummer, E-Mail-Adresse oder ein Chat sagt „wir sind erreichbar“.',
      tr: 'İletişim sayfasına bağlantı ya da form bir dolambaçtır: hemen kimse yanıt vermez ve arkasında bir insan olup olmadığı belli değildir. Görünür bir telefon, e-posta veya canlı destek "bize ulaşabilirsiniz" der.',
      fa: 'پیوند به صفحهٔ تماس یا یک فرم راهی غیرمستقیم است: کسی فوراً پاسخ نمی‌دهد و معلوم نیست انسانی پشت آن باشد. شماره تلفن، ایمیل یا گفتگوی آنلاینِ آشکار می‌گوید «در دسترس هستیم».',
    },
    fix: {
      en: 'Show a phone number or email address (or open a chat) on the page itself, for example in the header or next to the contact link.',
      de: 'Zeigen Sie eine Telefonnummer oder E-Mail-Adresse (oder einen Chat) direkt auf der Seite, etwa im Kopfbereich oder neben dem Kontaktlink.',
      tr: 'Sayfanın kendisinde, örneğin üst bölümde ya da iletişim bağlantısının yanında bir telefon numarası veya e-posta adresi (ya da canlı destek) gösterin.',
      fa: 'شماره تلفن یا نشانی ایمیل (یا گفتگوی آنلاین) را در خود صفحه نشان دهید، مثلاً در سرصفحه یا کنار پیوند تماس.',
    },
    messages: {
      linkOnly: {
        en: 'The only way to get in touch is the link "{link}"; no phone number, email address or chat is visible.',
        de: 'Der einzige Kontaktweg ist der Link „{link}“; keine Telefonnummer, E-Mail-Adresse und kein Chat sind sichtbar.',
        tr: 'Tek iletişim yolu "{link}" bağlantısı; görünür bir telefon numarası, e-posta adresi veya canlı destek yok.',
        fr: "Le seul moyen de contact est le lien « {link} » ; aucun téléphone, e-mail ni chat n'est visible.",
        es: 'La única vía de contacto es el enlace «{link}»; no se ve ningún teléfono, correo ni chat.',
        it: 'L\'unico modo per mettersi in contatto è il link «{link}»; nessun telefono, email o chat visibile.',
        fa: 'تنها راه تماس پیوند «{link}» است؛ هیچ شماره تلفن، ایمیل یا گفتگوی آنلاینی دیده نمی‌شود.',
      },
      formOnly: {
        en: 'Contact is offered only through a form (and {count} contact link(s)); no phone number, email address or chat is visible.',
        de: 'Kontakt gibt es nur über ein Formular (und {count} Kontaktlink(s)); keine Telefonnummer, E-Mail-Adresse und kein Chat sind sichtbar.',
        tr: 'İletişim yalnızca bir form (ve {count} iletişim bağlantısı) ile sunuluyor; görünür bir telefon, e-posta veya canlı destek yok.',
        fr: "Le contact passe uniquement par un formulaire (et {count} lien(s) de contact) ; aucun téléphone, e-mail ni chat n'est visible.",
        es: 'El contacto solo se ofrece mediante un formulario (y {count} enlace(s) de contacto); no se ve teléfono, correo ni chat.',
        it: 'Il contatto è offerto solo tramite un modulo (e {count} link di contatto); nessun telefono, email o chat visibile.',
        fa: 'تماس فقط از راه یک فرم (و {count} پیوند تماس) ممکن است؛ هیچ شماره تلفن، ایمیل یا گفتگوی آنلاینی دیده نمی‌شود.',
      },
    },
  },
  // Contact pages are judged by contact-page-form-only; legal pages and news articles are not where people
  // look for a shop's help.
  applies: (ctx) => ctx.pageKind !== 'legal' && ctx.pageKind !== 'contact' && ctx.pageKind !== 'article',
  evaluate(ctx) {
    const c = ctx.contact;
    if (c.phones.length || c.emails.length || c.chat) return [];
    // Nothing at all (no contact link either) is missing-contact's finding, not this one.
    // Only links whose words read as contact or help count (not links taken for their URL alone).
    const links = ctx.links.filter((l) => l.visible && c.linkEls.includes(l.el) && isContactLinkText(l.text));
    if (links.length === 0) return [];
    const form = ctx.forms.find((f) => f.kind === 'contact' && f.fields.some((x) => x.visible));
    if (form) {
      return [{ message: 'formOnly', params: { count: links.length }, element: form.el ?? form.fields[0]?.el ?? null, severity: 'moderate' as const }];
    }
    const link = links[0]!;
    return [{ message: 'linkOnly', params: { link: link.text.slice(0, 60) }, element: link.el, evidence: { text: link.text } }];
  },
});
