/**
 * One walk of the DOM → the shared PageContext every detector reads (house rule 9: read the DOM once).
 * The walk visits nodes in document order, descending into open shadow roots and same-origin frames,
 * reads each element's computed style once, and collects text blocks, links, buttons and form controls.
 */
import { collapse, elementText, INLINE_TAGS, truncate } from './dom';
import { primaryLang } from './i18n';
import { makeSelector, resetIdCounts } from './selector';
import type { ButtonInfo, LinkInfo, PageContext, Region, TextBlock } from './page-types';
import type { Skipped } from './result';
import { extractForms, isFillableControl } from './forms/extract';
import { resetNormCache } from './forms/purpose';
import { extractContactSteps } from './contact/extract';
import { guessPageKind } from './page-kind';
import { DEFAULT_SERVICES, type TextServices } from './services';
import { drain, runSliced } from './slices';

export interface BuildOptions {
  /** The page URL (defaults to doc.location.href / doc.URL). */
  url?: string;
  /** Returns an element's shadow root, open or closed (the extension passes chrome.dom.openOrClosedShadowRoot). */
  shadowRootOf?: (el: Element) => ShadowRoot | null;
  /** Elements to leave out of the scan (our own overlay host is always left out). */
  ignore?: (el: Element) => boolean;
  /** Stop descending after this many elements (a hostile page); reported in skipped. */
  maxElements?: number;
  /** Text analyses for the detectors (engine/services.ts); runAudit passes the full ones. */
  services?: TextServices;
  /** Called as each phase of the build starts (walk, blocks, links, lang, forms, contact, kind): for profiling. */
  onPhase?: (phase: string) => void;
}

/** Attribute on Trustlens' own overlay host; the walk never scans inside it. */
export const OVERLAY_ATTR = 'data-trustlens-overlay';

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'TITLE', 'svg', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'math', 'MATH']);
const BUTTON_INPUT_TYPES = new Set(['submit', 'button', 'reset', 'image']);
/** An id or class word that names a footer ("footer", "site-footer", "footer_links"). */
const FOOTER_NAME = /(^|[\s_-])(site-?)?footer([\s_-]|$)/i;
/** A text node with something other than white space (the same white space as String.prototype.trim). */
const NOT_BLANK = /\S/;

/** What FOOTER_NAME needs somewhere in the text: a cheap first test (most class lists have no "footer"). */
const FOOTER_WORD = /footer/i;

/** Whether an id or class value names a footer. */
function namesFooter(value: string): boolean {
  return value.length >= 6 && FOOTER_WORD.test(value) && FOOTER_NAME.test(value);
}

/**
 * An element's class attribute and id, '' when absent. className and id are cheaper reads than getAttribute;
 * where they are not strings (an SVG element's class, a form control named "id" or "className") the
 * attribute is read instead.
 */
function classOf(el: Element): string {
  const cls: unknown = el.className;
  return typeof cls === 'string' ? cls : el.getAttribute('class') ?? '';
}
function idOf(el: Element): string {
  const id: unknown = el.id;
  return typeof id === 'string' ? id : el.getAttribute('id') ?? '';
}

/**
 * Whether an element has the hidden attribute. The reflected `hidden` property answers without converting an
 * attribute name (it is also truthy for hidden="until-found", as the attribute test is); elements that do not
 * reflect it (not HTML), and forms whose controls shadow it, ask for the attribute.
 */
function hasHiddenAttr(el: Element): boolean {
  const h: unknown = (el as Partial<HTMLElement>).hidden;
  // A form's controls shadow its properties (<input name="hidden"> makes form.hidden that input): ask the attribute.
  return typeof h === 'boolean' ? h : typeof h === 'string' ? h !== '' : el.hasAttribute('hidden');
}

/** The role attribute: the reflected `role` property where the browser has it (ARIA reflection), else the attribute (also for a form with a control named "role"). */
function roleOf(el: Element): string | null {
  const r: unknown = (el as Element & { role?: unknown }).role;
  return typeof r === 'string' || r === null ? r : el.getAttribute('role');
}

