/**
 * Finds the page's forms and describes every fillable control in them: label, purpose, required,
 * visible. Pure DOM reading; never reads a control's value (privacy rule): only attributes such as
 * name, id, type, autocomplete, placeholder and the surrounding text.
 */
import type { FieldInfo, FormInfo } from '../page-types';
import { accessibleLabel, collapse, isFillable, LabelIndex, textOf } from './label';
import { classifyForm } from './kind';
import { COUNTRY_NAMES, CURRENT_PASSWORD, MONTH, NEW_PASSWORD, YEAR } from '../lexicon/fields';
import { inferPurpose, lexRe, normIdent, normText } from './purpose';
import { selectAll } from './select';

export interface ExtractFormsInput {
  doc: Document;
  /** fillable controls in document order: input (not hidden/submit/button/reset/image), select, textarea */
  controls: Element[];
  isVisible: (el: Element) => boolean;
  selectorOf: (el: Element) => string;
}

const TEXT_CAP = 2000;
/** button,input[type=submit],input[type=image],input[type=SUBMIT],[role=button], queried one at a time (select.ts). */
const BUTTON_PARTS = ['button', 'input[type=submit]', 'input[type=image]', 'input[type=SUBMIT]', '[role=button]'];
/** Buttons that only toggle something next to a field (show password, clear, ...). */
const TOGGLE = /^(show|hide|toggle|clear|anzeigen|verbergen|göster|gizle|afficher|masquer|mostrar|ocultar|mostra|nascondi|×|x|\?|i)$/i;

export function isFillableControl(el: Element): boolean {
  return isFillable(el);
}

function controlType(el: Element): string {
  const tag = el.tagName.toLowerCase();
  if (tag === 'select') return el.hasAttribute('multiple') ? 'select-multiple' : 'select-one';
  if (tag === 'textarea') return 'textarea';
  return (el.getAttribute('type') ?? 'text').trim().toLowerCase() || 'text';
}

function formOf(el: Element, doc: Document): Element | null {
  const owner = (el as Element & { form?: unknown }).form;
  if (owner && typeof owner === 'object' && (owner as Element).tagName === 'FORM') return owner as Element;
  const attr = el.getAttribute('form');
  if (attr) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const f = ('getElementById' in root ? root.getElementById(attr) : null) ?? doc.getElementById(attr);
    if (f && f.tagName === 'FORM') return f;
  }
  return el.closest('form');
}

function buttonText(b: Element): string {
  if (b.tagName === 'INPUT') {
    const type = (b.getAttribute('type') ?? '').toLowerCase();
    // A submit button's value attribute is its visible caption, not user data.
    return collapse(type === 'image' ? b.getAttribute('alt') ?? '' : b.getAttribute('value') ?? '');
  }
  return collapse(textOf(b, 200)) || collapse(b.getAttribute('aria-label') ?? b.getAttribute('title') ?? '');
}

/** Buttons' captions, each read once per extraction (a button is judged submit-like, then captioned). */
class Buttons {
  private texts = new Map<Element, string>();

  text(b: Element): string {
    let t = this.texts.get(b);
    if (t === undefined) this.texts.set(b, (t = buttonText(b)));
    return t;
  }

  submitLike(b: Element): boolean {
    if (b.tagName === 'INPUT') return true;
    if ((b.getAttribute('type') ?? '').toLowerCase() === 'reset') return false;
    const t = this.text(b);
    return t.length >= 2 && !TOGGLE.test(t);
  }
}

/**
 * Ancestors of every submit-like button that sits outside a <form>. Each root's matches of each BUTTON_PARTS
 * part are kept in `parts` (document order), so the forms of a root that has been queried here take their
 * buttons from these lists instead of querying their own subtrees again.
 */
