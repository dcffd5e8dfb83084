/**
 * Fields a shopper cannot identify or cannot tell apart as required/optional.
 *
 * Granularity: one finding per form and problem (placeholder-only, no name, unmarked required, unmarked
 * optional), counting the affected fields and pointing at the worst one. A reviewer fixes these per form
 * (one template change), and per-field findings would flood a report: forms that lose their labels usually
 * lose all of them (a 12-field checkout would give 12 identical findings). Distinct problems stay distinct
 * findings because they have different fixes and severities. The fields are listed in evidence.
 *
 * Label source is computed here from the field element (FieldFacts.label does not say where it came from):
 * aria-labelledby / aria-label, <label> (for= or wrapping), title, nearby text, else the placeholder (or a
 * select's first option). Colour-only required markers are not markers: only '*' or a word counts.
 */
import { collapse } from '../forms/label';
import { selectAll } from '../forms/select';
import { ALL_REQUIRED, OPTIONAL_WORDS, REQUIRED_WORDS, says } from '../lexicon/form-words';
import type { FieldInfo, FormInfo, PageContext } from '../page-types';
import { defineDetector, type RawFinding } from './types';

type Source = 'aria' | 'label' | 'title' | 'text' | 'placeholder' | 'none';

const norm = (s: string): string => collapse(s).toLowerCase();
/** A name needs letters: a label of only '*' or ':' names nothing. */
const named = (s: string): boolean => /\p{L}/u.test(s);
const CHOICE = /^(checkbox|radio)$/;
/** h1,…,h6 one tag at a time (select.ts): a form is large enough for the lone-tag fast path to pay. */
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const NO_PLACEHOLDER = /^(checkbox|radio|file|range|color|select-multiple)$/;
const REQ_CLASS = /(^|[\s_-])(required|mandatory|is-required|req|pflicht|obligatoire)([\s_-]|$)/i;

function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return 'getElementById' in root ? root.getElementById(id) : el.ownerDocument?.getElementById(id) ?? null;
}

/**
 * What this detector reads around the fields, each read once per evaluation: a field's labels are asked for by
 * its label source, its marker text and its required marker, and fields share forms, labels and containers.
 * (.labels and pseudo-element styles are dear: the first searches the document, the second computes a style.)
 */
class Reads {
  private labels = new Map<Element, Element[]>();
  private headings = new Map<Element, Set<string>>();
  private markers = new Map<FieldInfo, string>();
  private pseudo = new Map<Element, boolean>();

  /** Labels associated with the control: label[for] (via .labels) and a wrapping label. */
  labelsOf(el: Element): Element[] {
    let own = this.labels.get(el);
    if (own) return own;
    own = [];
    try {
      own = Array.from((el as HTMLInputElement).labels ?? []) as Element[];
    } catch {
      /* some DOMs build .labels from an unescaped selector and throw on odd ids */
    }
    const wrap = el.closest('label');
    if (wrap && !own.includes(wrap)) own.push(wrap);
    this.labels.set(el, own);
    return own;
  }

  /** The normalised texts of a form's headings. */
  headingsOf(form: Element): Set<string> {
    let set = this.headings.get(form);
    if (!set) {
      set = new Set(selectAll(form, HEADINGS).map((h) => norm(h.textContent ?? '')));
      this.headings.set(form, set);
    }
    return set;
  }

  /** Text shown with the field that could carry a marker: its labels, else the small container around it. */
  markerText(f: FieldInfo): string {
    let text = this.markers.get(f);
    if (text === undefined) {
      const parts = [f.label, ...this.labelsOf(f.el).map((l) => l.textContent ?? '')];
      const parent = f.el.parentElement;
      if (parent && parent.querySelectorAll('input,select,textarea').length <= 1) parts.push(parent.textContent ?? '');
      text = parts.join(' ');
      this.markers.set(f, text);
    }
    return text;
  }

  /** A '*' or "required" word in the element's ::after or ::before content. */
  pseudoMarks(h: Element, win: Window): boolean {
    let v = this.pseudo.get(h);
    if (v === undefined) {
      v = false;
      for (const pseudo of ['::after', '::before']) {
        try {
          const c = win.getComputedStyle(h, pseudo).content;
          if (c && c !== 'none' && c !== 'normal' && (c.includes('*') || says(REQUIRED_WORDS, c))) {
            v = true;
            break;
          }
        } catch {
          /* no pseudo styles in this window */
        }
      }
      this.pseudo.set(h, v);
    }
    return v;
  }
}

