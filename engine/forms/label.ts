/**
 * The label a person sees for a form control, close to the accessible-name computation:
 * aria-labelledby, aria-label, <label for>, wrapping <label>, title, then nearby text (previous sibling
 * text, the previous table cell, the text of a small container holding only this control), and finally
 * the placeholder. Never reads what the user typed: option texts, textarea contents and control values
 * are skipped.
 */
const MAX = 200;
/** Elements whose text is not part of a label. */
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'OPTGROUP', 'TEXTAREA', 'DATALIST', 'SVG']);
const CONTROL_SELECTOR = 'input,select,textarea';
const NOT_FILLABLE = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/** input (not hidden/submit/button/reset/image), select or textarea. */
export function isFillable(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'select' || tag === 'textarea') return true;
  if (tag !== 'input') return false;
  return !NOT_FILLABLE.has((el.getAttribute('type') ?? 'text').trim().toLowerCase());
}

function hasFillableInside(node: Element, self?: Element): boolean {
  // One list query: these subtrees (siblings, small containers) are small, where a query's own cost dominates.
  for (const c of Array.from(node.querySelectorAll(CONTROL_SELECTOR))) if (c !== self && isFillable(c)) return true;
  return false;
}

/** Whitespace runs -> one space, trimmed. Most text is collapsed already: it is returned without a rewrite. */
export function collapse(s: string): string {
  return (NOT_COLLAPSED.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}
/** Two whitespace characters in a row, or one other than a space: what collapse has to rewrite. */
const NOT_COLLAPSED = /\s\s|[^\S ]/;

function cap(s: string): string {
  const t = collapse(s);
  return t.length > MAX ? t.slice(0, MAX - 1).trimEnd() + '…' : t;
}

/** What textOf does with an element of a tag name: 0 read it, 1 skip it (SKIP_TEXT), 2 read it and end with a space (a block). */
const tagRole = new Map<string, number>();
function roleOfTag(tag: string): number {
  let r = tagRole.get(tag);
  if (r === undefined) {
    r = SKIP_TEXT.has(tag.toUpperCase()) ? 1 : /^(DIV|P|LI|TD|TH|TR|BR|LABEL|SPAN|DT|DD|H[1-6]|LEGEND)$/.test(tag) ? 2 : 0;
    if (tagRole.size < 512) tagRole.set(tag, r);
  }
  return r;
}

/** Text of a subtree without option lists, scripts or the contents of other controls. */
export function textOf(node: Node, limit = 2000): string {
  let out = '';
  const walk = (n: Node): void => {
    if (out.length > limit) return;
    const type = n.nodeType;
    if (type === 3) {
      out += n.nodeValue ?? '';
      return;
    }
    if (type !== 1 && type !== 11) return;
    let role = 0;
    if (type === 1) {
      const el = n as Element;
      const tag = el.tagName;
      role = roleOfTag(tag);
      if (role === 1) return;
      // An element without attributes is neither aria-hidden, hidden nor styled away.
      if (el.hasAttributes()) {
        if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
        const style = el.getAttribute('style');
        if (style !== null && /display\s*:\s*none/i.test(style)) return;
      }
      if (tag === 'IMG') {
        out += ' ' + (el.getAttribute('alt') ?? '') + ' ';
        return;
      }
    }
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (role === 2) out += ' ';
  };
  walk(node);
  return out;
}

function rootOf(el: Element): Document | ShadowRoot | null {
  const r = el.getRootNode();
  return r.nodeType === 9 || r.nodeType === 11 ? (r as Document | ShadowRoot) : null;
}

function byId(el: Element, doc: Document, id: string): Element | null {
  const root = rootOf(el);
  if (root && 'getElementById' in root && typeof root.getElementById === 'function') {
    const found = root.getElementById(id);
    if (found) return found;
  }
  return doc.getElementById(id);
}

function cssString(s: string): string {
  return '"' + s.replace(/["\\]/g, '\\$&').replace(/[\n\r\f]/g, ' ') + '"';
}

function containsOtherControl(node: Element, self: Element): boolean {
  return (node !== self && isFillable(node)) || hasFillableInside(node, self);
}

/** Text just before the control: previous siblings, climbing while the parent holds only this control. */
function previousText(el: Element): string {
  let node: Element = el;
  for (let depth = 0; depth < 4; depth++) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib.nodeType === 1) {
        const e = sib as Element;
        if (isFillable(e) || hasFillableInside(e)) return '';
        if (/^(BUTTON|A)$/.test(e.tagName)) continue;
      } else if (sib.nodeType !== 3) continue;
      const t = collapse(sib.nodeType === 3 ? sib.nodeValue ?? '' : textOf(sib, 400));
      if (t) return t;
    }
    const parent = node.parentElement;
    if (!parent || /^(FORM|BODY|HTML|FIELDSET|TABLE|TBODY|TR)$/.test(parent.tagName)) break;
    if (parent.tagName === 'TD' || parent.tagName === 'TH') {
      const cell = parent.previousElementSibling;
      if (cell && !hasFillableInside(cell)) {
        const t = collapse(textOf(cell, 400));
        if (t) return t;
      }
      break;
    }
    node = parent;
  }
  return '';
}

