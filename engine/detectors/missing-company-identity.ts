import { IDENTITY, LEGAL_FORM, SHOP_KINDS, anyLinkNames } from '../lexicon/legal';
import { defineDetector } from './types';

const TRANSACTION_KINDS: ReadonlySet<string> = new Set(['signup', 'login', 'contact', 'home']);

/** No imprint / legal notice / about-us link, and no legal company name with a postal address on the page. */
export default defineDetector({
  meta: {
    id: 'missing-company-identity',
    category: 'transparency',
    severity: 'moderate',
    title: {
      en: 'No company identity',
      de: 'Anbieter nicht erkennbar',
      tr: 'Şirket kimliği belirsiz',
      fr: 'Identité de l\'entreprise introuvable',
      es: 'Identidad de la empresa desconocida',
      it: "Identità dell'azienda sconosciuta",
      fa: 'هویت شرکت معلوم نیست',
    },
    why: {
      en: 'Shoppers want to know who they are dealing with: a registered company with an address they could write to or take to court. With no imprint, about-us page or legal name in sight, the shop could be anyone.',
      de: 'Man will wissen, mit wem man es zu tun hat: einem eingetragenen Unternehmen mit Anschrift. Ohne Impressum, „Über uns“ oder Firmennamen mit Rechtsform könnte hinter dem Shop jeder stecken (Impressumspflicht nach § 5 DDG).',
      tr: 'Müşteri kiminle alışveriş yaptığını bilmek ister: adresi olan kayıtlı bir şirket. Künye, hakkımızda sayfası veya unvan (A.Ş., Ltd. Şti.) görünmüyorsa mağazanın arkasında herkes olabilir.',
      fa: 'خریدار می‌خواهد بداند با چه کسی سروکار دارد: شرکتی ثبت‌شده با نشانی. بدون پیوند «درباره ما»، نام رسمی شرکت یا نشانی، پشت فروشگاه ممکن است هر کسی باشد.',
    },
    fix: {
      en: 'Link an imprint / legal notice or an about-us page in the footer, and show the legal company name with its postal address.',
      de: 'Verlinken Sie Impressum und „Über uns“ im Seitenfuß und zeigen Sie Firmenname mit Rechtsform und Anschrift.',
      tr: 'Alt bilgide künye veya hakkımızda sayfasına bağlantı verin; ticari unvanı ve adresi gösterin.',
      fa: 'در پانویس به صفحهٔ «درباره ما» پیوند دهید و نام رسمی شرکت را با نشانی پستی نشان دهید.',
    },
    messages: {
      none: {
        en: 'No imprint, legal notice or about-us link, and no legal company name with an address on this page.',
        de: 'Kein Impressum, keine rechtlichen Hinweise, kein „Über uns“ und kein Firmenname mit Anschrift auf dieser Seite.',
        tr: 'Bu sayfada künye, yasal bilgi veya hakkımızda bağlantısı ve adresli ticari unvan yok.',
        fr: 'Ni mentions légales, ni page « qui sommes-nous », ni raison sociale avec adresse sur cette page.',
        es: 'Ni aviso legal, ni «quiénes somos», ni razón social con dirección en esta página.',
        it: 'Né note legali, né «chi siamo», né ragione sociale con indirizzo in questa pagina.',
        fa: 'در این صفحه نه پیوند «درباره ما» یا اطلاعات حقوقی هست و نه نام رسمی شرکت با نشانی.',
      },
      nameNoAddress: {
        en: 'No imprint or about-us link; the company name "{name}" appears, but without a postal address.',
        de: 'Kein Impressum und kein „Über uns“; der Firmenname „{name}“ steht da, aber ohne Anschrift.',
        tr: 'Künye veya hakkımızda bağlantısı yok; "{name}" unvanı geçiyor ama adres yok.',
        fr: "Ni mentions légales ni « qui sommes-nous » ; la raison sociale « {name} » figure, mais sans adresse.",
        es: 'Ni aviso legal ni «quiénes somos»; aparece la razón social «{name}», pero sin dirección.',
        it: 'Né note legali né «chi siamo»; compare la ragione sociale «{name}», ma senza indirizzo.',
        fa: 'پیوند «درباره ما» نیست؛ نام شرکت «{name}» آمده اما بدون نشانی.',
      },
    },
  },
  // Where a visitor is about to buy, sign up, get in touch or hand over data; legal pages are the identity.
  applies: (ctx) =>
    SHOP_KINDS.has(ctx.pageKind) || TRANSACTION_KINDS.has(ctx.pageKind) ||
    (ctx.pageKind !== 'legal' && ctx.forms.some((f) => f.kind !== 'search' && f.fields.some((x) => x.visible && x.purpose !== 'other'))),
  evaluate(ctx) {
    if (anyLinkNames(ctx.links, IDENTITY)) return [];
    const named = ctx.textBlocks.find((b) => b.visible && b.text.length <= 600 && LEGAL_FORM.test(b.text));
    if (named && ctx.contact.addresses.length > 0) return [];
    const severity = SHOP_KINDS.has(ctx.pageKind) ? ('serious' as const) : undefined;
    if (named) {
      const m = LEGAL_FORM.exec(named.text)!;
      const name = named.text.slice(Math.max(0, m.index - 40), m.index + m[0].length).trim();
      return [{ message: 'nameNoAddress', params: { name }, element: named.el, severity, evidence: { text: named.text } }];
    }
    return [{ message: 'none', severity }];
  },
});
