/**
 * One walk of the DOM → the shared PageContext every detector reads (house rule 9: read the DOM once).
 * The walk visits nodes in document order, descending into open shadow roots and same-origin frames,
 * reads each element's computed style once, and collects text blocks, links, buttons and form controls.
 */
import { collapse, elementText, isInlineTag, truncate } from './dom';
import { primaryLang } from './i18n';
import { makeSelector } from './selector';
import type { ButtonInfo, LinkInfo, PageContext, Region, TextBlock } from './page-types';
import type { Skipped } from './result';
import { extractForms, isFillableControl } from './forms/extract';
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
}

/** Attribute on Trustlens' own overlay host; the walk never scans inside it. */
export const OVERLAY_ATTR = 'data-trustlens-overlay';

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'TITLE', 'svg', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'math', 'MATH']);
const BUTTON_INPUT_TYPES = new Set(['submit', 'button', 'reset', 'image']);

function regionOfTag(el: Element): Region | null {
  switch (el.localName) {
    case 'header': return 'header';
    case 'nav': return 'nav';
    case 'main': return 'main';
    case 'footer': return 'footer';
    case 'aside': return 'aside';
    case 'dialog': return 'dialog';
  }
  const role = el.getAttribute('role');
  if (role) {
    if (role === 'banner') return 'header';
    if (role === 'navigation') return 'nav';
    if (role === 'main') return 'main';
    if (role === 'contentinfo') return 'footer';
    if (role === 'complementary') return 'aside';
    if (role === 'dialog' || role === 'alertdialog') return 'dialog';
  }
  const idClass = (el.getAttribute('id') ?? '') + ' ' + (el.getAttribute('class') ?? '');
  if (idClass.length > 1 && /(^|[\s_-])(site-?)?footer([\s_-]|$)/i.test(idClass)) return 'footer';
  return null;
}

