import { NEGATION } from '../lexicon/checkout-steps';

import { lower } from '../text/steps';
import { shownBox } from './prechecked-opt-in';
import { defineDetector, type RawFinding } from './types';

/** Opt-out wording the shopper must read twice: "Uncheck this box if you do not wish to not receive…". */
export function negations(text: string): number {
  return lower(text).match(NEGATION)?.length ?? 0;
}

const BOX = /check|tick|box|coch|case|marc|casilla|selezion|casella|ankreuz|anklick|kästchen|häkchen|aktivier|işaret|kutu|تیک|علامت|گزینه/;

export default defineDetector({
  meta: {
    id: 'trick-question',
    category: 'pressure',
    severity: 'serious',
    title: {
      en: 'Trick question', de: 'Fangfrage', tr: 'Aldatıcı soru', fr: 'Question piège',
      es: 'Pregunta trampa', it: 'Domanda trabocchetto', fa: 'پرسش فریبنده',
    },
    why: {
      en: 'Double negatives and inverted boxes ("untick if you do not want…") make shoppers agree to what they meant to refuse (Mathur et al. 2019; Gray et al. 2018).',
      de: 'Doppelte Verneinungen und umgedrehte Kästchen lassen Kund:innen zustimmen, obwohl sie ablehnen wollten (Mathur u. a. 2019).',
      tr: 'Çift olumsuzluk ve ters işaret kutuları, reddetmek isteyenin onay vermesine yol açar (Mathur vd. 2019).',
      fa: 'نفی دوگانه و گزینه‌های وارونه باعث می‌شود خریدار با چیزی موافقت کند که می‌خواست رد کند (Mathur و همکاران ۲۰۱۹).',
    },
    fix: {
      en: 'Ask one plain, positive question ("Send me offers by e-mail"), unchecked by default.',
      de: 'Stellen Sie eine einfache, positive Frage („Angebote per E-Mail erhalten“), standardmäßig nicht angehakt.',
      tr: 'Tek, açık ve olumlu bir soru sorun ("Kampanyaları e-postayla gönder"), varsayılan olarak işaretsiz.',
      fa: 'یک پرسش ساده و مثبت بپرسید («پیشنهادها را با ایمیل بفرست»)، به‌طور پیش‌فرض انتخاب‌نشده.',
    },
    thresholds: {
      negations: { value: 2, unit: 'negations in one checkbox label', source: 'Mathur et al. 2019 (Dark Patterns at Scale), "trick questions": confusing, double-negative opt-out wording.' },
    },
    messages: {
      doubleNegative: {
        en: 'Checkbox with {count} negations: "{text}". Check what ticking it really means.',
        de: 'Kästchen mit {count} Verneinungen: „{text}“. Prüfen Sie, was das Anhaken wirklich bedeutet.',
        tr: '{count} olumsuzluk içeren kutu: "{text}". İşaretlemenin gerçekte ne anlama geldiğini kontrol edin.',
        fr: 'Case avec {count} négations : « {text} ». Vérifiez ce que cocher signifie vraiment.',
        es: 'Casilla con {count} negaciones: «{text}». Compruebe qué significa realmente marcarla.',
        it: 'Casella con {count} negazioni: «{text}». Verificate cosa significa davvero selezionarla.',
        fa: 'گزینه با {count} نفی: «{text}». بررسی کنید انتخاب آن واقعاً چه معنایی دارد.',
      },
      inverted: {
        en: 'Inverted opt-out: "{text}". Ticking the box means refusing, which shoppers misread.',
        de: 'Umgedrehte Abwahl: „{text}“. Anhaken bedeutet hier Ablehnen, was leicht missverstanden wird.',
        tr: 'Ters çalışan kutu: "{text}". İşaretlemek reddetmek anlamına geliyor; kolayca yanlış anlaşılır.',
        fr: 'Refus inversé : « {text} ». Cocher signifie refuser, ce qui prête à confusion.',
        es: 'Exclusión invertida: «{text}». Marcar significa rechazar, lo que confunde.',
        it: 'Rifiuto invertito: «{text}». Selezionare significa rifiutare, il che confonde.',
        fa: 'انصراف وارونه: «{text}». انتخاب گزینه به معنای رد کردن است که گمراه‌کننده است.',
      },
    },
  },
  applies: (ctx) => ctx.forms.some((f) => f.fields.some((x) => x.type === 'checkbox')),
  evaluate(ctx) {
    const out: RawFinding[] = [];
    const threshold = this.meta.thresholds!.negations!.value;
    for (const f of ctx.forms) {
      for (const x of f.fields) {
        const text = x.label;
        if (x.type !== 'checkbox' || !text || text.length > 400 || !shownBox(ctx, x)) continue;
        const count = negations(text);
        if (count >= threshold) {
          out.push({ message: 'doubleNegative', params: { count, text: text.slice(0, 160) }, element: x.el, evidence: { text, negations: count } });
        } else if (count === 1 && BOX.test(lower(text)) && ctx.services.classifyPressure(text, ctx.lang)?.category === 'misdirection') {
          out.push({ message: 'inverted', params: { text: text.slice(0, 160) }, element: x.el, severity: 'moderate', evidence: { text } });
        }
      }
    }
    return out;
  },
});
