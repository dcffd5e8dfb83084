/**
 * Jargon and hard text in and around a form, in the page's language (ctx.lang).
 * - jargon: findJargon over the form's labels, placeholders, help and legal text, buttons, error messages
 *   (including ones not shown yet) and the visible text just before the form (its heading and intro);
 *   one finding per form naming each term with its plain alternative.
 * - hard text: readability of the form's own running text (help, legal, consent paragraphs: blocks of 5+
 *   words inside the form) when it has enough words to score; reported when 'difficult' or worse.
 */
import { collapse } from '../forms/label';
import { ERROR_CANDIDATES, ERROR_CLASS, ERROR_ID, ERROR_ROLE_SELECTOR, ERROR_SELECTOR } from '../lexicon/form-words';
import type { JargonHit } from '../lexicon/jargon';
import { countWords } from '../text/words';
import type { FormInfo, PageContext, TextBlock } from '../page-types';
import { defineDetector, type RawFinding } from './types';


interface Segment {
  text: string;
  el: Element | null;
}

/** A form someone types into (not a cookie panel of toggles, not a search box): the forms this detector reads. */
function typedInto(form: FormInfo): boolean {
  return form.kind !== 'search' && form.fields.some((f) => f.visible && !/^(checkbox|radio)$/.test(f.type));
}

interface Inside {
  forms: readonly FormInfo[];
  blocks: Map<Element, TextBlock[]>;
  /** Index in ctx.textBlocks of each root's first block (blocksBefore starts there). */
  firstIndex: Map<Element, number>;
}
const insideCache = new WeakMap<readonly TextBlock[], Inside>();

/** Index of the first block at or after `order` (blocks are in walk order). */
function firstBlockFrom(blocks: readonly TextBlock[], order: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.order < order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the walk left `root`'s subtree: the position of the first element after it in document order (the
 * walk finishes a subtree, its shadow trees and frames included, before it moves on), or Infinity when that
 * element is not known (last in its tree, or not walked).
 */
function endOf(root: Element, ctx: PageContext): number {
  let n: Element | null = root;
  while (n && !n.nextElementSibling) n = n.parentElement;
  const next = n?.nextElementSibling;
  const order = next ? ctx.orderOf(next) : 0;
  return order > 0 ? order : Infinity;
}

/**
 * Visible text blocks inside each root of a form this detector reads, in document order. A root's blocks lie
 * between its own position and the end of its subtree in the walk: only those are checked (root.contains),
 * not every block of the page, and none on pages without such a form. Cached per walk (its block and form
 * lists), so the content script's replay rounds share it.
 */
function insideForms(ctx: PageContext): Inside {
  const hit = insideCache.get(ctx.textBlocks);
  if (hit && hit.forms === ctx.forms) return hit;
  const map = new Map<Element, TextBlock[]>();
  const firstIndex = new Map<Element, number>();
  const result: Inside = { forms: ctx.forms, blocks: map, firstIndex };
  insideCache.set(ctx.textBlocks, result);
  const roots = new Set<Element>();
  for (const f of ctx.forms) if (f.el && typedInto(f)) roots.add(f.el);
  const blocks = ctx.textBlocks;
  for (const root of roots) {
    const end = endOf(root, ctx);
    let list: TextBlock[] | null = null;
    for (let i = firstBlockFrom(blocks, ctx.orderOf(root)); i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.order >= end) break;
      if (!b.visible || !root.contains(b.el)) continue;
      if (list) list.push(b);
      else {
        map.set(root, (list = [b]));
        firstIndex.set(root, i);
      }
    }
  }
  return result;
}

function blocksIn(ctx: PageContext): Map<Element, TextBlock[]> {
  return insideForms(ctx).blocks;
}

/** The last `n` visible blocks before `root` inside `parent` (heading and intro), outside site chrome. */
function blocksBefore(ctx: PageContext, root: Element, parent: Element, n: number): TextBlock[] {
  const blocks = ctx.textBlocks;
  const inside = blocksIn(ctx).get(root);
  const firstInside = inside?.[0];
  // Blocks are in document order: start just before the form's first block (or scan from the end).
  let i = firstInside ? insideForms(ctx).firstIndex.get(root)! - 1 : blocks.length - 1;
  const out: TextBlock[] = [];
  // A block before the parent's own position lies before the parent: so does every block before it.
  const parentAt = ctx.orderOf(parent);
  for (let scanned = 0; i >= 0 && out.length < n && scanned < 200; i--, scanned++) {
    const b = blocks[i]!;
    if (b.order < parentAt) break;
    if (!b.visible || b.region === 'nav' || b.region === 'header' || b.region === 'footer') continue;
    if (b.el === root || b.el.contains(root) || root.contains(b.el) || !parent.contains(b.el)) continue;
    if (!firstInside && (b.el.compareDocumentPosition(root) & 4) === 0) continue; // only when no block anchors the form
    out.unshift(b);
  }
  return out;
}