function buttonAncestors(controls: Element[], doc: Document, buttons: Buttons, parts: Map<Node, Element[][]>): Set<Element> {
  const roots = new Set<Document | ShadowRoot>([doc]);
  for (const c of controls) {
    const r = c.getRootNode();
    if (r.nodeType === 11) roots.add(r as ShadowRoot);
  }
  const marked = new Set<Element>();
  for (const root of roots) {
    const lists = BUTTON_PARTS.map((part) => Array.from(root.querySelectorAll(part)));
    parts.set(root, lists);
    // Any order marks the same ancestors: each part's buttons are taken as they come.
    for (const list of lists) {
      for (const b of list) {
        if (b.closest('form') || !buttons.submitLike(b)) continue;
        for (let a = b.parentElement; a && !marked.has(a); a = a.parentElement) marked.add(a);
      }
    }
  }
  return marked;
}

/**
 * The elements of `list` (in document order) inside `el`, null when none. They sit together in the list, right
 * after the elements that precede el: found by a binary search, so a page of many small forms does not test
 * every button of the page against every form.
 */
function descendantsIn(list: readonly Element[], el: Element): Element[] | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // 4: DOCUMENT_POSITION_FOLLOWING, set for el's descendants and everything after it, never for el itself.
    if (el.compareDocumentPosition(list[mid]!) & 4) hi = mid;
    else lo = mid + 1;
  }
  let found: Element[] | null = null;
  for (let i = lo; i < list.length && el.contains(list[i]!); i++) (found ??= []).push(list[i]!);
  return found;
}

/**
 * selectAll(el, BUTTON_PARTS): from the root's lists when buttonAncestors has them (the same matches: el's
 * descendants among each part's, in document order, merged as selectAll merges them), else by querying el.
 */
function buttonsIn(el: Element, parts: Map<Node, Element[][]>): Element[] {
  const lists = parts.get(el.getRootNode());
  if (!lists) return selectAll(el, BUTTON_PARTS);
  let out: Element[] | null = null;
  let merged = false;
  for (const list of lists) {
    const found = descendantsIn(list, el);
    if (!found) continue;
    if (!out) out = found;
    else {
      out.push(...found);
      merged = true;
    }
  }
  if (!out) return [];
  if (!merged) return out;
  return [...new Set(out)].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

function commonAncestor(els: Element[]): Element | null {
  const first = els[0];
  if (!first) return null;
  let anc: Element | null = first.parentElement;
  while (anc && !els.every((e) => anc!.contains(e))) anc = anc.parentElement;
  return anc;
}

/** Tag names whose contents are not visible text, answered once per name. */
const skipsText = new Map<string, boolean>();
function skipTag(tag: string): boolean {
  let v = skipsText.get(tag);
  if (v === undefined) {
    v = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SELECT|TEXTAREA|SVG)$/i.test(tag);
    if (skipsText.size < 512) skipsText.set(tag, v);
  }
  return v;
}

/**
 * Visible text of a subtree, collapsed and capped; options and control contents skipped. Walked without
 * recursion, and left as soon as the text passes the cap: what would follow is only the spaces that close the
 * open elements, which collapse and trim drop.
 */
function visibleText(root: Element, isVisible: (el: Element) => boolean): string {
  if (!isVisible(root) || skipTag(root.tagName)) return '';
  let out = '';
  let n: Node = root;
  for (;;) {
    // Enter n's first child that is text or a visible, read element; else close n and move on.
    let next: Node | null = n.firstChild;
    for (;;) {
      while (next) {
        const type = next.nodeType;
        if (type === 3) {
          out += next.nodeValue ?? '';
          if (out.length > TEXT_CAP) return collapse(out).slice(0, TEXT_CAP);
        } else if (type === 1 && isVisible(next as Element) && !skipTag((next as Element).tagName)) break;
        next = next.nextSibling;
      }
      if (next) break;
      // n has no more children to read: it ends with a space; go on with its next sibling.
      out += ' ';
      if (n === root) return collapse(out).slice(0, TEXT_CAP);
      if (out.length > TEXT_CAP) return collapse(out).slice(0, TEXT_CAP);
      next = n.nextSibling;
      n = n.parentNode!;
    }
    n = next;
  }
}

/** The text of the legend of the fieldset around el ('' when none), read once per fieldset. */
function legendOf(el: Element, legends: Map<Element, string>): string {
  const fs = el.closest('fieldset');
  if (!fs) return '';
  let text = legends.get(fs);
  if (text === undefined) {
    const legend = fs.querySelector('legend');
    legends.set(fs, (text = legend ? collapse(textOf(legend, 300)) : ''));
  }
  return text;
}