function firstOption(el: Element): string {
  if (el.tagName !== 'SELECT') return '';
  const o = el.querySelector('option');
  return o ? norm(o.textContent ?? '') : '';
}

/** Nearby-text labels that are really the form's heading ("Sign up" above the first field). */
function isHeading(f: FieldInfo, text: string, reads: Reads): boolean {
  const form = f.el.closest('form');
  if (!form) return false;
  return reads.headingsOf(form).has(norm(text));
}

export function labelSource(f: FieldInfo, reads = new Reads()): Source {
  const el = f.el;
  if (named(el.getAttribute('aria-label') ?? '')) return 'aria';
  const by = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  if (by.some((id) => named(byId(el, id)?.textContent ?? ''))) return 'aria';
  if (reads.labelsOf(el).some((l) => named(l.textContent ?? ''))) return 'label';
  if (named(el.getAttribute('title') ?? '')) return 'title';
  const ph = norm(el.getAttribute('placeholder') ?? '') || firstOption(el);
  if (!named(f.label)) return named(ph) ? 'placeholder' : 'none';
  if (ph && isHeading(f, f.label, reads)) return 'placeholder';
  if (ph && norm(f.label) === ph) {
    // The label equals the placeholder: visible text of the same words next to the field still counts.
    const near = norm(el.parentElement?.textContent ?? '');
    return near.includes(ph) ? 'text' : 'placeholder';
  }
  return 'text';
}

/** Honeypots: fields hidden from people by being moved off-screen or taken out of the tab order. */
function isTrap(f: FieldInfo, ctx: PageContext): boolean {
  const el = f.el;
  if (el.getAttribute('tabindex') === '-1' || el.closest('[aria-hidden="true"]')) return true;
  if (/honey|hpot|(^|[_-])hp([_-]|$)/i.test(`${f.name} ${f.id} ${el.getAttribute('class') ?? ''}`)) return true;
  const s = ctx.style(el);
  return !!s && s.position === 'absolute' && (parseFloat(s.left) < -500 || parseFloat(s.top) < -500);
}

/** '*' or a "required" word next to the field, or a class that styles one in (label.required::after). */
function marksRequired(f: FieldInfo, ctx: PageContext, reads: Reads): boolean {
  const text = reads.markerText(f);
  if (text.includes('*') || says(REQUIRED_WORDS, text)) return true;
  const holders = [...reads.labelsOf(f.el), f.el.parentElement].filter((e): e is Element => !!e);
  if (holders.some((h) => REQ_CLASS.test(h.getAttribute('class') ?? ''))) return true;
  const win = ctx.win;
  if (!win) return false;
  return holders.some((h) => reads.pseudoMarks(h, win));
}

interface Problem {
  key: 'placeholderOnly' | 'noName' | 'requiredUnmarked' | 'optionalUnmarked';
  fields: FieldInfo[];
}

