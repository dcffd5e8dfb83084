import { countdownsOf, countdownsSteps } from '../text/countdown';
import { defineDetector } from './types';

/**
 * Countdown timers next to urgency words, or in a timer element. The engine is synchronous: the content
 * script confirms a running timer with watchCountdowns() (engine/text/countdown.ts) after the audit.
 */
export default defineDetector({
  meta: {
    id: 'countdown-timer',
    category: 'pressure',
    severity: 'moderate',
    title: {
      en: 'Countdown timer', de: 'Countdown-Timer', tr: 'Geri sayım sayacı', fr: 'Compte à rebours',
      es: 'Cuenta atrás', it: 'Conto alla rovescia', fa: 'شمارش معکوس',
    },
    why: {
      en: 'A ticking clock rushes the decision; in a study of 11,000 shops many timers reset on reload or ended with no change in price (Mathur et al. 2019).',
      de: 'Eine laufende Uhr drängt zur Entscheidung; in einer Studie mit 11.000 Shops starteten viele Timer beim Neuladen neu (Mathur u. a. 2019).',
      tr: 'İşleyen bir saat kararı aceleye getirir; 11.000 mağazalık bir çalışmada birçok sayaç sayfa yenilenince baştan başladı (Mathur vd. 2019).',
      fa: 'ساعت در حال شمارش تصمیم را شتاب‌زده می‌کند؛ در پژوهشی روی ۱۱٬۰۰۰ فروشگاه بسیاری از شمارنده‌ها با بارگذاری دوباره از نو شروع شدند (Mathur و همکاران ۲۰۱۹).',
    },
    fix: {
      en: 'Use a timer only for a real deadline that does not reset, and state the end date and time plainly.',
      de: 'Timer nur für echte Fristen verwenden, die nicht zurückgesetzt werden; Enddatum und Uhrzeit klar nennen.',
      tr: 'Sayacı yalnızca sıfırlanmayan gerçek bir süre için kullanın; bitiş tarihini ve saatini açıkça yazın.',
      fa: 'شمارنده را فقط برای مهلت واقعی که از نو شروع نمی‌شود به کار ببرید و تاریخ و ساعت پایان را روشن بنویسید.',
    },
    messages: {
      timer: {
        en: 'Countdown "{time}" ("{text}"). Reload the page: a timer that restarts is fake.',
        de: 'Countdown „{time}“ („{text}“). Laden Sie die Seite neu: Startet der Timer neu, ist er unecht.',
        tr: 'Geri sayım "{time}" ("{text}"). Sayfayı yenileyin: baştan başlayan sayaç sahtedir.',
        fr: 'Compte à rebours « {time} » (« {text} »). Rechargez la page : un minuteur qui repart est factice.',
        es: 'Cuenta atrás «{time}» («{text}»). Recargue la página: si se reinicia, es falsa.',
        it: 'Conto alla rovescia «{time}» («{text}»). Ricaricate la pagina: se riparte, è falso.',
        fa: 'شمارش معکوس «{time}» («{text}»). صفحه را دوباره بارگذاری کنید: اگر از نو شروع شود ساختگی است.',
      },
    },
  },
  applies: (ctx) => ctx.textBlocks.length > 0,
  prepare: countdownsSteps,
  evaluate(ctx) {
    return countdownsOf(ctx).timers.map((t) => ({
      message: 'timer',
      params: { time: t.time, text: t.text.slice(0, 100) },
      element: t.el,
      evidence: { text: t.text, time: t.time },
    }));
  },
});
