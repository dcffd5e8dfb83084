/**
 * A CAPTCHA the shopper has to solve on a sign-up, login, checkout, contact or newsletter form.
 * Looks only inside the form's own element: widget containers and frames (reCAPTCHA, hCaptcha, Turnstile,
 * FriendlyCaptcha), CAPTCHA fields (name, id, label, placeholder), CAPTCHA images, and "I am not a robot"
 * captions. Invisible reCAPTCHA (v3 or data-size=invisible) asks nothing of people and is not reported.
 * "Security code" counts as a CAPTCHA only on a form without card fields (elsewhere it is the card's CVV).
 * One finding per form: the form has a CAPTCHA or it does not; the severity follows the kind of challenge.
 */
import { CAPTCHA, NOT_ROBOT, SECURITY_CODE, says } from '../lexicon/form-words';
import { lexRe, normText } from '../forms/purpose';
import type { FormInfo } from '../page-types';
import type { Severity } from '../result';
import { defineDetector, type RawFinding } from './types';

type Challenge = 'text' | 'checkbox' | 'managed';

const KINDS = new Set(['signup', 'login', 'checkout', 'contact', 'newsletter']);
const WIDGETS: [selector: string, name: string, challenge: Challenge][] = [
  ['.g-recaptcha:not([data-size="invisible"]),iframe[src*="recaptcha/api2/anchor"],iframe[src*="recaptcha/enterprise/anchor"],iframe[title*="reCAPTCHA"]:not([src*="size=invisible"])', 'reCAPTCHA', 'checkbox'],
  ['.h-captcha,iframe[src*="hcaptcha.com"]', 'hCaptcha', 'checkbox'],
  ['.cf-turnstile,iframe[src*="challenges.cloudflare.com"]', 'Turnstile', 'managed'],
  ['.frc-captcha', 'Friendly Captcha', 'managed'],
];
/** WIDGETS with each selector list split into its selectors (queried one at a time: select.ts). */
const WIDGET_PARTS = WIDGETS.map(([selector, name, challenge]) => [selector.split(','), name, challenge] as const);
const SEVERITY: Record<Challenge, Severity> = { text: 'serious', checkbox: 'moderate', managed: 'minor' };

export interface CaptchaHit {
  el: Element;
  name: string;
  challenge: Challenge;
  text: string;
}

let fieldWords: { captcha: RegExp; notRobot: RegExp; securityCode: RegExp } | null = null;

/**
 * normText(parts.join(' | ')), from each part's own (cached) normText: folding works character by character
 * (the letter case too: ' | ' ends a word as the end of a part does), and ' | ' is no kept character, so the
 * folded whole is the parts' folded words joined by one space. The label and placeholder were folded by
 * inferPurpose already.
 */
function foldedJoin(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    const t = normText(p);
    if (t) out = out ? out + ' ' + t : t;
  }
  return out;
}

/** says(CAPTCHA | NOT_ROBOT | SECURITY_CODE, own) with the field's text folded once, not once per word list. */
function fieldSaysCaptcha(own: string[], card: boolean): boolean {
  const w = (fieldWords ??= { captcha: lexRe(CAPTCHA), notRobot: lexRe(NOT_ROBOT), securityCode: lexRe(SECURITY_CODE) });
  const t = foldedJoin(own);
  return w.captcha.test(t) || w.notRobot.test(t) || (!card && w.securityCode.test(t));
}

export function findCaptcha(form: FormInfo): CaptchaHit | null {
  const root = form.el;
  if (!root) return null;
  // A card form has a card number, expiry or holder; a lone "security code" box is not a card.
  const card = form.fields.some((f) => /^cc-(number|exp|name)/.test(f.purpose));
  // A typed CAPTCHA: a field (or the image next to it) says so.
  for (const f of form.fields) {
    if (!f.visible || (card && f.purpose.startsWith('cc-'))) continue;
    // The widgets' own response boxes (g-recaptcha-response) exist for invisible checks too: the widget decides.
    if (/captcha-response|turnstile-response/i.test(f.name)) continue;
    const own = [f.label.length <= 120 ? f.label : '', f.name, f.id, f.el.getAttribute('placeholder') ?? ''];
    if (fieldSaysCaptcha(own, card)) return { el: f.el, name: 'CAPTCHA', challenge: 'text', text: f.label || f.name };
  }
  // The iframe selectors are tested on the form's iframes (one lone-tag query, usually empty), the class
  // selectors queried one at a time: each widget's first element in document order, as its selector list gives.
  let iframes: Element[] | null = null;
  for (const [parts, name, challenge] of WIDGET_PARTS) {
    let el: Element | null = null;
    for (const part of parts) {
      const found = part.startsWith('iframe') ? (iframes ??= Array.from(root.querySelectorAll('iframe'))).find((f) => f.matches(part)) ?? null : root.querySelector(part);
      // DOCUMENT_POSITION_PRECEDING: found comes before the earliest so far.
      if (found && (!el || (el !== found && el.compareDocumentPosition(found) & 2))) el = found;
    }
    if (el) return { el, name, challenge, text: (el.getAttribute('title') ?? '').trim() || name };
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const attrs = `${img.getAttribute('src') ?? ''} ${img.getAttribute('alt') ?? ''} ${img.id} ${img.getAttribute('class') ?? ''}`;
    if (/captcha|securimage|kcaptcha/i.test(attrs)) return { el: img, name: 'CAPTCHA', challenge: 'text', text: img.getAttribute('alt') || 'CAPTCHA' };
  }
  // "I'm not a robot" caption with its own checkbox (some widgets render as plain markup). Not the word
  // "reCAPTCHA" alone: "protected by reCAPTCHA" is the invisible badge.
  if (says(NOT_ROBOT, form.text)) {
    const m = /[^.!?|]{0,40}(robot|ربات)[^.!?|]{0,40}/i.exec(form.text);
    if (m) return { el: root, name: 'CAPTCHA', challenge: 'checkbox', text: m[0].trim() };
  }
  return null;
}

