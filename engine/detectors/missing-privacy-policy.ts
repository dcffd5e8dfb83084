import { PRIVACY, SHOP_KINDS, anyLinkNames } from '../lexicon/legal';
import type { FormInfo, PageContext } from '../page-types';
import { defineDetector } from './types';

/** The first visible form that asks for personal data (anything but a search box). */
function personalForm(ctx: PageContext): FormInfo | undefined {
  return ctx.forms.find((f) => f.kind !== 'search' && f.fields.some((x) => x.visible && x.purpose !== 'other'));
}

/** A page that collects personal data, or any shop page, with no link to a privacy policy. */
export default defineDetector({
  meta: {
    id: 'missing-privacy-policy',
    category: 'transparency',
    severity: 'serious',
    title: {
      en: 'No privacy policy link',
      de: 'Kein Link zur Datenschutzerklärung',
      tr: 'Gizlilik politikası bağlantısı yok',
      fr: 'Aucun lien vers la politique de confidentialité',
      es: 'Ningún enlace a la política de privacidad',
      it: "Nessun link all'informativa privacy",
      fa: 'پیوندی به سیاست حریم خصوصی نیست',
    },
    why: {
      en: 'People asked for their name, email or phone want to know what happens to it. With no privacy policy in reach the answer is "no word on what happens to your data", and in the EU (GDPR Art. 13), Turkey (KVKK Art. 10) and elsewhere the notice is required where data is collected.',
      de: 'Wer Name, E-Mail oder Telefonnummer angeben soll, will wissen, was damit geschieht. Ohne erreichbare Datenschutzerklärung heißt die Antwort „kein Wort dazu“, und nach Art. 13 DSGVO ist die Information beim Erheben der Daten Pflicht.',
      tr: 'Adı, e-postası veya telefonu istenen kişi bunlara ne olacağını bilmek ister. Ulaşılabilir bir gizlilik metni yoksa cevap "verileriniz hakkında tek kelime yok" olur; KVKK md. 10 aydınlatma yükümlülüğü veriyi toplarken geçerlidir.',
      fa: 'کسی که نام، ایمیل یا تلفنش خواسته می‌شود می‌خواهد بداند با آن چه می‌شود. بدون پیوندی به سیاست حریم خصوصی پاسخ این است: «هیچ حرفی دربارهٔ داده‌های شما نیست».',
    },
    fix: {
      en: 'Link the privacy policy in the footer of every page and right next to each form that collects personal data (under the submit button).',
      de: 'Verlinken Sie die Datenschutzerklärung im Fuß jeder Seite und direkt bei jedem Formular, das personenbezogene Daten erhebt (unter dem Absende-Button).',
      tr: 'Gizlilik / KVKK aydınlatma metnini her sayfanın alt bilgisinde ve kişisel veri toplayan her formun hemen yanında (gönder düğmesinin altında) bağlayın.',
      fa: 'پیوند سیاست حریم خصوصی را در پانویس همهٔ صفحه‌ها و درست کنار هر فرمی که دادهٔ شخصی می‌گیرد بگذارید.',
    },
    messages: {
      withForm: {
        en: 'This page collects personal data ({fields}) but links to no privacy policy.',
        de: 'Diese Seite erhebt personenbezogene Daten ({fields}), verlinkt aber keine Datenschutzerklärung.',
        tr: 'Bu sayfa kişisel veri topluyor ({fields}) ama hiçbir gizlilik politikasına bağlantı vermiyor.',
        fr: 'Cette page collecte des données personnelles ({fields}) mais ne renvoie à aucune politique de confidentialité.',
        es: 'Esta página recoge datos personales ({fields}) pero no enlaza ninguna política de privacidad.',
        it: "Questa pagina raccoglie dati personali ({fields}) ma non rimanda ad alcuna informativa privacy.",
        fa: 'این صفحه دادهٔ شخصی می‌گیرد ({fields}) اما به هیچ سیاست حریم خصوصی پیوند نمی‌دهد.',
      },
      shop: {
        en: 'This {kind} page links to no privacy policy.',
        de: 'Diese Shopseite ({kind}) verlinkt keine Datenschutzerklärung.',
        tr: 'Bu {kind} sayfası hiçbir gizlilik politikasına bağlantı vermiyor.',
        fr: 'Cette page ({kind}) ne renvoie à aucune politique de confidentialité.',
        es: 'Esta página ({kind}) no enlaza ninguna política de privacidad.',
        it: 'Questa pagina ({kind}) non rimanda ad alcuna informativa privacy.',
        fa: 'این صفحهٔ فروشگاه ({kind}) به هیچ سیاست حریم خصوصی پیوند نمی‌دهد.',
      },
    },
  },
  applies: (ctx) => ctx.pageKind !== 'legal' && (SHOP_KINDS.has(ctx.pageKind) || personalForm(ctx) !== undefined),
  evaluate(ctx) {
    // A link, or a button that opens the policy in a layer.
    if (anyLinkNames(ctx.links, PRIVACY) || anyLinkNames(ctx.buttons, PRIVACY)) return [];
    const form = personalForm(ctx);
    if (form) {
      const fields = [...new Set(form.fields.filter((x) => x.visible && x.purpose !== 'other').map((x) => x.purpose))].slice(0, 5).join(', ');
      return [{ message: 'withForm', params: { fields }, element: form.el ?? form.fields[0]?.el ?? null }];
    }
    return [{ message: 'shop', params: { kind: ctx.pageKind }, severity: 'moderate' as const }];
  },
});
