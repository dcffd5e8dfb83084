import { defineDetector } from './types';

/** No phone, email, contact link or chat reachable from the visible page. */
export default defineDetector({
  meta: {
    id: 'missing-contact',
    category: 'contact',
    severity: 'serious',
    title: {
      en: 'No way to contact the company',
      de: 'Keine Möglichkeit, das Unternehmen zu kontaktieren',
      tr: 'Şirkete ulaşmanın yolu yok',
      fr: "Aucun moyen de contacter l'entreprise",
      es: 'No hay forma de contactar con la empresa',
      it: "Nessun modo per contattare l'azienda",
      fa: 'هیچ راهی برای تماس با شرکت وجود ندارد',
    },
    why: {
      en: 'Visitors who cannot find a phone number, email address or contact page ask "what are they hiding?". Missing contact details are one of the strongest signals of an untrustworthy shop.',
      de: 'Wer keine Telefonnummer, E-Mail-Adresse oder Kontaktseite findet, fragt sich: „Was verbergen die?“ Fehlende Kontaktdaten gehören zu den stärksten Misstrauenssignalen.',
      tr: 'Telefon, e-posta veya iletişim sayfası bulamayan ziyaretçi "ne saklıyorlar?" diye sorar. Eksik iletişim bilgisi güvensizliğin en güçlü işaretlerinden biridir.',
      fa: 'بازدیدکننده‌ای که شماره تلفن، ایمیل یا صفحهٔ تماس پیدا نمی‌کند می‌پرسد «چه چیزی را پنهان می‌کنند؟». نبودِ اطلاعات تماس از قوی‌ترین نشانه‌های بی‌اعتمادی است.',
    },
    fix: {
      en: 'Show at least one direct channel (phone, email or chat) and a link to a contact page in the header or next to the main action.',
      de: 'Zeigen Sie mindestens einen direkten Kanal (Telefon, E-Mail oder Chat) und einen Link zur Kontaktseite im Kopfbereich oder neben der Hauptaktion.',
      tr: 'En az bir doğrudan kanal (telefon, e-posta veya sohbet) ve üst bölümde ya da ana eylemin yanında bir iletişim sayfası bağlantısı gösterin.',
      fa: 'دست‌کم یک راه مستقیم (تلفن، ایمیل یا گفتگو) و پیوندی به صفحهٔ تماس در سرصفحه یا کنار دکمهٔ اصلی نشان دهید.',
    },
    messages: {
      none: {
        en: 'No phone number, email address, contact link or chat was found on this page.',
        de: 'Auf dieser Seite wurde keine Telefonnummer, E-Mail-Adresse, kein Kontaktlink und kein Chat gefunden.',
        tr: 'Bu sayfada telefon numarası, e-posta adresi, iletişim bağlantısı veya canlı destek bulunamadı.',
        fr: "Aucun numéro de téléphone, adresse e-mail, lien de contact ni chat n'a été trouvé sur cette page.",
        es: 'No se encontró ningún teléfono, correo electrónico, enlace de contacto ni chat en esta página.',
        it: 'In questa pagina non è stato trovato alcun numero di telefono, indirizzo email, link di contatto o chat.',
        fa: 'در این صفحه هیچ شماره تلفن، نشانی ایمیل، پیوند تماس یا گفتگوی آنلاینی پیدا نشد.',
      },
      hiddenOnly: {
        en: 'Contact details exist on this page but are hidden ({count} place(s)); nothing is visible without interaction.',
        de: 'Kontaktdaten sind auf der Seite vorhanden, aber verborgen ({count} Stelle(n)); ohne Interaktion ist nichts sichtbar.',
        tr: 'Sayfada iletişim bilgisi var ama gizli ({count} yer); etkileşim olmadan hiçbiri görünmüyor.',
        fr: "Des coordonnées existent sur la page mais sont masquées ({count} endroit(s)) ; rien n'est visible sans interaction.",
        es: 'Hay datos de contacto en la página, pero están ocultos ({count} lugar(es)); no se ve nada sin interactuar.',
        it: 'I contatti ci sono ma sono nascosti ({count} punto/i); senza interazione non si vede nulla.',
        fa: 'اطلاعات تماس در صفحه هست اما پنهان است ({count} مورد)؛ بدون تعامل چیزی دیده نمی‌شود.',
      },
    },
  },
  applies: (ctx) => ctx.pageKind !== 'legal',
  evaluate(ctx) {
    const c = ctx.contact;
    if (c.phones.length || c.emails.length || c.contactLinks.length || c.chat) return [];
    if (c.hiddenEls.length > 0) {
      return [{ message: 'hiddenOnly', params: { count: c.hiddenEls.length }, element: c.hiddenEls[0] ?? null, severity: 'moderate' }];
    }
    return [{ message: 'none' }];
  },
});
