import { samePhone } from '../text/phones';
import type { FactPlace, PageFacts } from '../result';
import { defineJourneyDetector, nearestEarlier, type JourneyRawFinding } from '../journey-types';

/**
 * A phone number or e-mail address that is REPLACED between pages: the earlier page's number is nowhere on
 * the later page, and the later page shows another one in the same place (site header/footer, or the page's
 * own content). A number that is merely added, or a page without any, is not an inconsistency.
 * E-mails are compared within one purpose: privacy@, jobs@, press@ are other roles; no-reply is ignored.
 */
const PURPOSES: [string, RegExp][] = [
  ['privacy', /privacy|datenschutz|dsgvo|gdpr|dpo|kvkk|rgpd|privacidad|donnees|حریم/],
  ['jobs', /job|career|karriere|bewerb|kariyer|recrut|empleo|lavora|^hr$/],
  ['press', /press|presse|media|basin|prensa|stampa/],
  ['skip', /^(?:no-?reply|do-?not-?reply|mailer-daemon|postmaster|abuse)$/],
];

function purposeOf(email: string): string {
  const local = email.split('@')[0] ?? '';
  return PURPOSES.find(([, re]) => re.test(local))?.[0] ?? 'general';
}

const domainOf = (email: string) => email.split('@')[1] ?? '';

