import { ID_LABEL, fold } from '../lexicon/legal';
import type { FieldInfo, FormInfo, PageContext } from '../page-types';
import type { Severity } from '../result';
import { defineDetector, type RawFinding } from './types';

type Kind = 'phone' | 'birthday' | 'gender' | 'idNumber';

function kindOf(f: FieldInfo): Kind | null {
  const p = f.purpose;
  if (p === 'id-number' || ID_LABEL.test(fold(f.label))) return 'idNumber';
  if (p === 'tel' || p === 'tel-national' || p === 'tel-local') return 'phone';
  if (p.startsWith('bday')) return 'birthday';
  if (p === 'sex') return 'gender';
  return null;
}

const HINT_CLASS = /(^|[\s_-])(hint|help|desc|description|note|info|explain|tooltip|caption|helper)/i;
const MAX_HINT = 300;

/**
 * Whether an element next to the field (a sibling of the field or of its wrapper, when the wrapper holds
 * only this field) explains it: a hint element (class hint/help/description..., or <small>) or text that
 * gives a reason ("nur für Rückfragen zur Lieferung", a "Why?" tooltip).
 */
function explainedNearby(ctx: PageContext, el: Element, form: FormInfo): boolean {
  const holdsField = (e: Element) => form.fields.some((x) => e.contains(x.el));
  const explains = (s: Element | null): boolean => {
    if (!s || s.localName === 'label' || holdsField(s)) return false;
    const t = (s.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length > MAX_HINT) return false;
    const hintish = HINT_CLASS.test(s.getAttribute('class') ?? '') || s.localName === 'small';
    if (hintish && t) return true;
    return ctx.services.dataReason(`${t} ${s.getAttribute('title') ?? ''} ${s.getAttribute('aria-label') ?? ''}`, '');
  };
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++) {
    if (explains(node.nextElementSibling) || explains(node.previousElementSibling)) return true;
    const parent: Element | null = node.parentElement;
    if (!parent || form.fields.filter((x) => parent.contains(x.el)).length !== 1) break;
    node = parent;
  }
  return false;
}

