/**
 * "Confirm email" / "repeat password" fields: the same answer typed twice. One finding per duplicate field
 * (it is the field to delete), naming its label and the field it repeats.
 * A duplicate is an email or password field whose label, name or placeholder says confirm/repeat (in the
 * page's language or any other known one) after a field of the same kind, or a field that directly follows
 * one of the same kind (email, email; new password, new password). "Current password" followed by
 * "new password" is a change, not a duplicate.
 */
import { CONFIRM, says } from '../lexicon/form-words';
import { normIdent } from '../forms/purpose';
import type { FieldInfo, FormInfo } from '../page-types';
import { defineDetector, type RawFinding } from './types';

type What = 'email' | 'password';

function what(f: FieldInfo): What | null {
  if (f.purpose === 'email' || f.type === 'email') return 'email';
  if (f.type === 'password' || f.purpose.endsWith('password')) return 'password';
  return null;
}

function saysConfirm(f: FieldInfo): boolean {
  const label = f.label.length <= 80 ? f.label : '';
  return says(CONFIRM, `${label} | ${normIdent(f.name)} | ${normIdent(f.id)} | ${f.el.getAttribute('placeholder') ?? ''}`);
}

export function duplicates(form: FormInfo): { f: FieldInfo; of: FieldInfo; kind: What }[] {
  const fields = form.fields.filter((f) => f.visible && f.type !== 'checkbox' && f.type !== 'radio' && f.type !== 'hidden');
  const out: { f: FieldInfo; of: FieldInfo; kind: What }[] = [];
  const firstOf: Partial<Record<What, FieldInfo>> = {};
  let prev: FieldInfo | null = null;
  for (const f of fields) {
    const kind = what(f);
    if (kind) {
      const earlier = firstOf[kind];
      const prevKind = prev ? what(prev) : null;
      // A plain-text twin of a password field is a show-password mirror, not a second entry.
      const adjacent = prev !== null && prevKind === kind &&
        !(kind === 'password' && (prev.type !== 'password' || f.type !== 'password')) &&
        !(kind === 'password' && prev.purpose === 'current-password' && !saysConfirm(f));
      if (earlier && (saysConfirm(f) || adjacent)) out.push({ f, of: adjacent ? prev! : earlier, kind });
      // "Current password" is not what a new one repeats: the new password is the original.
      else if (!earlier || earlier.purpose === 'current-password') firstOf[kind] = f;
    }
    prev = f;
  }
  return out;
}