/** Text of the closest small container that holds this control and no other. */
function containerText(el: Element): string {
  let node = el.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (/^(FORM|BODY|HTML|FIELDSET|TABLE|TBODY)$/.test(node.tagName)) break;
    if (containsOtherControl(node, el)) break;
    const t = collapse(textOf(node, 400));
    if (t) return t;
  }
  return '';
}

function depth(el: Element): number {
  let d = 0;
  for (let a = el.parentElement; a; a = a.parentElement) d++;
  return d;
}

/** The element of `candidates` sharing the deepest common ancestor with `el` (first on ties). */
function nearest(el: Element, candidates: Element[]): Element {
  let best = candidates[0]!;
  let bestDepth = -1;
  for (const c of candidates) {
    let a: Element | null = c.parentElement;
    while (a && !a.contains(el)) a = a.parentElement;
    const d = a ? depth(a) : 0;
    if (d > bestDepth) {
      best = c;
      bestDepth = d;
    }
  }
  return best;
}

/**
 * <label for> lookups for one scan: each document or shadow root's labels are read once and grouped by
 * their for attribute, instead of one selector search of the whole document per control.
 */
export class LabelIndex {
  private byRoot = new Map<Document | ShadowRoot, Map<string, Element[]>>();

  /** label[for="id"] in root, in document order (the id read as the selector string would read it). */
  labelsFor(root: Document | ShadowRoot, id: string): Element[] {
    let index = this.byRoot.get(root);
    if (!index) {
      index = new Map();
      for (const label of Array.from(root.querySelectorAll('label[for]'))) {
        const key = label.getAttribute('for') ?? '';
        const list = index.get(key);
        if (list) list.push(label);
        else index.set(key, [label]);
      }
      this.byRoot.set(root, index);
    }
    return index.get(id.replace(/[\n\r\f]/g, ' ')) ?? [];
  }
}

function labelFor(el: Element, doc: Document, index?: LabelIndex): string {
  const id = el.getAttribute('id');
  if (id) {
    const root = rootOf(el) ?? doc;
    let labels: Element[] = [];
    try {
      labels = index ? [...index.labelsFor(root, id)] : Array.from(root.querySelectorAll(`label[for=${cssString(id)}]`));
    } catch {
      labels = [];
    }
    // Pages reuse ids; when several labels point at one id, the one nearest the control is meant.
    if (labels.length > 1) labels = [nearest(el, labels)];
    const text = labels.map((l) => collapse(textOf(l))).filter(Boolean).join(' ');
    if (text) return text;
  }
  const wrap = el.closest('label');
  if (wrap) return collapse(textOf(wrap));
  return '';
}

export function accessibleLabel(el: Element, doc: Document, index?: LabelIndex): string {
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) {
    const t = labelledby
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => {
        const ref = byId(el, doc, id);
        return ref && ref !== el ? collapse(textOf(ref)) : '';
      })
      .filter(Boolean)
      .join(' ');
    if (t) return cap(t);
  }
  const aria = collapse(el.getAttribute('aria-label') ?? '');
  if (aria) return cap(aria);
  const label = labelFor(el, doc, index);
  if (label) return cap(label);
  const title = collapse(el.getAttribute('title') ?? '');
  if (title) return cap(title);
  const near = previousText(el) || containerText(el);
  if (near) return cap(near);
  return cap(el.getAttribute('placeholder') ?? '');
}
