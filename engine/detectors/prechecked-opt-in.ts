import type { FieldInfo, PageContext } from '../page-types';
import { defineDetector, type RawFinding } from './types';

/** A checkbox the shopper can see (custom checkboxes hide the input and show its label). */
export function shownBox(ctx: PageContext, x: FieldInfo): boolean {
  if (x.visible) return true;
  const labels = (x.el as HTMLInputElement).labels;
  return !!labels && Array.from(labels).some((l) => ctx.visible(l));
}

/** Pre-ticked boxes that opt into marketing, data sharing or paid extras (the checked attribute only, never state or value). */
export default defineDetector({
  meta: {
    id: 'prechecked-opt-in',
    category: 'checkout',
    severity: 'moderate',
    title: {
      en: 'Pre-ticked opt-in', de: 'Vorangekreuzte Einwilligung', tr: 'Önceden işaretli onay', fr: 'Case précochée',
      es: 'Casilla premarcada', it: 'Casella preselezionata', fa: 'گزینهٔ از پیش انتخاب‌شده',
    },
    why: {
      en: 'A ticked box the shopper did not tick is not consent: marketing needs an active opt-in (GDPR Art. 7, CJEU Planet49 C-673/17) and paid extras need express consent (EU Directive 2011/83/EU Art. 22).',
      de: 'Ein vorangekreuztes Kästchen ist keine Einwilligung: Werbung braucht aktives Opt-in (DSGVO Art. 7, EuGH Planet49), Zusatzkosten ausdrückliche Zustimmung (RL 2011/83/EU Art. 22).',
      tr: 'Kullanıcının işaretlemediği bir kutu onay değildir: pazarlama için açık rıza gerekir (KVKK, GDPR md. 7), ücretli ekstralar için açık onay (AB 2011/83 md. 22).',
      fa: 'گزینه‌ای که خریدار خودش انتخاب نکرده رضایت نیست: بازاریابی و هزینهٔ اضافه به رضایت صریح نیاز دارند (GDPR مادهٔ ۷).',
    },
    fix: {
      en: 'Leave opt-in boxes unticked and describe plainly what ticking them does and costs.',
      de: 'Lassen Sie Opt-in-Kästchen leer und beschreiben Sie klar, was das Anhaken bewirkt und kostet.',
      tr: 'Onay kutularını boş bırakın; işaretlemenin ne yaptığını ve ne kadar tuttuğunu açıkça yazın.',
      fa: 'گزینه‌های رضایت را خالی بگذارید و روشن بنویسید انتخاب آن‌ها چه می‌کند و چه هزینه‌ای دارد.',
    },
    thresholds: {
      default: { value: 0, unit: 'pre-ticked consent boxes allowed', source: 'GDPR Art. 4(11) and 7, Recital 32; CJEU C-673/17 Planet49 (2019): pre-ticked boxes are not valid consent.' },
    },
    messages: {
      marketing: {
        en: 'Marketing or data-sharing box is ticked in advance: "{label}".',
        de: 'Kästchen für Werbung oder Datenweitergabe ist vorangekreuzt: „{label}“.',
        tr: 'Pazarlama veya veri paylaşımı kutusu önceden işaretli: "{label}".',
        fr: 'Case marketing ou partage de données précochée : « {label} ».',
        es: 'Casilla de marketing o cesión de datos premarcada: «{label}».',
        it: 'Casella di marketing o condivisione dati preselezionata: «{label}».',
        fa: 'گزینهٔ تبلیغات یا اشتراک داده از پیش انتخاب شده: «{label}».',
      },
      paid: {
        en: 'A paid extra is ticked in advance: "{label}".',
        de: 'Ein kostenpflichtiges Extra ist vorangekreuzt: „{label}“.',
        tr: 'Ücretli bir ekstra önceden işaretli: "{label}".',
        fr: 'Un supplément payant est précoché : « {label} ».',
        es: 'Un extra de pago viene premarcado: «{label}».',
        it: 'Un extra a pagamento è preselezionato: «{label}».',
        fa: 'یک مورد اضافهٔ پولی از پیش انتخاب شده: «{label}».',
      },
    },
  },
  applies: (ctx) => ctx.forms.some((f) => f.fields.some((x) => x.type === 'checkbox')),
  evaluate(ctx) {
    const out: RawFinding[] = [];
    for (const f of ctx.forms) {
      for (const x of f.fields) {
        if (x.type !== 'checkbox' || !x.el.hasAttribute('checked') || !x.label || !shownBox(ctx, x)) continue;
        // text/form-texts.ts optInOf (in the content script the background answers).
        const kind = ctx.services.optIn(x.label, '');
        if (!kind) continue;
        const paid = kind === 'paid';
        out.push({
          message: paid ? 'paid' : 'marketing',
          params: { label: x.label.slice(0, 140) },
          element: x.el,
          severity: paid ? ('serious') : undefined,
          evidence: { text: x.label },
        });
      }
    }
    return out;
  },
});
