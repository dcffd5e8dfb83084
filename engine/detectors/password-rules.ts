/**
 * Password composition rules next to a new-password field: a long list (length, upper, lower, digit,
 * special, no repeats, no name, max length, no spaces), or rules that are only in the page as a hidden
 * error message (the shopper learns them by failing). One finding per form with a new password.
 *
 * Where the rules are looked for: the password field's own wrapper (climbing while it holds no other
 * kind of control), the next few sibling blocks without other controls, and aria-describedby targets.
 * Labels of the form's fields are skipped ("Repeat password" is not a rule).
 */
import { ERROR_CANDIDATES, ERROR_SELECTOR } from '../lexicon/form-words';
import { isFillable } from '../forms/label';
import type { FieldInfo, FormInfo, PageContext } from '../page-types';
import type { PasswordRule as Rule } from '../text/form-texts';
import { defineDetector, type RawFinding } from './types';

function holdsOther(el: Element): boolean {
  const list = el.matches('input,select,textarea') ? [el] : Array.from(el.querySelectorAll('input,select,textarea'));
  return list.some((c) => isFillable(c) && (c.getAttribute('type') ?? '').toLowerCase() !== 'password');
}

function scopeOf(f: FieldInfo, form: FormInfo): Element[] {
  let node: Element = f.el;
  while (node.parentElement && node.parentElement !== form.el && !/^(BODY|HTML|FORM)$/.test(node.parentElement.tagName) &&
    !holdsOther(node.parentElement)) node = node.parentElement;
  const out = [node];
  let sib = node.nextElementSibling;
  for (let i = 0; sib && i < 3 && !holdsOther(sib); i++, sib = sib.nextElementSibling) out.push(sib);
  const root = f.el.getRootNode() as Document | ShadowRoot;
  for (const id of (f.el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
    const d = 'getElementById' in root ? root.getElementById(id) : null;
    if (d) out.push(d);
  }
  return out;
}

/** Language-neutral names of the rules for the message ({rules}), so any UI language can show them. */
const SYMBOL: Record<Rule, string> = {
  length: '≥{n}', upper: 'A–Z', lower: 'a–z', letter: 'a–Z', digit: '0–9', special: '!@#', repeat: '≠ aaa/123',
  personal: '≠ @', max: '≤{m}', space: '≠ ␣',
};
const CHARS = /(\d{1,3})\D{0,12}?(?:characters?|chars?|zeichen|stellen|karakter|haneli|caract|caratteri|کاراکتر|حرف|نویسه)/giu;

export function ruleNames(rules: Rule[], text: string): string {
  const t = text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
  const nums = [...t.matchAll(CHARS)].map((m) => Number(m[1])).filter((n) => n > 0 && n <= 128);
  // "8 bis 20 Zeichen": the smaller number is the minimum, a number after "max" the maximum.
  const before = [...t.matchAll(/(\d{1,3})\s*(?:-|–|bis|to|ile|à|a|و|تا)\s*\d{1,3}/gu)].map((m) => Number(m[1]));
  const min = Math.min(...nums, ...before);
  const max = Math.max(...nums);
  return rules.map((r) => SYMBOL[r].replace('{n}', Number.isFinite(min) ? String(min) : 'n').replace('{m}', Number.isFinite(max) ? String(max) : 'n')).join(', ');
}

interface Judgement {
  field: FieldInfo;
  visible: { rules: Rule[]; text: string; el: Element | null };
  hidden: { rules: Rule[]; text: string };
}

function judge(form: FormInfo, ctx: PageContext): Judgement | null {
  const pw = form.fields.find((f) => f.type === 'password' && f.visible && (f.purpose === 'new-password' || form.kind === 'signup'));
  if (!pw) return null;
  const scope = form.fields.filter((f) => f.type === 'password' && f.visible).flatMap((f) => scopeOf(f, form));
  const labels = new Set(form.fields.map((f) => f.label.toLowerCase()));
  // Error messages waiting hidden next to the field (shown after a failed attempt). Their text can also sit
  // inside a visible block's text (an inline hidden span), so it is taken out of the visible text below.
  const hid: string[] = [];
  for (const s of scope) {
    for (const e of [s, ...Array.from(s.querySelectorAll(ERROR_CANDIDATES))]) {
      if (!e.matches(ERROR_SELECTOR) || ctx.visible(e)) continue;
      const t = (e.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t && !hid.includes(t)) hid.push(t);
    }
  }
  const vis: string[] = [];
  let visEl: Element | null = null;
  for (const b of ctx.textBlocks) {
    // Containment first: it rules out nearly every block, and the checks after it are dearer.
    if (!b.visible || b.text.length < 3 || b.text.length > 600 || !scope.some((s) => s.contains(b.el))) continue;
    if (labels.has(b.text.toLowerCase()) || b.el.closest('button')) continue;
    let text = b.text;
    for (const h of hid) text = text.replace(h, ' ');
    if (text.trim().length < 3) continue;
    vis.push(text);
    visEl ??= b.el;
  }
  // Rules written into the field itself (title on a pattern input, a placeholder) count as shown.
  const own = [pw.el.getAttribute('placeholder') ?? '', pw.el.hasAttribute('pattern') ? pw.el.getAttribute('title') ?? '' : ''].filter(Boolean);
  const visText = [...vis, ...own].join(' | ');
  const hidText = hid.join(' | ');
  // The rules each text states (text/form-texts.ts rulesIn; in the content script the background answers).
  const rulesIn = (text: string) => (text ? (ctx.services.passwordRules(text, '') as Rule[]) : []);
  const visRules = rulesIn(visText);
  return {
    field: pw,
    visible: { rules: visRules, text: visText, el: visEl },
    hidden: { rules: rulesIn(hidText).filter((r) => !visRules.includes(r)), text: hidText },
  };
}

export default defineDetector({
  meta: {
    id: 'password-rules',
    category: 'forms',
    severity: 'moderate',
    title: {
      en: 'Long list of password rules',
      de: 'Lange Liste von Passwortregeln',
      tr: 'Uzun şifre kuralları listesi',
      fr: 'Longue liste de règles de mot de passe',
      es: 'Larga lista de reglas de contraseña',
      it: 'Lunga lista di regole per la password',
      fa: 'فهرست بلند قوانین رمز عبور',
    },
    why: {
      en: 'Composition rules (upper case, digit, symbol…) make passwords harder to create and remember without making them safer; rules revealed only after a failed attempt feel like a trap. NIST no longer recommends them.',
      de: 'Kompositionsregeln (Großbuchstabe, Ziffer, Sonderzeichen …) erschweren das Ausdenken und Merken, ohne die Sicherheit zu erhöhen; Regeln, die erst nach einem Fehler erscheinen, wirken wie eine Falle. Das NIST rät davon ab.',
      tr: 'Bileşim kuralları (büyük harf, rakam, sembol…) şifre oluşturmayı ve hatırlamayı zorlaştırır ama güvenliği artırmaz; ancak hatadan sonra gösterilen kurallar tuzak gibi hissettirir. NIST artık bunları önermiyor.',
      fr: "Les règles de composition (majuscule, chiffre, symbole…) rendent les mots de passe plus difficiles à créer et à retenir sans les rendre plus sûrs ; révélées après un échec, elles ressemblent à un piège. Le NIST ne les recommande plus.",
      es: 'Las reglas de composición (mayúscula, número, símbolo…) dificultan crear y recordar contraseñas sin hacerlas más seguras; si solo aparecen tras un error parecen una trampa. El NIST ya no las recomienda.',
      it: 'Le regole di composizione (maiuscola, cifra, simbolo…) rendono le password più difficili da creare e ricordare senza renderle più sicure; mostrate solo dopo un errore sembrano una trappola. Il NIST non le raccomanda più.',
      fa: 'قوانین ترکیبی (حرف بزرگ، عدد، نماد…) ساختن و به خاطر سپردن رمز را سخت می‌کنند بی‌آنکه امنیت را بالا ببرند؛ قوانینی که تنها پس از خطا نمایش داده می‌شوند حس تله می‌دهند. NIST دیگر آن‌ها را توصیه نمی‌کند.',
    },
    fix: {
      en: 'Ask only for a minimum length (8+ characters, allow long passphrases and all characters), check against lists of breached passwords, and show any requirement before the first attempt.',
      de: 'Verlangen Sie nur eine Mindestlänge (8+ Zeichen, lange Passphrasen und alle Zeichen erlaubt), prüfen Sie gegen Listen geleakter Passwörter und zeigen Sie Anforderungen vor dem ersten Versuch.',
      tr: 'Yalnızca en az uzunluk isteyin (8+ karakter; uzun parolalara ve tüm karakterlere izin verin), sızdırılmış şifre listelerine karşı kontrol edin ve kuralları ilk denemeden önce gösterin.',
      fr: 'Exigez seulement une longueur minimale (8+ caractères), vérifiez contre les listes de mots de passe divulgués et affichez les exigences avant le premier essai.',
      es: 'Pida solo una longitud mínima (8+ caracteres), compruebe contra listas de contraseñas filtradas y muestre los requisitos antes del primer intento.',
      it: 'Chiedete solo una lunghezza minima (8+ caratteri), verificate contro elenchi di password violate e mostrate i requisiti prima del primo tentativo.',
      fa: 'فقط حداقل طول را بخواهید (۸ کاراکتر یا بیشتر)، رمز را با فهرست رمزهای لو رفته مقایسه کنید و هر شرطی را پیش از نخستین تلاش نشان دهید.',
    },
    thresholds: {
      rules: {
        value: 4,
        unit: 'composition rules',
        source: 'NIST SP 800-63B §5.1.1.2: verifiers SHOULD NOT impose composition rules; require at least 8 characters and check against breached-password lists. Four or more rules is flagged as a list users must work through.',
      },
      hiddenRules: {
        value: 2,
        unit: 'rules only in a hidden error message',
        source: 'NIST SP 800-63B §5.1.1.2 (offer guidance such as a strength meter while the password is chosen) and Baymard Institute account-creation research: requirements must be visible before the first attempt.',
      },
    },
    messages: {
      tooMany: {
        en: 'The password must meet {count} rules ({rules}).',
        de: 'Das Passwort muss {count} Regeln erfüllen ({rules}).',
        tr: 'Şifre {count} kurala uymalı ({rules}).',
        fr: 'Le mot de passe doit respecter {count} règles ({rules}).',
        es: 'La contraseña debe cumplir {count} reglas ({rules}).',
        it: 'La password deve rispettare {count} regole ({rules}).',
        fa: 'رمز عبور باید {count} قانون را رعایت کند ({rules}).',
      },
      onlyOnError: {
        en: 'The password rules ({rules}) appear only in an error message, after a failed attempt.',
        de: 'Die Passwortregeln ({rules}) erscheinen erst in einer Fehlermeldung nach einem Fehlversuch.',
        tr: 'Şifre kuralları ({rules}) yalnızca başarısız bir denemeden sonra hata mesajında görünüyor.',
        fr: "Les règles du mot de passe ({rules}) n'apparaissent que dans un message d'erreur, après un échec.",
        es: 'Las reglas de la contraseña ({rules}) solo aparecen en un mensaje de error, tras un intento fallido.',
        it: 'Le regole della password ({rules}) compaiono solo in un messaggio di errore, dopo un tentativo fallito.',
        fa: 'قوانین رمز عبور ({rules}) فقط پس از یک تلاش ناموفق در پیام خطا نمایش داده می‌شوند.',
      },
    },
  },
  applies: (ctx) => ctx.forms.some((f) => f.fields.some((x) => x.type === 'password' && x.visible)),
  evaluate(ctx) {
    const t = this.meta.thresholds!;
    const out: RawFinding[] = [];
    for (const form of ctx.forms) {
      const j = judge(form, ctx);
      if (!j) continue;
      if (j.visible.rules.length >= t.rules!.value) {
        out.push({
          message: 'tooMany',
          params: { count: j.visible.rules.length, rules: ruleNames(j.visible.rules, j.visible.text) },
          element: j.visible.el ?? j.field.el,
          severity: j.visible.rules.length >= 6 ? 'serious' : undefined,
          evidence: { text: j.visible.text.slice(0, 400), rules: j.visible.rules },
        });
      } else if (j.hidden.rules.length >= t.hiddenRules!.value && j.visible.rules.length <= 1) {
        out.push({
          message: 'onlyOnError',
          params: { rules: ruleNames(j.hidden.rules, j.hidden.text) },
          element: j.field.el,
          evidence: { text: j.hidden.text.slice(0, 400), rules: j.hidden.rules },
        });
      }
    }
    return out;
  },
});