let curRe: RegExp | null = null;
let newRe: RegExp | null = null;
let countryRe: RegExp | null = null;
let monthRe: RegExp | null = null;
let yearRe: RegExp | null = null;

type OptionShape = 'dial' | 'country' | 'day' | 'month' | 'year-past' | 'year-future' | null;
const MONTH_NAMES =
  /^(jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|f[eé]v|avr|juil|ao[uû]|d[eé]c|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|ocak|[sş]ubat|mart|nisan|may[iı]s|haziran|temmuz|a[gğ]ustos|eyl[uü]l|ekim|kas[iı]m|aral[iı]k)/i;

/** What a select's option captions look like (never which one is chosen). */
function optionShape(el: Element): OptionShape {
  if (el.tagName !== 'SELECT') return null;
  const texts = Array.from(el.querySelectorAll('option'))
    .slice(0, 400)
    .map((o) => collapse(o.textContent ?? ''))
    .filter((t) => t && !/^[-–—.\s]*$/.test(t));
  if (texts.length < 2) return null;
  const share = (re: RegExp): number => texts.filter((t) => re.test(t)).length / texts.length;
  if (share(/\+\s?\d{1,4}\b/) >= 0.6) return 'dial';
  countryRe ??= lexRe(COUNTRY_NAMES);
  if (texts.filter((t) => countryRe!.test(normText(t))).length >= 3) return 'country';
  const nums = texts.map((t) => (/^\d{1,4}$/.test(t) ? Number(t) : NaN)).filter((n) => !Number.isNaN(n));
  const numShare = nums.length / texts.length;
  if (numShare >= 0.8 && nums.every((n) => n >= 1900 && n <= 2100)) {
    return Math.min(...nums) < new Date().getFullYear() - 15 ? 'year-past' : 'year-future';
  }
  if (numShare >= 0.8 && texts.length >= 12 && texts.length <= 13 && Math.max(...nums) === 12) return 'month';
  if (share(MONTH_NAMES) >= 0.8 && texts.length >= 12 && texts.length <= 13) return 'month';
  if (numShare >= 0.8 && texts.length >= 28 && texts.length <= 32 && Math.max(...nums) === 31) return 'day';
  return null;
}

/** Form-level corrections that need the neighbouring fields. */
function reconcile(fields: FieldInfo[]): void {
  const has = (p: string): boolean => fields.some((f) => f.purpose === p);
  // "Name" next to "Vorname" is the surname (de, fr "Nom"/"Prénom"); "Nombre" next to "Apellidos" is the given name.
  const plain = fields.find((f) => f.purpose === 'name' && f.type !== 'radio');
  if (plain) {
    if (has('given-name') && !has('family-name')) plain.purpose = 'family-name';
    else if (has('family-name') && !has('given-name')) plain.purpose = 'given-name';
  }
  // Selects and bare "Month"/"Year" fields: their options and neighbours tell what they hold.
  const card = fields.some((f) => /^cc-(number|csc|name)/.test(f.purpose));
  const birth = fields.some((f) => f.purpose.startsWith('bday'));
  monthRe ??= lexRe(MONTH);
  yearRe ??= lexRe(YEAR);
  for (const f of fields) {
    if (f.purpose !== 'other' && f.purpose !== 'country') continue;
    const shape = optionShape(f.el);
    if (shape === 'dial') f.purpose = 'tel';
    if (f.purpose !== 'other') continue;
    if (shape === 'country') f.purpose = 'country';
    // A long label is surrounding text rather than the field's own caption: trust only a short one here.
    const words = [f.label.length <= 30 ? normText(f.label) : '', normIdent(f.name), normIdent(f.id)];
    const isMonth = shape === 'month' || words.some((w) => w && monthRe!.test(w));
    const isYear = shape === 'year-past' || shape === 'year-future' || words.some((w) => w && yearRe!.test(w));
    const isDay = shape === 'day';
    const base = card && !birth ? 'cc-exp' : birth && !card ? 'bday' : shape === 'year-past' ? 'bday' : shape === 'year-future' ? 'cc-exp' : null;
    if (!base) continue;
    if (isMonth) f.purpose = `${base}-month`;
    else if (isYear) f.purpose = `${base}-year`;
    else if (isDay && base === 'bday') f.purpose = 'bday-day';
  }

  const pw = fields.filter((f) => f.type === 'password');
  if (pw.length === 0) return;
  curRe ??= lexRe(CURRENT_PASSWORD);
  newRe ??= lexRe(NEW_PASSWORD);
  const own = (f: FieldInfo): string[] => [normText(f.label), normIdent(f.name), normIdent(f.id)];
  const signupish = fields.some((f) => /^(given-name|family-name|tel|street-address|postal-code|bday)/.test(f.purpose));
  for (const f of pw) {
    if (own(f).some((s) => s && curRe!.test(s))) f.purpose = 'current-password';
    else if (pw.length >= 2 || signupish) f.purpose = 'new-password';
  }
}