/** The landmark an element opens (by tag, role, or a footer id/class), else the one it sits in. */
function regionOf(el: Element, role: string | null, cls: string, id: string, inherited: Region): Region {
  switch (el.localName) {
    case 'header': return 'header';
    case 'nav': return 'nav';
    case 'main': return 'main';
    case 'footer': return 'footer';
    case 'aside': return 'aside';
    case 'dialog': return 'dialog';
  }
  if (role) {
    if (role === 'banner') return 'header';
    if (role === 'navigation') return 'nav';
    if (role === 'main') return 'main';
    if (role === 'contentinfo') return 'footer';
    if (role === 'complementary') return 'aside';
    if (role === 'dialog' || role === 'alertdialog') return 'dialog';
  }
  // Inside a footer, a footer class changes nothing; elsewhere "site-footer", "footer_links" open one.
  if (inherited !== 'footer' && (namesFooter(cls) || namesFooter(id))) return 'footer';
  return inherited;
}

/** A block of text being assembled: the nearest non-inline element and the text of its inline descendants. */
interface BlockRec {
  el: Element;
  text: string;
  visible: boolean;
  region: Region;
  index: number;
}

/**
 * One level of the walk: the children of one node still to visit (or a single node), and what they inherit.
 * `hidden` is the parent's display:none / opacity:0 / [hidden] state (visibility is per element).
 */
interface Level {
  next: Node | null;
  single: boolean;
  hidden: boolean;
  region: Region;
  block: BlockRec | null;
}

/** Region codes kept in one small integer per element (with the visibility bit). */
const REGIONS: readonly Region[] = ['other', 'header', 'nav', 'main', 'footer', 'aside', 'dialog'];
const REGION_CODE: Record<Region, number> = { other: 0, header: 1, nav: 2, main: 3, footer: 4, aside: 5, dialog: 6 };
const VISIBLE_BIT = 8;

/** Builds the page context in one synchronous walk (CLI, tests, small pages). */
export function buildPageContext(doc: Document, options: BuildOptions = {}): PageContext {
  return drain(pageSteps(doc, options));
}

/**
 * Builds the page context in slices of about `sliceMs`, yielding to the page between them, so a huge page
 * never sees one long task of ours (the content script uses this).
 */
export function buildPageContextAsync(doc: Document, options: BuildOptions = {}, sliceMs = 40): Promise<PageContext> {
  return runSliced(pageSteps(doc, options), sliceMs);
}

