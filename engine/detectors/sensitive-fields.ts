/**
 * Personal data a consumer checkout or sign-up asks for without needing it: birthday, gender, title,
 * national id, a second phone, fax, company. One finding per field (a radio group or a day/month/year set
 * counts once), naming the field's label, because each one is a separate decision for the shop.
 * Exceptions: a birthday where the page says the buyer's age is checked; a company or tax field where the
 * form offers a business-customer path.
 */
import { AGE_CHECK, BUSINESS, FAX, GENDER_OPTIONS, PHONE_PART, TITLE_OPTIONS, says } from '../lexicon/form-words';
import { inferPurpose } from '../forms/purpose';
import type { FieldInfo, FormInfo, PageContext } from '../page-types';
import type { Severity } from '../result';
import { defineDetector, type RawFinding } from './types';

type Kind = 'birthday' | 'gender' | 'title' | 'nationalId' | 'secondPhone' | 'fax' | 'company';

const SEVERITY: Record<Kind, Severity> = {
  nationalId: 'moderate',
  birthday: 'moderate',
  gender: 'moderate',
  title: 'minor',
  secondPhone: 'minor',
  fax: 'minor',
  company: 'minor',
};

const CONSUMER = new Set(['checkout', 'signup', 'newsletter']);

function own(f: FieldInfo): string {
  return `${f.label.length <= 60 ? f.label : ''} ${f.name} ${f.id}`;
}

