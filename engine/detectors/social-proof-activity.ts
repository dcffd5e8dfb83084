import { pressureHits, pressureHitsSteps } from '../text/pressure-hits';
import { defineDetector } from './types';

/** Activity notifications: "12 people are looking at this", "Ayşe from Ankara bought this 5 minutes ago". */
export default defineDetector({
  meta: {
    id: 'social-proof-activity',
    category: 'pressure',
    severity: 'moderate',
    title: {
      en: 'Activity notification', de: 'Aktivitäts-Meldung', tr: 'Etkinlik bildirimi', fr: "Notification d'activité",
      es: 'Notificación de actividad', it: 'Notifica di attività', fa: 'اعلان فعالیت دیگران',
    },
    why: {
      en: '"12 people are viewing this" and "Ayşe just bought this" create herd pressure; studies found many such messages generated at random (Mathur et al. 2019).',
      de: '„12 Personen sehen sich das an“ erzeugt Herdendruck; viele solche Meldungen werden zufällig erzeugt (Mathur u. a. 2019).',
      tr: '"12 kişi inceliyor", "Ayşe az önce aldı" sürü baskısı yaratır; bu mesajların çoğu rastgele üretilir (Mathur vd. 2019).',
      fa: '«۱۲ نفر در حال مشاهده‌اند» فشار جمعی می‌سازد؛ بسیاری از این پیام‌ها تصادفی ساخته می‌شوند (Mathur و همکاران ۲۰۱۹).',
    },
    fix: {
      en: 'Drop live-activity pop-ups, or show only verifiable, aggregated facts (reviews with dates).',
      de: 'Verzichten Sie auf Live-Aktivitäts-Pop-ups oder zeigen Sie nur überprüfbare Fakten (datierte Bewertungen).',
      tr: 'Canlı etkinlik bildirimlerini kaldırın ya da yalnızca doğrulanabilir bilgileri (tarihli yorumlar) gösterin.',
      fa: 'پنجره‌های فعالیت زنده را حذف کنید یا فقط داده‌های قابل بررسی (نظرات تاریخ‌دار) نشان دهید.',
    },
    messages: {
      activity: {
        en: 'Activity message: "{text}". Check whether it is real (does it repeat or change on reload?).',
        de: 'Aktivitätsmeldung: „{text}“. Prüfen Sie, ob sie echt ist (wiederholt sie sich beim Neuladen?).',
        tr: 'Etkinlik mesajı: "{text}". Gerçek olup olmadığını kontrol edin (yenileyince tekrar ediyor mu?).',
        fr: "Message d'activité : « {text} ». Vérifiez s'il est réel (se répète-t-il au rechargement ?).",
        es: 'Mensaje de actividad: «{text}». Compruebe si es real (¿se repite al recargar?).',
        it: 'Messaggio di attività: «{text}». Verificate se è reale (si ripete ricaricando?).',
        fa: 'پیام فعالیت: «{text}». بررسی کنید واقعی است (با بارگذاری دوباره تکرار می‌شود؟).',
      },
    },
  },
  applies: (ctx) => ctx.textBlocks.length > 0,
  prepare: pressureHitsSteps,
  evaluate(ctx) {
    return pressureHits(ctx)
      .filter((h) => h.category === 'social-proof')
      .map((h) => ({ message: 'activity', params: { text: h.match }, element: h.el, evidence: { text: h.text, score: h.score } }));
  },
});
