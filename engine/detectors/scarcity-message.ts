import { pressureHits, pressureHitsSteps } from '../text/pressure-hits';
import { defineDetector } from './types';

/** Low-stock and high-demand messages ("Only 2 left!", "Nur noch 2 auf Lager", "Son 3 ürün"). */
export default defineDetector({
  meta: {
    id: 'scarcity-message',
    category: 'pressure',
    severity: 'moderate',
    title: {
      en: 'Scarcity message', de: 'Knappheits-Hinweis', tr: 'Kıtlık mesajı', fr: 'Message de rareté',
      es: 'Mensaje de escasez', it: 'Messaggio di scarsità', fa: 'پیام کمبود موجودی',
    },
    why: {
      en: '"Only 2 left" pushes shoppers to buy before they have compared; such counters are often invented or never change (Mathur et al. 2019).',
      de: '„Nur noch 2 da“ drängt zum Kauf vor dem Vergleichen; solche Zähler sind oft erfunden oder ändern sich nie (Mathur u. a. 2019).',
      tr: '"Son 2 ürün" karşılaştırmadan satın almaya iter; bu sayaçlar çoğu zaman uydurmadır ya da hiç değişmez (Mathur vd. 2019).',
      fa: '«فقط ۲ عدد مانده» خریدار را پیش از مقایسه به خرید وامی‌دارد؛ این شمارنده‌ها اغلب ساختگی‌اند (Mathur و همکاران ۲۰۱۹).',
    },
    fix: {
      en: 'Show stock only when it is real and current; state it neutrally ("in stock", "ships in 3 days").',
      de: 'Bestand nur anzeigen, wenn er echt und aktuell ist, und neutral formulieren („auf Lager“).',
      tr: 'Stok bilgisini yalnızca gerçek ve güncelse, tarafsız biçimde gösterin ("stokta").',
      fa: 'موجودی را فقط وقتی واقعی و به‌روز است و با لحنی خنثی نشان دهید («موجود»).',
    },
    messages: {
      scarcity: {
        en: 'Scarcity claim: "{text}". Check whether the number is real and changes.',
        de: 'Knappheitsbehauptung: „{text}“. Prüfen Sie, ob die Zahl echt ist und sich ändert.',
        tr: 'Kıtlık iddiası: "{text}". Sayının gerçek olup olmadığını ve değişip değişmediğini kontrol edin.',
        fr: 'Rareté annoncée : « {text} ». Vérifiez si le chiffre est réel et évolue.',
        es: 'Escasez anunciada: «{text}». Compruebe si la cifra es real y cambia.',
        it: 'Scarsità dichiarata: «{text}». Verificate se il numero è reale e cambia.',
        fa: 'ادعای کمبود: «{text}». بررسی کنید عدد واقعی است و تغییر می‌کند.',
      },
    },
  },
  applies: (ctx) => ctx.textBlocks.length > 0,
  prepare: pressureHitsSteps,
  evaluate(ctx) {
    return pressureHits(ctx)
      .filter((h) => h.category === 'scarcity')
      .map((h) => ({ message: 'scarcity', params: { text: h.match }, element: h.el, evidence: { text: h.text, score: h.score } }));
  },
});