function judge(form: FormInfo, ctx: PageContext, minFields: number, reads: Reads): { problems: Problem[]; total: number; fillable: number; required: number } {
  const fields = form.fields.filter((f) => f.visible && !isTrap(f, ctx));
  const fillable = fields.filter((f) => !CHOICE.test(f.type));
  const result = { problems: [] as Problem[], total: fields.length, fillable: fillable.length, required: fillable.filter((f) => f.required).length };
  if (fields.length < minFields) return result;
  const placeholderOnly: FieldInfo[] = [];
  const noName: FieldInfo[] = [];
  const requiredUnmarked: FieldInfo[] = [];
  const optionalUnmarked: FieldInfo[] = [];
  const seenGroups = new Set<string>();
  for (const f of fields) {
    // A radio group is named by its legend or its options: judge its first button only.
    if (f.type === 'radio') {
      if (seenGroups.has(f.name)) continue;
      seenGroups.add(f.name);
    }
    const src = labelSource(f, reads);
    if (src === 'none') noName.push(f);
    else if (src === 'placeholder' && !NO_PLACEHOLDER.test(f.type)) placeholderOnly.push(f);
  }
  // Required/optional marking matters on forms with several fields to fill (not a 2-field login).
  if (fillable.length >= 3 && form.kind !== 'login' && form.kind !== 'search') {
    // Each field's marker text and required marker are read once (the pseudo-element styles are dear).
    const saysOptional = new Map<FieldInfo, boolean>();
    const optional = (f: FieldInfo): boolean => {
      let v = saysOptional.get(f);
      if (v === undefined) saysOptional.set(f, (v = says(OPTIONAL_WORDS, reads.markerText(f))));
      return v;
    };
    const isMarked = new Map<FieldInfo, boolean>();
    const marks = (f: FieldInfo): boolean => {
      let v = isMarked.get(f);
      if (v === undefined) isMarked.set(f, (v = marksRequired(f, ctx, reads)));
      return v;
    };
    const allSaid = says(ALL_REQUIRED, form.text);
    // Marking only the optional fields ("(optional)", the GOV.UK pattern) also tells them apart.
    const optionalSaid = fillable.some(optional);
    const declared = fillable.filter((f) => f.el.hasAttribute('required') || f.el.getAttribute('aria-required') === 'true');
    if (!allSaid && !optionalSaid) for (const f of declared) if (!marks(f)) requiredUnmarked.push(f);
    const required = fillable.filter((f) => f.required);
    // "Optional" missing matters where required fields wear a marker (users read the rest as required too);
    // card fields and selects are never optional in practice, so they are not counted as unmarked optional.
    // Markers are counted only while the answer is open: past half the required fields it is yes.
    let marked = 0;
    if (required.length > fillable.length / 2) for (const f of required) if (marks(f) && ++marked > required.length / 2) break;
    if (required.length > fillable.length / 2 && marked > required.length / 2) {
      for (const f of fillable) {
        if (f.required || f.tag === 'select' || f.purpose.startsWith('cc-') || optional(f)) continue;
        optionalUnmarked.push(f);
      }
    }
  }
  const out = result.problems;
  if (noName.length) out.push({ key: 'noName', fields: noName });
  if (placeholderOnly.length) out.push({ key: 'placeholderOnly', fields: placeholderOnly });
  if (requiredUnmarked.length) out.push({ key: 'requiredUnmarked', fields: requiredUnmarked });
  if (optionalUnmarked.length) out.push({ key: 'optionalUnmarked', fields: optionalUnmarked });
  return result;
}

function describe(f: FieldInfo): string {
  const shown = named(f.label) ? f.label : f.el.getAttribute('placeholder') || firstOption(f.el);
  return (named(shown) ? shown : f.name || f.id || f.type).slice(0, 60);
}

