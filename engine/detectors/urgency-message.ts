import { countdownsOf, countdownsSteps, findCountdown } from '../text/countdown';
import { pressureHits, within } from '../text/pressure-hits';
import { defineDetector } from './types';

/** Limited-time messages without a timer ("Only today!", "Nur heute", "Sadece bugün"); timers are countdown-timer's. */
export default defineDetector({
  meta: {
    id: 'urgency-message',
    category: 'pressure',
    severity: 'minor',
    title: {
      en: 'Urgency message', de: 'Zeitdruck-Hinweis', tr: 'Aciliyet mesajı', fr: "Message d'urgence",
      es: 'Mensaje de urgencia', it: 'Messaggio di urgenza', fa: 'پیام فوریت',
    },
    why: {
      en: '"Today only" and "ends soon" push shoppers to decide before comparing; vague deadlines are often not real (Mathur et al. 2019).',
      de: '„Nur heute“ und „endet bald“ drängen zur Entscheidung vor dem Vergleich; vage Fristen sind oft nicht echt (Mathur u. a. 2019).',
      tr: '"Sadece bugün", "yakında bitiyor" karşılaştırmadan karar vermeye iter; belirsiz süreler çoğu zaman gerçek değildir (Mathur vd. 2019).',
      fa: '«فقط امروز» و «به‌زودی تمام می‌شود» خریدار را پیش از مقایسه به تصمیم وامی‌دارد؛ مهلت‌های مبهم اغلب واقعی نیستند.',
    },
    fix: {
      en: 'State a concrete end date for real offers, and drop urgency wording for permanent prices.',
      de: 'Nennen Sie für echte Angebote ein konkretes Enddatum und verzichten Sie bei Dauerpreisen auf Zeitdruck.',
      tr: 'Gerçek kampanyalarda somut bir bitiş tarihi yazın; kalıcı fiyatlarda aciliyet dili kullanmayın.',
      fa: 'برای پیشنهادهای واقعی تاریخ پایان مشخص بنویسید و برای قیمت‌های دائمی از زبان فوریت استفاده نکنید.',
    },
    messages: {
      urgency: {
        en: 'Time pressure: "{text}". Check whether the deadline is real and stated.',
        de: 'Zeitdruck: „{text}“. Prüfen Sie, ob die Frist echt und genannt ist.',
        tr: 'Zaman baskısı: "{text}". Sürenin gerçek ve açıkça belirtilmiş olup olmadığını kontrol edin.',
        fr: "Pression temporelle : « {text} ». Vérifiez que l'échéance est réelle et indiquée.",
        es: 'Presión de tiempo: «{text}». Compruebe si el plazo es real y está indicado.',
        it: 'Pressione temporale: «{text}». Verificate che la scadenza sia reale e indicata.',
        fa: 'فشار زمانی: «{text}». بررسی کنید مهلت واقعی و مشخص است.',
      },
    },
  },
  applies: (ctx) => ctx.textBlocks.length > 0,
  prepare: countdownsSteps,
  evaluate(ctx) {
    const { used } = countdownsOf(ctx);
    return pressureHits(ctx)
      .filter((h) => h.category === 'urgency' && !within(h.el, used) && !findCountdown(h.text, true))
      .map((h) => ({ message: 'urgency', params: { text: h.match }, element: h.el, evidence: { text: h.text, score: h.score } }));
  },
});