export default /* @__PURE__ */ defineJourneyDetector({
  meta: {
    id: 'inconsistent-contact',
    category: 'consistency',
    severity: 'moderate',
    title: {
      en: 'Contact details change between pages',
      de: 'Kontaktdaten wechseln zwischen den Seiten',
      tr: 'İletişim bilgileri sayfadan sayfaya değişiyor',
      fr: 'Les coordonnées changent d’une page à l’autre',
      es: 'Los datos de contacto cambian entre páginas',
      it: 'I recapiti cambiano da una pagina all’altra',
      fa: 'اطلاعات تماس از صفحه‌ای به صفحهٔ دیگر تغییر می‌کند',
    },
    why: {
      en: 'Customers expect the same company behind every page. A phone number or e-mail address that changes on the way to checkout makes them wonder which one is real, or whether they left the shop.',
      de: 'Kundinnen und Kunden erwarten auf jeder Seite dasselbe Unternehmen. Eine Telefonnummer oder E-Mail-Adresse, die sich auf dem Weg zur Kasse ändert, lässt zweifeln, welche echt ist.',
      tr: 'Müşteriler her sayfada aynı şirketi görmeyi bekler. Ödemeye giderken değişen bir telefon numarası veya e-posta adresi hangisinin gerçek olduğunu sorgulatır.',
      fr: 'Le client attend la même entreprise sur chaque page. Un numéro ou une adresse e-mail qui change en route vers le paiement fait douter.',
      es: 'El cliente espera la misma empresa en cada página. Un teléfono o correo que cambia camino del pago genera dudas sobre cuál es el real.',
      it: 'Il cliente si aspetta la stessa azienda su ogni pagina. Un numero o un indirizzo e-mail che cambia verso il pagamento fa sorgere dubbi.',
      fa: 'مشتری در هر صفحه همان شرکت را انتظار دارد. شماره تلفن یا ایمیلی که در مسیر پرداخت عوض می‌شود این پرسش را پیش می‌آورد که کدام درست است.',
    },
    fix: {
      en: 'Show the same phone number and e-mail address in the same place on every page (one shared header/footer); if departments differ, label them ("Order hotline", "Returns").',
      de: 'Zeigen Sie auf jeder Seite dieselbe Telefonnummer und E-Mail-Adresse an derselben Stelle (ein gemeinsamer Kopf-/Fußbereich); verschiedene Abteilungen beschriften Sie („Bestellhotline“, „Retouren“).',
      tr: 'Her sayfada aynı telefon numarasını ve e-posta adresini aynı yerde gösterin (ortak üst/alt bilgi); farklı birimler varsa etiketleyin ("Sipariş hattı", "İade").',
      fr: 'Affichez le même numéro et la même adresse au même endroit sur chaque page ; si les services diffèrent, nommez-les.',
      es: 'Muestre el mismo teléfono y correo en el mismo lugar de cada página; si son departamentos distintos, rotúlelos.',
      it: 'Mostrate lo stesso numero e lo stesso indirizzo nello stesso punto di ogni pagina; se i reparti sono diversi, indicatelo.',
      fa: 'در همهٔ صفحه‌ها همان شماره و ایمیل را در همان جا نشان دهید (سربرگ/پانویس مشترک)؛ اگر بخش‌ها متفاوت‌اند، برچسب بزنید.',
    },
    messages: {
      phone: {
        en: 'The phone number {before} on “{pageA}” is replaced by {after} on “{pageB}”.',
        de: 'Die Telefonnummer {before} auf „{pageA}“ wird auf „{pageB}“ durch {after} ersetzt.',
        tr: '“{pageA}” sayfasındaki {before} telefon numarası “{pageB}” sayfasında {after} olarak değişiyor.',
        fr: 'Le numéro {before} de « {pageA} » est remplacé par {after} sur « {pageB} ».',
        es: 'El teléfono {before} de «{pageA}» se sustituye por {after} en «{pageB}».',
        it: 'Il numero {before} di «{pageA}» è sostituito da {after} su «{pageB}».',
        fa: 'شمارهٔ تلفن {before} در «{pageA}» در «{pageB}» به {after} تغییر کرده است.',
      },
      email: {
        en: 'The e-mail address {before} on “{pageA}” is replaced by {after} on “{pageB}”.',
        de: 'Die E-Mail-Adresse {before} auf „{pageA}“ wird auf „{pageB}“ durch {after} ersetzt.',
        tr: '“{pageA}” sayfasındaki {before} e-posta adresi “{pageB}” sayfasında {after} olarak değişiyor.',
        fr: 'L’adresse {before} de « {pageA} » est remplacée par {after} sur « {pageB} ».',
        es: 'El correo {before} de «{pageA}» se sustituye por {after} en «{pageB}».',
        it: 'L’indirizzo {before} di «{pageA}» è sostituito da {after} su «{pageB}».',
        fa: 'ایمیل {before} در «{pageA}» در «{pageB}» به {after} تغییر کرده است.',
      },
    },
  },
  evaluate(pages) {
    const out: JourneyRawFinding[] = [];
    const places: FactPlace[] = ['site', 'main'];
    for (let b = 1; b < pages.length; b++) {
      const B = pages[b]!.facts;
      if (!B) continue;
      for (const place of places) {
        const mine = (f: PageFacts) => f.phones.filter((p) => p.place === place);
        if (mine(B).length) {
          const a = nearestEarlier(pages, b, (f) => mine(f).length > 0);
          if (a >= 0) {
            const A = pages[a]!.facts!;
            const gone = mine(A).filter((x) => !B.phones.some((y) => samePhone(x.normalized, y.normalized)));
            const added = mine(B).filter((y) => !A.phones.some((x) => samePhone(x.normalized, y.normalized)));
            if (gone[0] && added[0]) {
              out.push({
                message: 'phone',
                pageA: a,
                pageB: b,
                params: { before: gone[0].raw, after: added[0].raw },
                evidence: { text: added[0].raw, valueA: gone[0].raw, valueB: added[0].raw, place },
                severity: place === 'site' ? 'serious' : undefined,
                subject: `phone|${gone[0].normalized}|${added[0].normalized}`,
              });
            }
          }
        }
        for (const purpose of ['general', 'privacy', 'jobs', 'press']) {
          const mail = (f: PageFacts) => f.emails.filter((e) => e.place === place && purposeOf(e.email) === purpose);
          if (!mail(B).length) continue;
          const a = nearestEarlier(pages, b, (f) => mail(f).length > 0);
          if (a < 0) continue;
          const A = pages[a]!.facts!;
          const gone = mail(A).filter((x) => !B.emails.some((y) => y.email === x.email));
          const added = mail(B).filter((y) => !A.emails.some((x) => x.email === y.email));
          if (!gone[0] || !added[0]) continue;
          out.push({
            message: 'email',
            pageA: a,
            pageB: b,
            params: { before: gone[0].email, after: added[0].email },
            evidence: { text: added[0].email, valueA: gone[0].email, valueB: added[0].email, place },
            // Another domain is another organisation as far as the customer can tell.
            severity: domainOf(gone[0].email) !== domainOf(added[0].email) ? 'serious' : undefined,
            subject: `email|${gone[0].email}|${added[0].email}`,
          });
        }
      }
    }
    return out;
  },
});