export default defineDetector({
  meta: {
    id: 'captcha-on-form',
    category: 'forms',
    severity: 'moderate',
    title: {
      en: 'CAPTCHA on a customer form',
      de: 'CAPTCHA im Kundenformular',
      tr: 'Müşteri formunda CAPTCHA',
      fr: 'CAPTCHA sur un formulaire client',
      es: 'CAPTCHA en un formulario de cliente',
      it: 'CAPTCHA in un modulo cliente',
      fa: 'کپچا در فرم مشتری',
    },
    why: {
      en: 'A CAPTCHA makes the customer prove they are human before they may buy, register or ask a question. Distorted text fails often (Stanford: people agree on only 71% of image CAPTCHAs) and shifts the site\'s spam problem onto the customer; every failure is a reason to leave.',
      de: 'Ein CAPTCHA lässt Kund:innen beweisen, dass sie Menschen sind, bevor sie kaufen oder fragen dürfen. Verzerrte Zeichen scheitern oft, und das Spamproblem des Shops wird auf die Kundschaft abgewälzt.',
      tr: 'CAPTCHA, müşteriden satın almadan ya da soru sormadan önce insan olduğunu kanıtlamasını ister. Bozuk yazılar sık sık yanlış okunur ve sitenin spam sorunu müşteriye yüklenir.',
      fr: "Un CAPTCHA oblige le client à prouver qu'il est humain avant d'acheter ou de poser une question ; les textes déformés échouent souvent et reportent le problème du spam sur le client.",
      es: 'Un CAPTCHA obliga al cliente a demostrar que es humano antes de comprar o preguntar; los textos distorsionados fallan a menudo y trasladan el problema del spam al cliente.',
      it: "Un CAPTCHA obbliga il cliente a dimostrare di essere umano prima di acquistare o chiedere; i testi distorti falliscono spesso e scaricano il problema dello spam sul cliente.",
      fa: 'کپچا مشتری را وادار می‌کند پیش از خرید یا پرسش ثابت کند انسان است؛ متن‌های درهم اغلب اشتباه خوانده می‌شوند و مشکل هرزنامهٔ سایت به دوش مشتری می‌افتد.',
    },
    fix: {
      en: 'Stop bots without asking people: honeypot fields, rate limits, server-side checks, or an invisible/managed challenge shown only to suspicious traffic.',
      de: 'Bots ohne Zutun der Menschen abwehren: Honeypot-Felder, Ratenbegrenzung, serverseitige Prüfungen oder eine unsichtbare Prüfung nur bei verdächtigem Verkehr.',
      tr: 'Botları insanları uğraştırmadan durdurun: bal küpü alanları, istek sınırı, sunucu tarafı kontroller ya da yalnızca şüpheli trafikte görünen görünmez doğrulama.',
      fr: "Arrêtez les robots sans solliciter les personnes : champs pot de miel, limitation de débit, contrôles côté serveur ou vérification invisible.",
      es: 'Detenga a los bots sin molestar a las personas: campos trampa, límites de frecuencia, comprobaciones en el servidor o verificación invisible.',
      it: 'Fermate i bot senza disturbare le persone: campi trappola, limiti di frequenza, controlli lato server o verifica invisibile.',
      fa: 'ربات‌ها را بدون درگیر کردن کاربر متوقف کنید: فیلد تله، محدودیت تعداد درخواست، بررسی سمت سرور یا آزمون نامرئی.',
    },
    thresholds: {
      humanSuccess: {
        value: 71,
        unit: '% of image CAPTCHAs three people solved alike',
        source: 'Bursztein et al., "How Good are Humans at Solving CAPTCHAs? A Large Scale Evaluation", IEEE S&P 2010 (Stanford): three humans agreed on only 71% of image CAPTCHAs; W3C "Inaccessibility of CAPTCHA" (2021) for the accessibility cost.',
      },
    },
    messages: {
      captcha: {
        en: 'This {kind} form makes customers solve a CAPTCHA ({name}: "{text}").',
        de: 'Dieses Formular ({kind}) verlangt ein CAPTCHA ({name}: „{text}“).',
        tr: 'Bu {kind} formu müşteriden CAPTCHA çözmesini istiyor ({name}: "{text}").',
        fr: 'Ce formulaire ({kind}) impose un CAPTCHA ({name} : « {text} »).',
        es: 'Este formulario ({kind}) obliga a resolver un CAPTCHA ({name}: «{text}»).',
        it: 'Questo modulo ({kind}) obbliga a risolvere un CAPTCHA ({name}: «{text}»).',
        fa: 'این فرم ({kind}) مشتری را وادار به حل کپچا می‌کند ({name}: «{text}»).',
      },
    },
  },
  applies: (ctx) => ctx.forms.some((f) => KINDS.has(f.kind)),
  evaluate(ctx) {
    const out: RawFinding[] = [];
    for (const form of ctx.forms) {
      if (!KINDS.has(form.kind)) continue;
      const hit = findCaptcha(form);
      if (!hit) continue;
      out.push({
        message: 'captcha',
        params: { kind: form.kind, name: hit.name, text: hit.text.slice(0, 80) },
        element: hit.el,
        severity: SEVERITY[hit.challenge],
        evidence: { text: hit.text, widget: hit.name, challenge: hit.challenge },
      });
    }
    return out;
  },
});