/**
 * Index in ctx.elements of the first element the walk met after `root`'s subtree: the next sibling (of root
 * or of an ancestor) that the walk listed, skipping the ones it did not (script, svg, ...); else the end.
 */
function indexAfter(root: Element, ctx: PageContext): number {
  const els = ctx.elements;
  for (let n: Element | null = root; n; n = n.parentElement) {
    for (let s = n.nextElementSibling; s; s = s.nextElementSibling) {
      const i = ctx.indexOf(s);
      if (i >= 0) return i;
    }
  }
  return els.length;
}

/** At most this many error elements of a form are read. */
const MAX_ERRORS = 40;

/**
 * The first MAX_ERRORS elements inside `root` that match ERROR_SELECTOR, in document order, as
 * root.querySelectorAll(ERROR_SELECTOR) lists them. The walk already read every element's class and id and
 * keeps a subtree's elements together (ctx.elements[start+1 .. end)), so those parts are tested on its strings,
 * and only the role/aria-live part is a selector query (two plain attribute tests per element instead of ten,
 * substring ones: the full query cost about a fifth of this detector). Elements the walk listed but
 * querySelectorAll would not (open shadow trees and frames inside the form) fail root.contains; the walk does
 * not list script, style, svg, math, video and the like (nor what is inside them), which hold no messages.
 * Where the walk stopped early (its element limit), `root` is not among its elements, or a role/aria-live
 * element is not, the full query is used.
 */
export function errorElements(root: Element, ctx: PageContext): Element[] {
  const els = ctx.elements;
  const start = ctx.indexOf(root);
  const full = (): Element[] =>
    Array.from(root.querySelectorAll(ERROR_CANDIDATES)).filter((x) => x.matches(ERROR_SELECTOR)).slice(0, MAX_ERRORS);
  if (start < 0 || ctx.skipped.some((s) => s.kind === 'limit')) return full();
  const at: number[] = [];
  for (const el of Array.from(root.querySelectorAll(ERROR_ROLE_SELECTOR))) {
    const i = ctx.indexOf(el);
    if (i < 0) return full();
    at.push(i);
  }
  const end = indexAfter(root, ctx);
  const { classNames, ids } = ctx;
  for (let i = start + 1, n = 0; i < end && n < MAX_ERRORS; i++) {
    const cls = classNames[i], id = ids[i];
    if (((cls && ERROR_CLASS.test(cls)) || (id && ERROR_ID.test(id))) && root.contains(els[i]!)) {
      at.push(i);
      n++;
    }
  }
  // Both lists are in document order; an element in both counts once.
  at.sort((a, b) => a - b);
  const out: Element[] = [];
  for (let k = 0; k < at.length && out.length < MAX_ERRORS; k++) if (k === 0 || at[k] !== at[k - 1]) out.push(els[at[k]!]!);
  return out;
}

/** The pieces of text a shopper reads in and around the form, each with the element that holds it. */
function segments(form: FormInfo, ctx: PageContext): Segment[] {
  const out: Segment[] = [];
  const seen = new Set<string>();
  const add = (text: string, el: Element | null): void => {
    const t = collapse(text);
    if (t.length < 3 || seen.has(t)) return;
    seen.add(t);
    out.push({ text: t, el });
  };
  const root = form.el;
  const first = form.fields[0]?.el ?? root;
  const parent = root?.parentElement ?? null;
  // Visible text just before the form, in the same section: heading and intro.
  if (root && parent) {
    for (const b of blocksBefore(ctx, root, parent, 2)) add(b.text, b.el);
  }
  if (root) for (const b of blocksIn(ctx).get(root) ?? []) add(b.text, b.el);
  for (const f of form.fields) {
    if (!f.visible) continue;
    add(f.label, f.el);
    add(f.el.getAttribute('placeholder') ?? '', f.el);
  }
  for (const s of form.submitTexts) add(s, root ?? first);
  // Error messages waiting in the form (shown after a mistake) are read at the worst moment.
  if (root) for (const e of errorElements(root, ctx)) {
    if (e.matches('input,select,textarea') || e.querySelector('input,select,textarea')) continue;
    add(e.textContent ?? '', e);
  }
  return out;
}