export function extractForms(input: ExtractFormsInput): FormInfo[] {
  const { doc, controls, isVisible, selectorOf } = input;
  const order: (Element | null)[] = [];
  const members = new Map<Element | null, Element[]>();
  const isForm = new Set<Element>();
  let marked: Set<Element> | null = null;
  const buttonReads = new Buttons();
  const buttonParts = new Map<Node, Element[][]>();
  const rest: Element[] = [];

  for (const c of controls) {
    if (!isFillableControl(c)) continue;
    let key: Element | null = formOf(c, doc);
    if (key) isForm.add(key);
    else {
      marked ??= buttonAncestors(controls, doc, buttonReads, buttonParts);
      let a = c.parentElement;
      while (a && !marked.has(a)) a = a.parentElement;
      if (!a || a.tagName === 'BODY' || a.tagName === 'HTML') {
        rest.push(c);
        continue;
      }
      key = a;
    }
    const list = members.get(key);
    if (list) list.push(c);
    else {
      members.set(key, [c]);
      order.push(key);
    }
  }
  if (rest.length) {
    const anc = commonAncestor(rest);
    const list = anc ? members.get(anc) : undefined;
    if (anc && list) list.push(...rest);
    else {
      members.set(anc, rest);
      order.push(anc);
    }
  }

  const forms: FormInfo[] = [];
  const labels = new LabelIndex();
  const legends = new Map<Element, string>();
  for (const el of order) {
    const els = members.get(el) ?? [];
    if (el && !isForm.has(el)) els.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    const buttons = el ? buttonsIn(el, buttonParts) : [];
    const submitTexts = [...new Set(buttons.filter((b) => buttonReads.submitLike(b)).map((b) => buttonReads.text(b)).filter(Boolean))].slice(0, 20);
    // [legend, ...submitTexts].join(' | ') with the buttons' part joined once per form.
    const buttonsTail = submitTexts.length ? ' | ' + submitTexts.join(' | ') : '';
    const text = el ? visibleText(el, isVisible) : '';
    const fields: FieldInfo[] = els.map((c) => {
      const type = controlType(c);
      const label = accessibleLabel(c, doc, labels);
      const attr = (n: string): string => c.getAttribute(n) ?? '';
      const tag = c.tagName.toLowerCase();
      const name = attr('name');
      const id = attr('id');
      const purpose = inferPurpose({
        tag,
        type,
        name,
        id,
        autocomplete: attr('autocomplete'),
        label,
        placeholder: attr('placeholder'),
        // The legend is looked up only for the few fields whose purpose needs it (passwords, bare date parts).
        context: () => legendOf(c, legends) + buttonsTail,
      });
      return {
        el: c,
        selector: selectorOf(c),
        tag,
        type,
        name,
        id,
        label,
        purpose,
        required: c.hasAttribute('required') || attr('aria-required') === 'true' || label.includes('*'),
        visible: isVisible(c),
      };
    });
    reconcile(fields);
    forms.push({
      el,
      selector: el ? selectorOf(el) : '',
      kind: classifyForm(fields, text, submitTexts),
      fields,
      submitTexts,
      text,
    });
  }
  return forms;
}