/** The walk as a generator: it pauses every 1,024 nodes and between phases; the caller decides when to yield. */
export function* pageSteps(doc: Document, options: BuildOptions): Generator<void, PageContext, void> {
  const phase = options.onPhase ?? ((_: string) => {});
  phase('walk');
  resetNormCache();
  resetIdCounts();
  const win = doc.defaultView ?? null;
  const url = options.url ?? doc.URL ?? '';
  const elements: Element[] = [];
  const classNames: string[] = [];
  const ids: string[] = [];
  // Per element, by its index in `elements`: region code | VISIBLE_BIT, and its computed style (null if none read).
  const info: number[] = [];
  const styles: (CSSStyleDeclaration | null)[] = [];
  const indexOf = new Map<Element, number>();
  const blocks: BlockRec[] = [];
  const linkEls: Element[] = [];
  const buttonEls: Element[] = [];
  const controls: Element[] = [];
  const skipped: Skipped[] = [];
  const selectorCache = new WeakMap<Element, string>();
  const selectorOf = (el: Element): string => {
    let s = selectorCache.get(el);
    if (s === undefined) {
      s = makeSelector(el);
      selectorCache.set(el, s);
    }
    return s;
  };
  const ignore = options.ignore;
  const maxElements = options.maxElements ?? 250_000;
  const shadowRootOf = options.shadowRootOf;

  // Trustlens' own overlay hosts, found once per document the walk enters (an attribute test per element
  // costs more: every call converts the attribute name). A host mounted while a sliced walk pauses (a second
  // scan started before the first drew) is a custom element (<trustlens-overlay>): those few are asked.
  const overlays = new Set<Element>();
  const findOverlays = (d: Document): void => {
    for (const host of Array.from(d.querySelectorAll(`[${OVERLAY_ATTR}]`))) overlays.add(host);
  };
  findOverlays(doc);
  const isOverlay = (el: Element, tag: string): boolean =>
    (overlays.size > 0 && overlays.has(el)) || (tag.includes('-') && el.hasAttribute(OVERLAY_ATTR));

  const stack: Level[] = [];
  const start = doc.body ?? doc.documentElement;
  if (start) stack.push({ next: start, single: true, hidden: false, region: 'other', block: null });

  /** Visits up to `budget` nodes in document order; false when the walk is over. */
  const walk = (budget: number): boolean => {
    while (stack.length > 0) {
      if (--budget < 0) return true;
      const level = stack[stack.length - 1]!;
      const node = level.next;
      if (node === null) {
        stack.pop();
        continue;
      }
      level.next = level.single ? null : node.nextSibling;
      const type = node.nodeType;
      if (type === 3) {
        // Text node: belongs to the nearest non-inline ancestor.
        const block = level.block;
        if (!block) continue;
        // Text inside a hidden inline element (a display:none error message) is not part of a visible block's text.
        if (level.hidden && block.visible) continue;
        const data = node.nodeValue;
        if (data && NOT_BLANK.test(data)) block.text += data;
        continue;
      }
      if (type !== 1) continue;
      const el = node as Element;
      const tag = el.tagName;
      if (SKIP_TAGS.has(tag) || isOverlay(el, tag) || (ignore && ignore(el))) continue;
      if (elements.length >= maxElements) {
        skipped.push({ kind: 'limit', selector: null, reason: `Scan stopped after ${maxElements} elements.` });
        stack.length = 0;
        return false;
      }
      const index = elements.length;
      elements.push(el);
      indexOf.set(el, index);

      let hidden = level.hidden || hasHiddenAttr(el);
      let style: CSSStyleDeclaration | null = null;
      if (!hidden && win) {
        try {
          style = win.getComputedStyle(el);
          if (style.display === 'none' || style.opacity === '0') hidden = true;
        } catch {
          /* detached or exotic element: treat as visible */
        }
      }
      styles.push(style);
      let invisibleHere = hidden;
      if (!hidden && style !== null) {
        const v = style.visibility;
        invisibleHere = v === 'hidden' || v === 'collapse';
      }
      const role = roleOf(el);
      const cls = classOf(el);
      const id = idOf(el);
      classNames.push(cls);
      ids.push(id);
      const region = regionOf(el, role, cls, id, level.region);
      info.push(invisibleHere ? REGION_CODE[region] : REGION_CODE[region] | VISIBLE_BIT);

      if (tag === 'BR') {
        if (level.block) level.block.text += ' ';
        continue;
      }

      let block = level.block;
      if (!block || !(INLINE_TAGS.has(tag) || (tag.charCodeAt(0) > 96 && INLINE_TAGS.has(tag.toUpperCase())))) {
        block = { el, text: '', visible: !invisibleHere, region, index };
        blocks.push(block);
      } else if (!invisibleHere && !block.visible) {
        // A visible inline child makes its block count as visible text, even if the block itself is not.
        block.visible = true;
      }

      if (tag === 'A' || tag === 'AREA') {
        if (el.hasAttribute('href')) linkEls.push(el);
      } else if (tag === 'BUTTON' || role === 'button') {
        buttonEls.push(el);
      } else if (tag === 'INPUT' && BUTTON_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase())) {
        buttonEls.push(el);
      }
      if ((tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') && isFillableControl(el)) controls.push(el);

      if (tag === 'IFRAME' || tag === 'FRAME') {
        let inner: Document | null = null;
        try {
          inner = (el as HTMLIFrameElement).contentDocument;
        } catch {
          inner = null;
        }
        if (inner && inner.body) {
          findOverlays(inner);
          stack.push({ next: inner.body, single: true, hidden, region, block: null });
        } else {
          const src = el.getAttribute('src') ?? '';
          if (src && !/^(about:|javascript:)/i.test(src)) {
            skipped.push({ kind: 'cross-origin-frame', selector: selectorOf(el), reason: `Frame from ${truncate(src, 120)} cannot be read by the page.` });
          }
        }
        continue;
      }
      const first = el.firstChild;
      if (first) stack.push({ next: first, single: false, hidden, region, block });
      // Shadow roots (open, or closed when the host gives access) are scanned before light DOM children.
      let root: ShadowRoot | null = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
      if (!root && shadowRootOf) {
        try {
          root = shadowRootOf(el);
        } catch {
          root = null;
        }
      }
      if (root && root.firstChild) stack.push({ next: root.firstChild, single: false, hidden, region, block: null });
    }
    return false;
  };
  while (walk(1024)) yield;

  yield;
  phase('blocks');
  const total = Math.max(1, elements.length);
  const textBlocks: TextBlock[] = [];
  let visited = 0;
  for (const b of blocks) {
    if ((++visited & 1023) === 0) yield;
    if (b.text === '') continue;
    const text = collapse(b.text);
    if (!text) continue;
    textBlocks.push({ el: b.el, text, visible: b.visible, region: b.region, order: b.index / total });
  }

  const orderOf = (el: Element) => (indexOf.get(el) ?? 0) / total;
  const visible = (el: Element) => {
    const i = indexOf.get(el);
    return i !== undefined && (info[i]! & VISIBLE_BIT) !== 0;
  };
  const region = (el: Element): Region => {
    const i = indexOf.get(el);
    return i === undefined ? 'other' : REGIONS[info[i]! & 7]!;
  };
  const infoOf = (el: Element) => {
    const i = indexOf.get(el) ?? -1;
    const bits = i < 0 ? 0 : info[i]!;
    return { visible: (bits & VISIBLE_BIT) !== 0, region: REGIONS[bits & 7]!, order: Math.max(0, i) / total };
  };

  phase('links');
  const links: LinkInfo[] = [];
  for (const el of linkEls) {
    if ((++visited & 1023) === 0) yield;
    links.push({ el, text: truncate(elementText(el), 200), href: el.getAttribute('href') ?? '', ...infoOf(el) });
  }
  const buttons: ButtonInfo[] = buttonEls.map((el) => ({ el, text: truncate(elementText(el), 200), ...infoOf(el) }));

  phase('lang');
  const visibleText = textBlocks.filter((b) => b.visible).map((b) => b.text).join('\n');
  const title = collapse(doc.title ?? '');
  const services = options.services ?? DEFAULT_SERVICES;
  // A recording service (content script) answers '' here; run-audit-remote asks and sets ctx.lang before detectors.
  const lang = primaryLang(doc.documentElement?.getAttribute('lang')) || services.detectLanguage(visibleText.slice(0, 4000), '') || 'en';

  const snippetOf = (el: Element): string => {
    const tag = el.localName;
    if (tag === 'input' || tag === 'select' || tag === 'textarea') {
      const bits = [tag];
      const type = el.getAttribute('type');
      if (type) bits.push(`type=${type}`);
      const name = el.getAttribute('name');
      if (name) bits.push(`name=${name}`);
      const ph = el.getAttribute('placeholder');
      if (ph) bits.push(`placeholder="${ph}"`);
      return truncate(`<${bits.join(' ')}>`, 160);
    }
    const text = elementText(el);
    return truncate(text || `<${tag}>`, 160);
  };

  yield;
  phase('forms');
  const forms = extractForms({ doc, controls, isVisible: visible, selectorOf });
  yield;
  const partial = {
    doc,
    win,
    url,
    title,
    lang,
    elements,
    classNames,
    ids,
    visible,
    style: (el: Element) => {
      const i = indexOf.get(el);
      return i === undefined ? null : styles[i]!;
    },
    orderOf,
    indexOf: (el: Element) => indexOf.get(el) ?? -1,
    selectorOf,
    snippetOf,
    region,
    textBlocks,
    links,
    buttons,
    controls,
    forms,
    visibleText,
    skipped,
    services,
  };
  phase('contact');
  const contact = yield* extractContactSteps(partial);
  yield;
  phase('kind');
  const pageKind = guessPageKind({ ...partial, contact });
  return { ...partial, contact, pageKind };
}