interface Frame {
  node: Node;
  hidden: boolean;
  region: Region;
  block: Element | null;
}

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
  const win = doc.defaultView ?? null;
  const url = options.url ?? doc.URL ?? '';
  const elements: Element[] = [];
  const visibleSet = new WeakSet<Element>();
  const styles = new WeakMap<Element, CSSStyleDeclaration>();
  const regions = new WeakMap<Element, Region>();
  const blockText = new Map<Element, string[]>();
  const blockMeta = new Map<Element, { visible: boolean; region: Region; index: number }>();
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

  const stack: Frame[] = [];
  const start = doc.body ?? doc.documentElement;
  if (start) stack.push({ node: start, hidden: false, region: 'other', block: null });

  let visited = 0;
  while (stack.length > 0) {
    if ((++visited & 1023) === 0) yield;
    const frame = stack.pop()!;
    const node = frame.node;
    if (node.nodeType === 3) {
      // Text node: belongs to the nearest non-inline ancestor.
      const block = frame.block;
      const data = node.nodeValue;
      // Text inside a hidden inline element (a display:none error message) is not part of a visible block's text.
      if (frame.hidden && block && blockMeta.get(block)?.visible) continue;
      if (block && data && data.trim()) {
        const parts = blockText.get(block);
        if (parts) parts.push(data);
      }
      continue;
    }
    if (node.nodeType === 11) {
      // Shadow root: children inherit the host's frame.
      pushChildren(node, frame);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag) || el.hasAttribute(OVERLAY_ATTR) || (ignore && ignore(el))) continue;
    if (elements.length >= maxElements) {
      skipped.push({ kind: 'limit', selector: null, reason: `Scan stopped after ${maxElements} elements.` });
      break;
    }
    elements.push(el);

    let hidden = frame.hidden || el.hasAttribute('hidden');
    let style: CSSStyleDeclaration | null = null;
    if (!hidden && win) {
      try {
        style = win.getComputedStyle(el);
        styles.set(el, style);
        if (style.display === 'none' || style.opacity === '0') hidden = true;
      } catch {
        /* detached or exotic element: treat as visible */
      }
    }
    const invisibleHere = hidden || (style !== null && (style.visibility === 'hidden' || style.visibility === 'collapse'));
    if (!invisibleHere) visibleSet.add(el);
    const region = regionOfTag(el) ?? frame.region;
    regions.set(el, region);

    if (tag === 'BR') {
      if (frame.block) blockText.get(frame.block)?.push(' ');
      continue;
    }

    let block = frame.block;
    if (!isInlineTag(tag) || !block) {
      block = el;
      blockText.set(el, []);
      blockMeta.set(el, { visible: !invisibleHere, region, index: elements.length - 1 });
    } else if (!invisibleHere) {
      // A visible inline child makes its block count as visible text, even if the block itself is not.
      const meta = blockMeta.get(block);
      if (meta && !meta.visible) meta.visible = true;
    }

    if (tag === 'A' || tag === 'AREA') {
      if (el.hasAttribute('href')) linkEls.push(el);
    } else if (tag === 'BUTTON' || el.getAttribute('role') === 'button') {
      buttonEls.push(el);
    } else if (tag === 'INPUT' && BUTTON_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase())) {
      buttonEls.push(el);
    }
    if ((tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') && isFillableControl(el)) controls.push(el);

    const childFrame: Frame = { node: el, hidden, region, block };
    // Shadow roots (open, or closed when the host gives access) are scanned before light DOM children.
    const open = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
    let root: ShadowRoot | null = open;
    if (!root && shadowRootOf) {
      try {
        root = shadowRootOf(el);
      } catch {
        root = null;
      }
    }
    if (tag === 'IFRAME' || tag === 'FRAME') {
      let inner: Document | null = null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (inner && inner.body) {
        stack.push({ node: inner.body, hidden, region, block: null });
      } else {
        const src = el.getAttribute('src') ?? '';
        if (src && !/^(about:|javascript:)/i.test(src)) {
          skipped.push({ kind: 'cross-origin-frame', selector: selectorOf(el), reason: `Frame from ${truncate(src, 120)} cannot be read by the page.` });
        }
      }
      continue;
    }
    pushChildren(el, childFrame);
    if (root) stack.push({ node: root, hidden, region, block: null });
    else if (el.localName.includes('-') && !open && (el as { attachShadow?: unknown }).attachShadow) {
      // Custom element without an open root: may have a closed one we cannot read (reported by the caller
      // that knows, via shadowRootOf; without it we cannot tell, so nothing is said).
    }
  }

  function pushChildren(parent: Node, frame: Frame): void {
    const kids = parent.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const child = kids[i]!;
      const t = child.nodeType;
      if (t === 1 || t === 3) stack.push({ node: child, hidden: frame.hidden, region: frame.region, block: frame.block });
    }
  }

  // Closed shadow roots the caller could not open are reported by the caller's shadowRootOf returning null;
  // report hosts the browser says have a closed root (Chromium exposes none to page script, so this stays empty).

  yield;
  const total = Math.max(1, elements.length);
  const textBlocks: TextBlock[] = [];
  for (const [el, parts] of blockText) {
    if ((++visited & 1023) === 0) yield;
    if (parts.length === 0) continue;
    const text = collapse(parts.join(''));
    if (!text) continue;
    const meta = blockMeta.get(el)!;
    textBlocks.push({ el, text, visible: meta.visible, region: meta.region, order: meta.index / total });
  }
  textBlocks.sort((a, b) => a.order - b.order);

  const indexOf = new WeakMap<Element, number>();
  elements.forEach((el, i) => indexOf.set(el, i));
  const orderOf = (el: Element) => (indexOf.get(el) ?? 0) / total;
  const visible = (el: Element) => visibleSet.has(el);
  const region = (el: Element): Region => regions.get(el) ?? 'other';

  const links: LinkInfo[] = [];
  for (const el of linkEls) {
    if ((++visited & 1023) === 0) yield;
    links.push({
      el,
      text: truncate(elementText(el), 200),
      href: el.getAttribute('href') ?? '',
      visible: visible(el),
      region: region(el),
      order: orderOf(el),
    });
  }
  const buttons: ButtonInfo[] = buttonEls.map((el) => ({
    el,
    text: truncate(elementText(el), 200),
    visible: visible(el),
    region: region(el),
    order: orderOf(el),
  }));

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
  const forms = extractForms({ doc, controls, isVisible: visible, selectorOf });
  yield;
  const partial = {
    doc,
    win,
    url,
    title,
    lang,
    elements,
    visible,
    style: (el: Element) => styles.get(el) ?? null,
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
  const contact = yield* extractContactSteps(partial);
  yield;
  const pageKind = guessPageKind({ ...partial, contact });
  return { ...partial, contact, pageKind };
}
