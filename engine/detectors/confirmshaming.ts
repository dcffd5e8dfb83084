import { pressureHits, pressureHitsSteps } from '../text/pressure-hits';
import { defineDetector } from './types';

/** Decline options that shame: "No thanks, I prefer paying full price", "Nein danke, ich will nicht sparen". */
export default defineDetector({
  meta: {
    id: 'confirmshaming',
    category: 'pressure',
    severity: 'serious',
    title: {
      en: 'Confirmshaming', de: 'Beschämende Ablehnung', tr: 'Utandırarak reddettirme', fr: 'Refus culpabilisant',
      es: 'Rechazo que avergüenza', it: 'Rifiuto colpevolizzante', fa: 'شرمنده‌سازی هنگام رد',
    },
    why: {
      en: 'Wording the "no" so that refusing feels stupid ("I don\'t like saving money") manipulates instead of informing, and shoppers notice (Mathur et al. 2019).',
      de: 'Ein „Nein“, das Ablehnen dumm wirken lässt („Ich will nicht sparen“), manipuliert statt zu informieren (Mathur u. a. 2019).',
      tr: 'Reddetmeyi aptalca gösteren bir "hayır" ("İndirim istemiyorum") bilgilendirmez, yönlendirir (Mathur vd. 2019).',
      fa: 'گزینهٔ «نه» که رد کردن را احمقانه جلوه می‌دهد («نمی‌خواهم صرفه‌جویی کنم») به‌جای آگاه‌سازی، دستکاری می‌کند.',
    },
    fix: {
      en: 'Label the decline option neutrally: "No thanks" or "Not now".',
      de: 'Beschriften Sie die Ablehnung neutral: „Nein danke“ oder „Jetzt nicht“.',
      tr: 'Reddetme seçeneğini tarafsız yazın: "Hayır, teşekkürler" ya da "Şimdi değil".',
      fa: 'گزینهٔ رد را خنثی بنویسید: «نه، ممنون» یا «الان نه».',
    },
    messages: {
      shaming: {
        en: 'The decline option shames the shopper: "{text}".',
        de: 'Die Ablehnung beschämt: „{text}“.',
        tr: 'Reddetme seçeneği kullanıcıyı utandırıyor: "{text}".',
        fr: "L'option de refus culpabilise : « {text} ».",
        es: 'La opción de rechazo avergüenza: «{text}».',
        it: "L'opzione di rifiuto colpevolizza: «{text}».",
        fa: 'گزینهٔ رد، خریدار را شرمنده می‌کند: «{text}».',
      },
    },
  },
  applies: (ctx) => ctx.buttons.length + ctx.links.length > 0 || ctx.textBlocks.length > 0,
  prepare: pressureHitsSteps,
  evaluate(ctx) {
    // Checkbox labels are trick-question's.
    const labels = ctx.forms.flatMap((f) => f.fields.filter((x) => x.type === 'checkbox' && x.label).map((x) => x));
    return pressureHits(ctx)
      .filter((h) => h.category === 'misdirection' && (h.kind !== 'block' || h.text.length <= 160))
      .filter((h) => !labels.some((x) => h.el.contains(x.el) || h.text.includes(x.label)))
      .map((h) => ({ message: 'shaming', params: { text: h.text.slice(0, 120) }, element: h.el, evidence: { text: h.text, score: h.score } }));
  },
});