export default defineDetector({
  meta: {
    id: 'confirm-fields',
    category: 'forms',
    severity: 'moderate',
    title: {
      en: 'Asks to type the same thing twice',
      de: 'Verlangt doppelte Eingabe',
      tr: 'Aynı bilgiyi iki kez yazdırıyor',
      fr: 'Demande de saisir deux fois la même chose',
      es: 'Pide escribir lo mismo dos veces',
      it: 'Chiede di scrivere due volte la stessa cosa',
      fa: 'درخواست وارد کردن دوبارهٔ همان اطلاعات',
    },
    why: {
      en: 'Repeating an email or password doubles the effort and signals that the site expects mistakes; people copy-paste the first entry anyway, so typos survive. A "show password" toggle and a clear email check do the job better.',
      de: 'Eine wiederholte E-Mail- oder Passworteingabe verdoppelt die Arbeit; viele kopieren die erste Eingabe ohnehin, Tippfehler bleiben. Ein „Passwort anzeigen“-Schalter hilft mehr.',
      tr: 'E-posta ya da şifreyi tekrar yazdırmak emeği ikiye katlar; çoğu kişi ilk girişi kopyalayıp yapıştırır, yazım hataları kalır. "Şifreyi göster" düğmesi daha iyi çalışır.',
      fr: "Ressaisir l'e-mail ou le mot de passe double l'effort ; on copie-colle la première saisie, les fautes restent. Un bouton « afficher le mot de passe » est plus efficace.",
      es: 'Repetir el correo o la contraseña duplica el esfuerzo; muchos copian y pegan la primera entrada y los errores se mantienen. Un botón «mostrar contraseña» funciona mejor.',
      it: "Ripetere email o password raddoppia la fatica; molti copiano la prima voce e gli errori restano. Un pulsante «mostra password» funziona meglio.",
      fa: 'تکرار ایمیل یا رمز عبور زحمت را دو برابر می‌کند؛ بیشتر افراد ورودی اول را کپی می‌کنند و اشتباه تایپی باقی می‌ماند. دکمهٔ «نمایش رمز» بهتر است.',
    },
    fix: {
      en: 'Remove the confirmation field. Offer "show password", and check the email address format (or send a confirmation link) instead.',
      de: 'Entfernen Sie das Bestätigungsfeld. Bieten Sie „Passwort anzeigen“ an und prüfen Sie die E-Mail-Adresse stattdessen auf Tippfehler.',
      tr: 'Onay alanını kaldırın. "Şifreyi göster" seçeneği sunun, e-posta adresini ise biçim kontrolüyle ya da onay bağlantısıyla doğrulayın.',
      fr: "Supprimez le champ de confirmation ; proposez « afficher le mot de passe » et vérifiez le format de l'e-mail.",
      es: 'Elimine el campo de confirmación; ofrezca «mostrar contraseña» y compruebe el formato del correo.',
      it: 'Eliminate il campo di conferma; offrite «mostra password» e verificate il formato dell’email.',
      fa: 'فیلد تأیید را حذف کنید؛ گزینهٔ «نمایش رمز» بگذارید و قالب ایمیل را بررسی کنید.',
    },
    thresholds: {
      duplicates: {
        value: 1,
        unit: 'confirmation fields',
        source: 'Baymard Institute checkout benchmark: 60%+ of sites ask for a confirmation field that users find redundant; Nielsen Norman Group recommends "show password" over password confirmation (2012, "Stop Password Masking").',
      },
    },
    messages: {
      confirmEmail: {
        en: 'The email address must be typed twice ("{label}" repeats "{first}").',
        de: 'Die E-Mail-Adresse muss zweimal eingegeben werden („{label}“ wiederholt „{first}“).',
        tr: 'E-posta adresi iki kez yazılmalı ("{label}", "{first}" alanını tekrarlıyor).',
        fr: "L'adresse e-mail doit être saisie deux fois (« {label} » répète « {first} »).",
        es: 'Hay que escribir el correo dos veces («{label}» repite «{first}»).',
        it: "L'indirizzo email va scritto due volte («{label}» ripete «{first}»).",
        fa: 'نشانی ایمیل باید دو بار وارد شود («{label}» تکرار «{first}» است).',
      },
      confirmPassword: {
        en: 'The password must be typed twice ("{label}" repeats "{first}"); a "show password" toggle is easier.',
        de: 'Das Passwort muss zweimal eingegeben werden („{label}“ wiederholt „{first}“); ein „Passwort anzeigen“-Schalter ist einfacher.',
        tr: 'Şifre iki kez yazılmalı ("{label}", "{first}" alanını tekrarlıyor); "şifreyi göster" düğmesi daha kolaydır.',
        fr: 'Le mot de passe doit être saisi deux fois (« {label} » répète « {first} ») ; un bouton « afficher » est plus simple.',
        es: 'Hay que escribir la contraseña dos veces («{label}» repite «{first}»); un botón «mostrar» es más sencillo.',
        it: 'La password va scritta due volte («{label}» ripete «{first}»); un pulsante «mostra» è più semplice.',
        fa: 'رمز عبور باید دو بار وارد شود («{label}» تکرار «{first}» است)؛ دکمهٔ «نمایش رمز» ساده‌تر است.',
      },
    },
  },
  applies: (ctx) => ctx.forms.some((f) => f.fields.filter((x) => x.visible && (x.type === 'password' || x.purpose === 'email' || x.type === 'email')).length >= 2),
  evaluate(ctx) {
    const out: RawFinding[] = [];
    const name = (f: FieldInfo): string => (f.label || f.name || f.type).slice(0, 60);
    for (const form of ctx.forms) {
      if (form.kind === 'search') continue;
      for (const { f, of, kind } of duplicates(form)) {
        out.push({
          message: kind === 'email' ? 'confirmEmail' : 'confirmPassword',
          params: { label: name(f), first: name(of) },
          element: f.el,
          severity: kind === 'email' ? 'moderate' : 'minor',
          evidence: { ...(f.label ? { text: f.label } : {}), repeats: of.selector },
        });
      }
    }
    return out;
  },
});
