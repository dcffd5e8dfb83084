import type { FormKind } from '../result';
import { defineDetector } from './types';

/** Visible fields above what a form of its kind needs. */
const LIMIT_KEY: Partial<Record<FormKind, string>> = {
  checkout: 'checkoutFields',
  signup: 'signupFields',
  contact: 'contactFields',
  newsletter: 'newsletterFields',
};

export default defineDetector({
  meta: {
    id: 'long-form',
    category: 'forms',
    severity: 'moderate',
    title: {
      en: 'Form asks for more than it needs',
      de: 'Formular verlangt mehr als nötig',
      tr: 'Form gerekenden fazlasını istiyor',
      fr: 'Le formulaire demande plus que nécessaire',
      es: 'El formulario pide más de lo necesario',
      it: 'Il modulo chiede più del necessario',
      fa: 'فرم بیش از نیاز اطلاعات می‌خواهد',
    },
    why: {
      en: 'Every extra field is effort and a question ("why do they need this?"). Long forms are a top reason for abandoning a checkout, and they make a company look careless with data.',
      de: 'Jedes zusätzliche Feld kostet Mühe und wirft Fragen auf („Wozu brauchen die das?“). Lange Formulare sind ein Hauptgrund für Kaufabbrüche.',
      tr: 'Her fazladan alan emek ve soru demektir ("bunu neden istiyorlar?"). Uzun formlar ödeme adımında vazgeçmenin başlıca nedenlerindendir.',
      fa: 'هر فیلد اضافه زحمت و پرسشی است («این را برای چه می‌خواهند؟»). فرم‌های طولانی از دلایل اصلی رها کردن خرید هستند.',
    },
    fix: {
      en: 'Remove fields you do not need to fulfil the order, merge name fields, make the rest optional, and hide the second address line and company behind a link.',
      de: 'Entfernen Sie Felder, die für die Bestellung nicht nötig sind, fassen Sie Namensfelder zusammen und blenden Sie Adresszusatz und Firma hinter einem Link aus.',
      tr: 'Siparişi tamamlamak için gerekmeyen alanları kaldırın, ad alanlarını birleştirin, adres satırı 2 ve şirket alanını bir bağlantının arkasına gizleyin.',
      fa: 'فیلدهایی را که برای انجام سفارش لازم نیست حذف کنید، فیلدهای نام را یکی کنید و نشانی دوم و نام شرکت را پشت یک پیوند پنهان کنید.',
    },
    thresholds: {
      checkoutFields: {
        value: 12,
        unit: 'visible fields',
        source: 'Baymard Institute, Checkout Usability benchmark 2024: the average checkout shows 11.3 form fields, while 8 are enough for most sites; above the average is flagged.',
      },
      checkoutIdealFields: {
        value: 8,
        unit: 'visible fields',
        source: 'Baymard Institute 2024: an ideal checkout needs about 8 fields (20–60% fewer than the average).',
      },
      signupFields: {
        value: 6,
        unit: 'visible fields',
        source: 'Baymard Institute account-creation research and HubSpot\'s analysis of 40,000 landing pages: conversion drops as forms grow past 3–5 fields; name, email and password (plus confirmation) are enough.',
      },
      contactFields: {
        value: 5,
        unit: 'visible fields',
        source: 'Imagescape case study (11 → 4 fields, +120% conversions) and HubSpot form analysis; name, email, subject and message suffice.',
      },
      newsletterFields: {
        value: 2,
        unit: 'visible fields',
        source: 'A newsletter needs an email address (optionally a name); anything more is collected for other purposes.',
      },
    },
    messages: {
      tooMany: {
        en: 'This {kind} form shows {count} fields ({required} required); about {limit} are enough.',
        de: 'Dieses Formular ({kind}) zeigt {count} Felder ({required} Pflichtfelder); etwa {limit} genügen.',
        tr: 'Bu {kind} formunda {count} alan var ({required} zorunlu); yaklaşık {limit} alan yeterli.',
        fr: 'Ce formulaire ({kind}) affiche {count} champs ({required} obligatoires) ; environ {limit} suffisent.',
        es: 'Este formulario ({kind}) muestra {count} campos ({required} obligatorios); bastan unos {limit}.',
        it: 'Questo modulo ({kind}) mostra {count} campi ({required} obbligatori); ne bastano circa {limit}.',
        fa: 'این فرم ({kind}) {count} فیلد دارد ({required} فیلد اجباری)؛ حدود {limit} فیلد کافی است.',
      },
    },
  },
  applies: (ctx) => ctx.forms.length > 0,
  evaluate(ctx) {
    const thresholds = this.meta.thresholds!;
    const out = [];
    for (const form of ctx.forms) {
      const key = LIMIT_KEY[form.kind];
      if (!key) continue;
      const limit = thresholds[key]!.value;
      const visible = form.fields.filter((f) => f.visible);
      if (visible.length <= limit) continue;
      const required = visible.filter((f) => f.required).length;
      const ideal = form.kind === 'checkout' ? thresholds.checkoutIdealFields!.value : limit;
      out.push({
        message: 'tooMany',
        params: { kind: form.kind, count: visible.length, required, limit: ideal },
        element: form.el ?? visible[0]?.el ?? null,
        severity: visible.length > limit * 1.5 ? ('serious' as const) : undefined,
        evidence: { fields: visible.length, required, limit },
      });
    }
    return out;
  },
});