export default defineDetector({
  meta: {
    id: 'unclear-labels',
    category: 'forms',
    severity: 'moderate',
    title: {
      en: 'Fields without clear labels',
      de: 'Felder ohne klare Beschriftung',
      tr: 'Açık etiketi olmayan alanlar',
      fr: 'Champs sans libellé clair',
      es: 'Campos sin etiqueta clara',
      it: 'Campi senza etichetta chiara',
      fa: 'فیلدهای بدون برچسب روشن',
    },
    why: {
      en: 'A placeholder disappears as soon as someone types, so they forget what the field was for and cannot check their answers; a field with no name at all is a guess. Not knowing which fields are required leads to errors and to giving more data than needed, which feels like being tricked.',
      de: 'Ein Platzhalter verschwindet beim Tippen: Man vergisst, wofür das Feld war, und kann die Eingaben nicht prüfen; ein Feld ohne Namen ist Raterei. Wer nicht sieht, was Pflicht ist, macht Fehler oder gibt mehr Daten preis als nötig.',
      tr: 'Yer tutucu metin yazmaya başlayınca kaybolur; alanın ne için olduğu unutulur ve yanıtlar kontrol edilemez. Adı olmayan alan tahmin gerektirir. Hangi alanın zorunlu olduğu belli değilse hata yapılır ya da gereğinden fazla veri verilir.',
      fr: "Un texte indicatif disparaît dès la saisie : on oublie à quoi servait le champ et on ne peut pas vérifier ses réponses. Sans savoir ce qui est obligatoire, on se trompe ou on donne plus de données que nécessaire.",
      es: 'El texto de ejemplo desaparece al escribir: se olvida para qué era el campo y no se pueden revisar las respuestas. Sin saber qué es obligatorio, se cometen errores o se dan más datos de los necesarios.',
      it: 'Il testo segnaposto sparisce appena si scrive: si dimentica a cosa serviva il campo e non si possono controllare le risposte. Senza sapere cosa è obbligatorio si sbaglia o si danno più dati del necessario.',
      fa: 'متن راهنمای داخل فیلد با شروع تایپ ناپدید می‌شود؛ کاربر فراموش می‌کند فیلد برای چه بود و نمی‌تواند پاسخ‌ها را بررسی کند. اگر معلوم نباشد کدام فیلد الزامی است، خطا رخ می‌دهد یا اطلاعات بیشتری از نیاز داده می‌شود.',
    },
    fix: {
      en: 'Give every field a visible label above it (keep the placeholder only for an example), and mark both required (*) and optional ("optional") fields, explaining the asterisk once at the top.',
      de: 'Geben Sie jedem Feld eine sichtbare Beschriftung darüber (Platzhalter nur für ein Beispiel) und kennzeichnen Sie Pflichtfelder (*) wie auch optionale Felder („optional“).',
      tr: 'Her alanın üstüne görünür bir etiket koyun (yer tutucuyu yalnızca örnek için kullanın); zorunlu (*) ve isteğe bağlı alanları ayrı ayrı belirtin.',
      fr: 'Donnez à chaque champ un libellé visible au-dessus (le texte indicatif seulement pour un exemple) et signalez les champs obligatoires (*) comme facultatifs.',
      es: 'Ponga una etiqueta visible encima de cada campo (el texto de ejemplo solo como ejemplo) y marque tanto los obligatorios (*) como los opcionales.',
      it: 'Date a ogni campo un’etichetta visibile sopra (il segnaposto solo come esempio) e segnate sia i campi obbligatori (*) sia quelli facoltativi.',
      fa: 'برای هر فیلد برچسبی دیدنی بالای آن بگذارید (متن راهنما فقط برای مثال) و هم فیلدهای الزامی (*) و هم اختیاری را مشخص کنید.',
    },
    thresholds: {
      minFields: {
        value: 2,
        unit: 'visible fields',
        source: 'A single-field form (search, coupon, newsletter email) is understood from its button; placeholder-only labels are judged from two fields on (Nielsen Norman Group, "Placeholders in Form Fields Are Harmful", 2014).',
      },
      markingFields: {
        value: 3,
        unit: 'fillable fields',
        source: 'Baymard Institute, "Mark both required and optional fields" (checkout usability, 2023): users cannot infer which fields are required; judged on forms with 3+ text fields, not 2-field logins.',
      },
      mostRequired: {
        value: 0.5,
        unit: 'share of fields required',
        source: 'Baymard Institute 2023: when most fields are required, the few optional ones must say "optional", or users fill them in believing they must.',
      },
    },
    messages: {
      placeholderOnly: {
        en: '{count} of {total} fields are labelled only by placeholder text, which disappears while typing (e.g. "{field}").',
        de: '{count} von {total} Feldern sind nur durch Platzhaltertext beschriftet, der beim Tippen verschwindet (z. B. „{field}“).',
        tr: '{total} alanın {count} tanesi yalnızca yazarken kaybolan yer tutucu metinle etiketlenmiş (ör. "{field}").',
        fr: '{count} champs sur {total} ne sont libellés que par un texte indicatif qui disparaît à la saisie (ex. « {field} »).',
        es: '{count} de {total} campos solo tienen texto de ejemplo como etiqueta, que desaparece al escribir (p. ej. «{field}»).',
        it: '{count} campi su {total} hanno come etichetta solo un segnaposto che sparisce scrivendo (es. «{field}»).',
        fa: '{count} از {total} فیلد فقط با متن راهنمای داخل فیلد برچسب خورده‌اند که هنگام تایپ ناپدید می‌شود (مثلاً «{field}»).',
      },
      noName: {
        en: '{count} of {total} fields have no label or name at all (e.g. {field}).',
        de: '{count} von {total} Feldern haben gar keine Beschriftung (z. B. {field}).',
        tr: '{total} alanın {count} tanesinin hiç etiketi yok (ör. {field}).',
        fr: "{count} champs sur {total} n'ont aucun libellé (ex. {field}).",
        es: '{count} de {total} campos no tienen ninguna etiqueta (p. ej. {field}).',
        it: '{count} campi su {total} non hanno alcuna etichetta (es. {field}).',
        fa: '{count} از {total} فیلد هیچ برچسب یا نامی ندارند (مثلاً {field}).',
      },
      requiredUnmarked: {
        en: '{count} required fields are not marked as required (no * or "required"), e.g. "{field}".',
        de: '{count} Pflichtfelder sind nicht als Pflicht gekennzeichnet (kein * oder „Pflichtfeld“), z. B. „{field}“.',
        tr: '{count} zorunlu alan zorunlu olarak işaretlenmemiş (* ya da "zorunlu" yok), ör. "{field}".',
        fr: '{count} champs obligatoires ne sont pas signalés comme tels (ni * ni « obligatoire »), ex. « {field} ».',
        es: '{count} campos obligatorios no están marcados como tales (sin * ni «obligatorio»), p. ej. «{field}».',
        it: '{count} campi obbligatori non sono segnalati (né * né «obbligatorio»), es. «{field}».',
        fa: '{count} فیلد الزامی علامت الزامی ندارند (نه * و نه «الزامی»)، مثلاً «{field}».',
      },
      optionalUnmarked: {
        en: '{required} of {total} fields are required, but {count} optional fields do not say "optional" (e.g. "{field}").',
        de: '{required} von {total} Feldern sind Pflicht, aber {count} freiwillige Felder sind nicht als „optional“ gekennzeichnet (z. B. „{field}“).',
        tr: '{total} alanın {required} tanesi zorunlu, ancak {count} isteğe bağlı alan "isteğe bağlı" olarak belirtilmemiş (ör. "{field}").',
        fr: '{required} champs sur {total} sont obligatoires, mais {count} champs facultatifs ne le disent pas (ex. « {field} »).',
        es: '{required} de {total} campos son obligatorios, pero {count} campos opcionales no lo indican (p. ej. «{field}»).',
        it: '{required} campi su {total} sono obbligatori, ma {count} campi facoltativi non lo indicano (es. «{field}»).',
        fa: '{required} از {total} فیلد الزامی‌اند، اما {count} فیلد اختیاری «اختیاری» نوشته نشده‌اند (مثلاً «{field}»).',
      },
    },
  },
  applies: (ctx) => ctx.forms.some((f) => f.kind !== 'search'),
  evaluate(ctx) {
    const t = this.meta.thresholds!;
    const severity = { noName: 'serious', placeholderOnly: 'moderate', requiredUnmarked: 'minor', optionalUnmarked: 'minor' } as const;
    const out: RawFinding[] = [];
    const reads = new Reads();
    for (const form of ctx.forms) {
      if (form.kind === 'search') continue;
      const { problems, total: all, fillable, required } = judge(form, ctx, t.minFields!.value, reads);
      // Unmarked required fields are ambiguous (moderate) when optional fields are unmarked too.
      const ambiguous = form.fields.some((f) => f.visible && !f.required && !CHOICE.test(f.type));
      for (const p of problems) {
        // The worst field: a required one first (it blocks the order), else the first in reading order.
        const total = p.key === 'requiredUnmarked' || p.key === 'optionalUnmarked' ? fillable : all;
        const worst = p.fields.find((f) => f.required) ?? p.fields[0]!;
        out.push({
          message: p.key,
          params: { count: p.fields.length, total, required, field: describe(worst) },
          element: worst.el,
          severity: p.key === 'requiredUnmarked' && ambiguous ? 'moderate' : severity[p.key],
          evidence: {
            ...(named(worst.label) ? { text: worst.label } : {}),
            form: form.selector,
            fields: p.fields.map((f) => ({ selector: f.selector, label: f.label })),
          },
        });
      }
    }
    return out;
  },
});