/** Sentence-like text of the form itself: visible blocks of 5+ words inside it. */
function runningText(form: FormInfo, ctx: PageContext, lang: string): string {
  const root = form.el;
  if (!root) return '';
  return (blocksIn(ctx).get(root) ?? [])
    .filter((b) => countWords(b.text, lang, 5) >= 5)
    .map((b) => b.text)
    .join('\n');
}

export default defineDetector({
  meta: {
    id: 'form-jargon',
    category: 'forms',
    severity: 'minor',
    title: {
      en: 'Jargon or hard text in a form',
      de: 'Fachjargon oder schwerer Text im Formular',
      tr: 'Formda jargon ya da zor metin',
      fr: 'Jargon ou texte difficile dans un formulaire',
      es: 'Jerga o texto difícil en un formulario',
      it: 'Gergo o testo difficile in un modulo',
      fa: 'اصطلاحات تخصصی یا متن دشوار در فرم',
    },
    why: {
      en: 'Words like "mandatory", "authenticate" or "remit" make a form feel like a contract with a bureaucracy; people slow down, hesitate and wonder what they are agreeing to. Hard legal text next to the submit button is read as fine print that hides something.',
      de: 'Wörter wie „zwingend“, „authentifizieren“ oder „Entgelt“ lassen ein Formular wie einen Behördenvertrag wirken; man zögert und fragt sich, worauf man sich einlässt. Schwer lesbarer Rechtstext neben dem Absende-Knopf wirkt wie Kleingedrucktes.',
      tr: '"Mecburi", "ibraz", "tevdi" gibi sözcükler formu resmi bir sözleşme gibi gösterir; insanlar duraksar ve neyi kabul ettiklerini merak eder. Gönder düğmesinin yanındaki ağır hukuk metni bir şey saklayan ince yazı gibi okunur.',
      fr: "Des mots comme « obligatoire », « authentifier » ou « s'acquitter » donnent au formulaire un air administratif ; on hésite et on se demande à quoi on s'engage. Un texte juridique difficile près du bouton passe pour des petits caractères.",
      es: 'Palabras como «cumplimentar», «autenticar» o «abonar» hacen que el formulario parezca un trámite; la gente duda y se pregunta a qué se compromete. Un texto legal difícil junto al botón parece letra pequeña.',
      it: 'Parole come «obbligatorio», «autenticare» o «corrispettivo» rendono il modulo burocratico; si esita e ci si chiede a cosa si acconsente. Un testo legale difficile accanto al pulsante sembra una clausola nascosta.',
      fa: 'واژه‌هایی مانند «الزامی»، «احراز» یا «مبادرت» فرم را شبیه قرارداد اداری می‌کنند؛ کاربر مکث می‌کند و نمی‌داند با چه موافقت می‌کند. متن حقوقی دشوار کنار دکمهٔ ارسال مانند ریزنویسی پنهان‌کار خوانده می‌شود.',
    },
    fix: {
      en: 'Use the everyday word (see the suggestions), write help and consent text in short sentences with common words, and link the full legal text instead of pasting it into the form.',
      de: 'Verwenden Sie das Alltagswort (siehe Vorschläge), schreiben Sie Hilfe- und Einwilligungstexte in kurzen Sätzen und verlinken Sie den vollständigen Rechtstext.',
      tr: 'Gündelik sözcüğü kullanın (önerilere bakın), yardım ve onay metinlerini kısa cümlelerle yazın, tam hukuki metne bağlantı verin.',
      fr: 'Employez le mot courant (voir les suggestions), écrivez aide et consentement en phrases courtes, et liez le texte juridique complet.',
      es: 'Use la palabra cotidiana (vea las sugerencias), escriba la ayuda y el consentimiento en frases cortas y enlace el texto legal completo.',
      it: 'Usate la parola comune (vedi i suggerimenti), scrivete aiuto e consenso in frasi brevi e collegate il testo legale completo.',
      fa: 'واژهٔ روزمره را به کار ببرید (پیشنهادها را ببینید)، متن راهنما و رضایت را با جمله‌های کوتاه بنویسید و متن کامل حقوقی را پیوند دهید.',
    },
    thresholds: {
      moreTerms: {
        value: 3,
        unit: 'distinct jargon terms for a moderate finding',
        source: 'Plain-language guidance (plainlanguage.gov Federal Plain Language Guidelines; Nielsen Norman Group, "Plain Language Is for Everyone", 2017): one unusual word slows readers, several make the text feel official.',
      },
      minWords: {
        value: 40,
        unit: 'words of running text inside the form',
        source: 'Flesch-family formulas need a text, not labels: scored from about 40 words (readability.ts scores from 20; a form text is judged from twice that).',
      },
      difficult: {
        value: 50,
        unit: 'reading ease (Flesch scale, below = difficult)',
        source: 'Flesch (1948) bands, shared by Amstad (de), Ateşman (tr), Kandel–Moles (fr), Fernández Huerta (es), Flesch–Vacca (it), Flesch–Dayani (fa): below 50 is "difficult" (college level), below 30 "very difficult".',
      },
    },
    messages: {
      jargon: {
        en: 'The form uses jargon where plain words would do: {terms}.',
        de: 'Das Formular verwendet Fachjargon, wo einfache Wörter reichen: {terms}.',
        tr: 'Formda sade sözcüklerin yeteceği yerde jargon kullanılmış: {terms}.',
        fr: 'Le formulaire emploie du jargon là où des mots simples suffiraient : {terms}.',
        es: 'El formulario usa jerga donde bastarían palabras sencillas: {terms}.',
        it: 'Il modulo usa un gergo dove basterebbero parole semplici: {terms}.',
        fa: 'در فرم به جای واژه‌های ساده از اصطلاحات دشوار استفاده شده: {terms}.',
      },
      hardText: {
        en: 'The form\'s own text ({words} words) is {level} to read: reading ease {ease}/100 ({formula} score {score}).',
        de: 'Der Text im Formular ({words} Wörter) ist schwer lesbar ({level}): Lesbarkeit {ease}/100 ({formula}-Wert {score}).',
        tr: 'Formun kendi metni ({words} sözcük) okunması zor ({level}): okunabilirlik {ease}/100 ({formula} puanı {score}).',
        fr: 'Le texte du formulaire ({words} mots) est difficile à lire ({level}) : facilité {ease}/100 (score {formula} {score}).',
        es: 'El texto del formulario ({words} palabras) es difícil de leer ({level}): facilidad {ease}/100 (puntuación {formula} {score}).',
        it: 'Il testo del modulo ({words} parole) è difficile da leggere ({level}): leggibilità {ease}/100 (punteggio {formula} {score}).',
        fa: 'متن خود فرم ({words} واژه) دشوارخوان است ({level}): سهولت خواندن {ease} از ۱۰۰ (امتیاز {formula}: {score}).',
      },
    },
  },
  applies: (ctx) => ctx.forms.some((f) => f.kind !== 'search' && f.fields.some((x) => x.visible)),
  evaluate(ctx) {
    const t = this.meta.thresholds!;
    const lang = ctx.lang;
    const out: RawFinding[] = [];
    for (const form of ctx.forms) {
      if (!typedInto(form)) continue;
      const hits: (JargonHit & { seg: Segment })[] = [];
      const terms = new Set<string>();
      for (const seg of segments(form, ctx)) {
        for (const h of ctx.services.findJargon(seg.text, lang)) {
          const key = h.plain + '|' + h.term.toLowerCase();
          if (terms.has(key)) continue;
          terms.add(key);
          hits.push({ ...h, seg });
        }
      }
      if (hits.length) {
        const first = hits[0]!;
        const at = Math.max(0, first.index - 60);
        out.push({
          message: 'jargon',
          params: { terms: hits.slice(0, 8).map((h) => `${h.term} → ${h.plain}`).join(', '), count: hits.length },
          element: first.seg.el ?? form.el,
          severity: hits.length >= t.moreTerms!.value ? 'moderate' : 'minor',
          evidence: {
            text: first.seg.text.slice(at, first.index + first.term.length + 60),
            terms: hits.map((h) => ({ term: h.term, plain: h.plain })),
          },
        });
      }
      const text = runningText(form, ctx, lang);
      // A text of fewer than minWords words is not judged: counting to minWords is cheaper than scoring it
      // (readability counts the same words, sentence by sentence, and their syllables).
      const minWords = t.minWords!.value;
      const score = text && countWords(text, lang, minWords) >= minWords ? ctx.services.readability(text, lang) : null;
      if (score && score.words >= minWords && score.ease < t.difficult!.value) {
        out.push({
          message: 'hardText',
          params: { words: score.words, level: score.level, ease: score.ease, formula: score.formula, score: score.score },
          element: form.el,
          severity: score.level === 'very-difficult' ? 'moderate' : 'minor',
          evidence: { text: text.slice(0, 400), readability: { ...score } },
        });
      }
    }
    return out;
  },
});