/** Phone, birthday, gender or identity-number fields with nothing next to them saying why they are needed. */
export default defineDetector({
  meta: {
    id: 'unexplained-personal-data',
    category: 'transparency',
    severity: 'moderate',
    title: {
      en: 'Personal data asked for without saying why',
      de: 'Persönliche Daten ohne Begründung verlangt',
      tr: 'Nedeni söylenmeden kişisel veri isteniyor',
      fr: 'Données personnelles demandées sans dire pourquoi',
      es: 'Se piden datos personales sin decir por qué',
      it: 'Dati personali richiesti senza spiegare perché',
      fa: 'اطلاعات شخصی بدون توضیحِ دلیل خواسته می‌شود',
    },
    why: {
      en: 'A phone number, birthday, gender or ID number asked for with no reason makes people wonder "why do they need this?" and fear calls, ads or misuse. A short note ("only for delivery questions") removes the doubt; Baymard finds unexplained phone fields a known cause of checkout abandonment.',
      de: 'Telefonnummer, Geburtsdatum, Geschlecht oder Ausweisnummer ohne Begründung lassen fragen: „Wozu brauchen die das?“ und lassen Werbeanrufe oder Missbrauch befürchten. Ein kurzer Hinweis („nur für Rückfragen zur Lieferung“) nimmt den Zweifel.',
      tr: 'Gerekçesiz istenen telefon, doğum tarihi, cinsiyet veya TC kimlik numarası "bunu neden istiyorlar?" sorusunu ve reklam araması, kötüye kullanım kaygısını doğurur. Kısa bir not ("yalnızca kargo ile ilgili bilgilendirme için") şüpheyi giderir.',
      fa: 'شماره تلفن، تاریخ تولد، جنسیت یا کد ملی بدون دلیل این پرسش را پیش می‌آورد که «این را برای چه می‌خواهند؟». یک یادداشت کوتاه («فقط برای هماهنگی ارسال») تردید را برطرف می‌کند.',
    },
    fix: {
      en: 'Next to the field, say in a few words why you ask and what you will not do with it ("Only for delivery questions, never for marketing"), or make the field optional or drop it.',
      de: 'Schreiben Sie neben das Feld in wenigen Worten, wozu Sie fragen und was Sie nicht damit tun („Nur für Rückfragen zur Lieferung, keine Werbung“), oder machen Sie es optional bzw. streichen Sie es.',
      tr: 'Alanın yanına neden istediğinizi ve ne yapmayacağınızı birkaç kelimeyle yazın ("Yalnızca kargo ile ilgili bilgilendirme için, reklam için değil") ya da alanı isteğe bağlı yapın veya kaldırın.',
      fa: 'کنار فیلد در چند کلمه بگویید چرا آن را می‌خواهید و چه کاری با آن نمی‌کنید («فقط برای هماهنگی ارسال، نه تبلیغات»)، یا فیلد را اختیاری کنید یا بردارید.',
    },
    messages: {
      phone: {
        en: 'The phone field "{label}" gives no reason why the number is needed.',
        de: 'Das Telefonfeld „{label}“ sagt nicht, wozu die Nummer gebraucht wird.',
        tr: '"{label}" telefon alanı numaranın neden gerektiğini söylemiyor.',
        fr: 'Le champ téléphone « {label} » ne dit pas pourquoi le numéro est nécessaire.',
        es: 'El campo de teléfono «{label}» no explica para qué se necesita el número.',
        it: 'Il campo telefono «{label}» non spiega perché serve il numero.',
        fa: 'فیلد تلفن «{label}» نمی‌گوید شماره برای چه لازم است.',
      },
      birthday: {
        en: 'The birth-date field "{label}" gives no reason why it is needed.',
        de: 'Das Geburtsdatumsfeld „{label}“ sagt nicht, wozu es gebraucht wird.',
        tr: '"{label}" doğum tarihi alanı neden gerektiğini söylemiyor.',
        fr: 'Le champ date de naissance « {label} » ne dit pas pourquoi il est nécessaire.',
        es: 'El campo de fecha de nacimiento «{label}» no explica para qué se necesita.',
        it: 'Il campo data di nascita «{label}» non spiega perché serve.',
        fa: 'فیلد تاریخ تولد «{label}» نمی‌گوید برای چه لازم است.',
      },
      gender: {
        en: 'The gender field "{label}" gives no reason why it is needed.',
        de: 'Das Feld zum Geschlecht „{label}“ sagt nicht, wozu es gebraucht wird.',
        tr: '"{label}" cinsiyet alanı neden gerektiğini söylemiyor.',
        fr: 'Le champ genre « {label} » ne dit pas pourquoi il est nécessaire.',
        es: 'El campo de género «{label}» no explica para qué se necesita.',
        it: 'Il campo genere «{label}» non spiega perché serve.',
        fa: 'فیلد جنسیت «{label}» نمی‌گوید برای چه لازم است.',
      },
      idNumber: {
        en: 'The identity-number field "{label}" gives no reason why it is needed.',
        de: 'Das Feld für die Ausweis- bzw. Identifikationsnummer „{label}“ sagt nicht, wozu sie gebraucht wird.',
        tr: '"{label}" kimlik numarası alanı neden gerektiğini söylemiyor.',
        fr: 'Le champ numéro d\'identité « {label} » ne dit pas pourquoi il est nécessaire.',
        es: 'El campo de número de identidad «{label}» no explica para qué se necesita.',
        it: 'Il campo numero identificativo «{label}» non spiega perché serve.',
        fa: 'فیلد شمارهٔ شناسایی «{label}» نمی‌گوید برای چه لازم است.',
      },
    },
  },
  applies: (ctx) => ctx.forms.some((f) => f.kind !== 'search' && f.fields.some((x) => x.visible && kindOf(x) !== null)),
  evaluate(ctx) {
    const out: RawFinding[] = [];
    for (const form of ctx.forms) {
      if (form.kind === 'search') continue;
      const last: Partial<Record<Kind, Element>> = {};
      for (const f of form.fields) {
        if (!f.visible) continue;
        const kind = kindOf(f);
        if (!kind) continue;
        // A birthday split into day / month / year, or a phone split into prefix and number, is one question.
        const prev = last[kind];
        last[kind] = f.el;
        if (prev && prev.parentElement?.parentElement?.contains(f.el)) continue;
        if (f.el.getAttribute('aria-describedby')) continue;
        // text/form-texts.ts givesDataReason (in the content script the background answers).
        if (ctx.services.dataReason(f.label, '')) continue;
        if (explainedNearby(ctx, f.el, form)) continue;
        const severity: Severity | undefined = kind === 'idNumber' ? 'serious' : f.required ? undefined : 'minor';
        out.push({ message: kind, params: { label: f.label.slice(0, 60) || f.name || f.type }, element: f.el, severity, evidence: { purpose: f.purpose, text: f.label } });
      }
    }
    return out;
  },
});