function legend(f: FieldInfo): string {
  const l = f.el.closest('fieldset')?.querySelector('legend');
  return (l?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Radio groups (and unlabelled selects) get purpose 'other' from the shared extraction: a radio is one
 * choice, not a field. Here the group's question is what counts: its legend and name, else its options
 * (Herr/Frau, Erkek/Kadın).
 */
function groupPurpose(f: FieldInfo, form: FormInfo): string {
  if (f.purpose !== 'other' || (f.type !== 'radio' && f.tag !== 'select')) return f.purpose;
  const p = inferPurpose({ tag: 'input', type: 'text', name: f.name, id: f.id, autocomplete: '', label: legend(f) || (f.type === 'radio' ? '' : f.label), placeholder: '' });
  if (p === 'sex' || p === 'honorific-prefix') return p;
  const options = f.type === 'radio'
    ? form.fields.filter((x) => x.type === 'radio' && x.name === f.name).map((x) => x.label)
    : Array.from(f.el.querySelectorAll('option')).slice(0, 8).map((o) => o.textContent ?? '');
  const named = options.filter((o) => o.trim() && !/^[-–—.\s]*$/.test(o));
  if (named.length < 2) return f.purpose;
  const share = (src: string): number => named.filter((o) => o.length < 30 && says(src, o)).length / named.length;
  if (share(TITLE_OPTIONS) >= 0.6) return 'honorific-prefix';
  if (share(GENDER_OPTIONS) >= 0.6) return 'sex';
  return f.purpose;
}

/** says(FAX | PHONE_PART, own(f)) of one field, each asked once (judge and kindOf both ask). */
interface OwnWords {
  fax(): boolean;
  phonePart(): boolean;
}
function ownWords(f: FieldInfo): OwnWords {
  const text = own(f);
  let fax: boolean | undefined;
  let part: boolean | undefined;
  return { fax: () => (fax ??= says(FAX, text)), phonePart: () => (part ??= says(PHONE_PART, text)) };
}

function kindOf(f: FieldInfo, form: FormInfo, firstPhone: FieldInfo | null, words: OwnWords): Kind | null {
  const p = groupPurpose(f, form);
  if (p.startsWith('bday')) return 'birthday';
  if (p === 'sex') return 'gender';
  if (p === 'honorific-prefix') return 'title';
  if (p === 'id-number') return 'nationalId';
  if (p === 'organization') return 'company';
  if (words.fax()) return 'fax';
  if (p.startsWith('tel') && f.tag !== 'select' && !words.phonePart() && firstPhone) {
    // Billing and delivery blocks each with "Phone" are one number asked twice per address, not a second phone.
    const a = firstPhone.label.toLowerCase().replace(/[\s*:]+/g, ' ').trim();
    const b = f.label.toLowerCase().replace(/[\s*:]+/g, ' ').trim();
    return a !== b ? 'secondPhone' : null;
  }
  return null;
}

function judge(form: FormInfo, ctx: PageContext): { f: FieldInfo; kind: Kind; label: string }[] {
  const fields = form.fields.filter((f) => f.visible);
  // Both reasons are asked only when a field needs one: the age check reads up to 20,000 characters of page text.
  let business: boolean | undefined;
  let ageCheck: boolean | undefined;
  const isBusiness = (): boolean => (business ??= says(BUSINESS, `${form.text} ${fields.map((f) => f.label).join(' ')}`) ||
    fields.some((f) => f.purpose === 'vat-number'));
  const checksAge = (): boolean => (ageCheck ??= says(AGE_CHECK, `${form.text}\n${ctx.visibleText.slice(0, 20000)}`));
  const out: { f: FieldInfo; kind: Kind; label: string }[] = [];
  const seen = new Set<string>();
  let firstPhone: FieldInfo | null = null;
  for (const f of fields) {
    // A new address block (delivery after billing) has its own phone: start counting again.
    if (firstPhone && /^(street-address|address-line1|address-streetname|postal-code)$/.test(f.purpose)) firstPhone = null;
    const words = ownWords(f);
    const isPhone = f.purpose.startsWith('tel') && f.tag !== 'select' && !words.phonePart() && !words.fax();
    const kind = kindOf(f, form, firstPhone, words);
    if (isPhone && !firstPhone) firstPhone = f;
    if (!kind) continue;
    if (kind === 'birthday' && checksAge()) continue;
    if (kind === 'company' && isBusiness()) continue;
    // A radio group, or the day/month/year parts of one birthday, are one question.
    const key = f.type === 'radio' ? `${kind}:${f.name}` : kind === 'birthday' || kind === 'company' ? kind : `${kind}:${f.selector}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const label = (f.type === 'radio' || kind === 'birthday' ? legend(f) : '') ||
      (f.type === 'radio' ? form.fields.filter((x) => x.name === f.name).map((x) => x.label).join(' / ') : f.label) || f.name;
    out.push({ f, kind, label: label.slice(0, 60) });
  }
  return out;
}

export default defineDetector({
  meta: {
    id: 'sensitive-fields',
    category: 'forms',
    severity: 'moderate',
    title: {
      en: 'Asks for personal data it does not need',
      de: 'Fragt unnötige persönliche Daten ab',
      tr: 'Gerekmeyen kişisel veriler isteniyor',
      fr: 'Demande des données personnelles inutiles',
      es: 'Pide datos personales innecesarios',
      it: 'Chiede dati personali non necessari',
      fa: 'درخواست اطلاعات شخصی غیرضروری',
    },
    why: {
      en: 'Birthday, gender, title or an ID number are not needed to ship an order. Asking for them makes people wonder what the data is for, and some leave rather than hand it over; the GDPR also requires collecting only what the purpose needs (data minimisation).',
      de: 'Geburtsdatum, Geschlecht, Anrede oder Ausweisnummer braucht niemand für den Versand. Solche Fragen wecken Misstrauen („wofür?“), manche brechen ab; die DSGVO verlangt zudem Datenminimierung.',
      tr: 'Doğum tarihi, cinsiyet, hitap ya da kimlik numarası siparişi göndermek için gerekmez. Bu sorular "ne için?" sorusunu doğurur, bazı kişiler vazgeçer; KVKK ve GDPR de yalnızca gerekli verinin toplanmasını ister.',
      fr: "Date de naissance, genre, civilité ou numéro d'identité ne servent pas à livrer une commande. Les demander éveille la méfiance, et le RGPD impose la minimisation des données.",
      es: 'La fecha de nacimiento, el género, el tratamiento o el DNI no hacen falta para enviar un pedido. Pedirlos genera desconfianza, y el RGPD exige minimizar los datos.',
      it: "Data di nascita, genere, titolo o codice fiscale non servono a spedire un ordine. Chiederli crea diffidenza, e il GDPR impone la minimizzazione dei dati.",
      fa: 'تاریخ تولد، جنسیت، عنوان یا کد ملی برای ارسال سفارش لازم نیست. پرسیدن آن‌ها این سؤال را پیش می‌آورد که «برای چه؟» و برخی خرید را رها می‌کنند.',
    },
    fix: {
      en: 'Remove the field, or make it optional and say next to it why you ask (e.g. "for age verification", "required by law for invoices over …").',
      de: 'Entfernen Sie das Feld oder machen Sie es freiwillig und erklären Sie daneben den Zweck (z. B. „zur Altersprüfung“).',
      tr: 'Alanı kaldırın ya da isteğe bağlı yapıp yanında nedenini açıklayın (ör. "yasal olarak fatura için gereklidir").',
      fr: 'Supprimez le champ, ou rendez-le facultatif en expliquant pourquoi vous le demandez.',
      es: 'Elimine el campo, o hágalo opcional y explique al lado para qué lo pide.',
      it: 'Eliminate il campo, o rendetelo facoltativo spiegando accanto perché lo chiedete.',
      fa: 'فیلد را حذف کنید یا اختیاری کنید و کنار آن دلیلش را بنویسید (مثلاً «برای صدور فاکتور طبق قانون»).',
    },
    thresholds: {
      minimisation: {
        value: 0,
        unit: 'unneeded personal fields',
        source: 'GDPR Art. 5(1)(c) data minimisation (KVKK Art. 4 likewise); Baymard Institute checkout research: unexplained personal fields (birthday, phone, title) cause hesitation and abandonment.',
      },
    },
    messages: {
      birthday: {
        en: 'Asks for a date of birth ("{label}") without saying the age must be checked.',
        de: 'Fragt nach dem Geburtsdatum („{label}“), ohne dass eine Altersprüfung genannt wird.',
        tr: 'Yaş doğrulaması gerektiği belirtilmeden doğum tarihi isteniyor ("{label}").',
        fr: "Demande la date de naissance (« {label} ») sans mentionner de contrôle d'âge.",
        es: 'Pide la fecha de nacimiento («{label}») sin indicar que se compruebe la edad.',
        it: "Chiede la data di nascita («{label}») senza indicare una verifica dell'età.",
        fa: 'تاریخ تولد («{label}») خواسته شده بی‌آنکه نیاز به بررسی سن گفته شود.',
      },
      gender: {
        en: 'Asks for gender ("{label}"), which is not needed to fulfil an order.',
        de: 'Fragt nach dem Geschlecht („{label}“), das für die Bestellung nicht nötig ist.',
        tr: 'Sipariş için gerekmeyen cinsiyet bilgisi isteniyor ("{label}").',
        fr: 'Demande le genre (« {label} »), inutile pour traiter une commande.',
        es: 'Pide el género («{label}»), que no hace falta para el pedido.',
        it: "Chiede il genere («{label}»), non necessario per l'ordine.",
        fa: 'جنسیت («{label}») خواسته شده که برای سفارش لازم نیست.',
      },
      title: {
        en: 'Asks for a title or form of address ("{label}"); make it optional or drop it.',
        de: 'Fragt nach der Anrede („{label}“); machen Sie sie freiwillig oder streichen Sie sie.',
        tr: 'Hitap şekli isteniyor ("{label}"); isteğe bağlı yapın ya da kaldırın.',
        fr: 'Demande la civilité (« {label} ») ; rendez-la facultative ou supprimez-la.',
        es: 'Pide el tratamiento («{label}»); hágalo opcional o elimínelo.',
        it: 'Chiede il titolo («{label}»); rendetelo facoltativo o eliminatelo.',
        fa: 'عنوان یا شیوهٔ خطاب («{label}») خواسته شده؛ آن را اختیاری کنید یا حذف کنید.',
      },
      nationalId: {
        en: 'Asks for a national ID number ("{label}") without explaining why.',
        de: 'Fragt nach einer Ausweis- oder Identifikationsnummer („{label}“), ohne den Grund zu nennen.',
        tr: 'Nedeni açıklanmadan kimlik numarası isteniyor ("{label}").',
        fr: "Demande un numéro d'identité (« {label} ») sans en expliquer la raison.",
        es: 'Pide un número de identidad («{label}») sin explicar por qué.',
        it: 'Chiede un codice identificativo («{label}») senza spiegarne il motivo.',
        fa: 'کد ملی یا شمارهٔ شناسایی («{label}») بدون توضیح دلیل خواسته شده.',
      },
      secondPhone: {
        en: 'Asks for a second phone number ("{label}").',
        de: 'Fragt nach einer zweiten Telefonnummer („{label}“).',
        tr: 'İkinci bir telefon numarası isteniyor ("{label}").',
        fr: 'Demande un second numéro de téléphone (« {label} »).',
        es: 'Pide un segundo número de teléfono («{label}»).',
        it: 'Chiede un secondo numero di telefono («{label}»).',
        fa: 'شمارهٔ تلفن دوم خواسته شده («{label}»).',
      },
      fax: {
        en: 'Asks for a fax number ("{label}"), which almost no consumer has.',
        de: 'Fragt nach einer Faxnummer („{label}“), die kaum ein Privatkunde hat.',
        tr: 'Neredeyse hiçbir bireysel müşterinin olmadığı faks numarası isteniyor ("{label}").',
        fr: 'Demande un numéro de fax (« {label} »), que presque aucun particulier ne possède.',
        es: 'Pide un número de fax («{label}»), que casi ningún particular tiene.',
        it: 'Chiede un numero di fax («{label}»), che quasi nessun privato ha.',
        fa: 'شمارهٔ فکس («{label}») خواسته شده که تقریباً هیچ مشتری عادی ندارد.',
      },
      company: {
        en: 'Shows a company field ("{label}") on a consumer form with no business-customer option; it confuses private buyers.',
        de: 'Zeigt ein Firmenfeld („{label}“) in einem Privatkunden-Formular ohne Geschäftskunden-Option.',
        tr: 'Kurumsal müşteri seçeneği olmayan bireysel formda şirket alanı var ("{label}").',
        fr: 'Affiche un champ société (« {label} ») sur un formulaire particulier sans option professionnelle.',
        es: 'Muestra un campo de empresa («{label}») en un formulario de particulares sin opción de empresa.',
        it: 'Mostra un campo azienda («{label}») in un modulo per privati senza opzione aziendale.',
        fa: 'فیلد نام شرکت («{label}») در فرم مشتری عادی بدون گزینهٔ مشتری حقوقی آمده است.',
      },
    },
  },
  applies: (ctx) => ctx.forms.some((f) => CONSUMER.has(f.kind)),
  evaluate(ctx) {
    const out: RawFinding[] = [];
    for (const form of ctx.forms) {
      if (!CONSUMER.has(form.kind)) continue;
      for (const { f, kind, label } of judge(form, ctx)) {
        out.push({
          message: kind,
          params: { label },
          element: f.el,
          // An identity number the shopper must give is worse than an optional one.
          severity: kind === 'nationalId' && f.required ? 'serious' : SEVERITY[kind],
          evidence: { text: label, purpose: f.purpose, required: f.required, formKind: form.kind },
        });
      }
    }
    return out;
  },
});
