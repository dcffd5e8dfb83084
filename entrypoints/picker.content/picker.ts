/**
 * The element picker (part of the picker script, see index.ts): hover highlights, click selects, Esc cancels,
 * arrow keys walk the tree (Up = parent, Down = first child, Left/Right = previous/next sibling), Enter selects.
 * While it runs the page gets no clicks, key presses or pointer presses (captured at the window, before
 * the page's own listeners). Every listener hangs on an AbortSignal that ends with the picker or with ctx.
 * Lean on purpose: plain DOM, no framework (the content scripts must stay small).
 */
import { makeSelector } from '../../engine/selector';
import { collapse, truncate } from '../../engine/dom';
import { addStyles } from './styles';

export interface Picked {
  el: Element;
  selector: string;
  snippet: string;
}

export interface PickerOptions {
  /** Our own overlay host: never picked, and its events pass through. */
  host: Element;
  /** Where the highlight is drawn (our shadow root). */
  layer: ShadowRoot | HTMLElement;
  /** Aborts the picker (the content script's ctx.signal). */
  signal: AbortSignal;
  /** The instructions shown while picking (localized by the caller). */
  help: string;
  /** Start on this element (keyboard or context-menu start). */
  start?: Element | null;
  onPick(picked: Picked): void;
  onCancel(): void;
}

const CONTROL = new Set(['input', 'select', 'textarea']);
const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option']);

/**
 * The text snippet saved with a picked element, as the engine's snippet (engine/page.ts): a form control
 * is described by its type, name and placeholder; anything else by its visible text. Never a value: a
 * control's value, a textarea's text and a select's options are left out, also inside a container.
 */
export function pickerSnippet(el: Element): string {
  const tag = el.localName;
  if (CONTROL.has(tag)) {
    const bits = [tag];
    for (const attr of ['type', 'name']) {
      const v = el.getAttribute(attr);
      if (v) bits.push(`${attr}=${v}`);
    }
    const ph = el.getAttribute('placeholder');
    if (ph) bits.push(`placeholder="${ph}"`);
    return truncate(`<${bits.join(' ')}>`, 160);
  }
  let text = '';
  const walk = (node: Node) => {
    if (text.length > 400) return;
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (SKIP_TEXT.has(child.localName)) {
        text += ' ';
        return;
      }
      for (let c = child.firstChild; c; c = c.nextSibling) walk(c);
      if (child.localName === 'input' || child.localName === 'br') text += ' ';
    }
  };
  walk(el);
  const collapsed = collapse(text);
  if (collapsed) return truncate(collapsed, 160);
  const label = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.querySelector('img[alt]')?.getAttribute('alt');
  return truncate(label ? collapse(label) : `<${tag}>`, 160);
}

function describe(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
  return truncate(`${el.localName}${id}${cls}`, 80);
}

/** Starts the picker; returns a function that stops it (without picking). */
export function startPicker(opts: PickerOptions): () => void {
  // Its listeners end with opts.signal: one already aborted (the review stopped) would never end them.
  if (opts.signal.aborted) return () => undefined;
  const ac = new AbortController();
  const stopAll = () => ac.abort();
  opts.signal.addEventListener('abort', stopAll, { signal: ac.signal });
  const signal = ac.signal;

  addStyles(opts.layer);
  const box = document.createElement('div');
  box.className = 'tl-pick-box';
  box.setAttribute('aria-hidden', 'true');
  const label = document.createElement('div');
  label.className = 'tl-pick-label';
  const help = document.createElement('div');
  help.className = 'tl-pick-help';
  help.setAttribute('role', 'status');
  help.textContent = opts.help;
  opts.layer.append(box, label, help);
  signal.addEventListener('abort', () => {
    box.remove();
    label.remove();
    help.remove();
  });

  let current: Element | null = null;
  /** After arrow-key moves the mouse may rest inside the chosen element without taking the choice back. */
  let keyboardChoice = false;
  const isOurs = (el: Element | null) => !el || el === opts.host || opts.host.contains(el);
  const pickable = (el: Element | null): el is Element =>
    !!el && !isOurs(el) && el !== document.documentElement && el.localName !== 'head';

  const highlight = (el: Element | null) => {
    current = el;
    if (!el) {
      box.style.display = 'none';
      label.style.display = 'none';
      return;
    }
    const r = el.getBoundingClientRect();
    box.style.cssText = `display:block;top:${r.top}px;left:${r.left}px;width:${r.width}px;height:${r.height}px`;
    label.textContent = describe(el);
    label.style.cssText = `display:block;top:${Math.max(0, r.top - 22)}px;left:${Math.max(0, r.left)}px`;
  };

  const finish = (el: Element) => {
    stopAll();
    opts.onPick({ el, selector: makeSelector(el), snippet: pickerSnippet(el) });
  };
  const cancel = () => {
    stopAll();
    opts.onCancel();
  };

  const targetOf = (e: Event): Element | null => {
    const t = e.composedPath()[0];
    return t instanceof Element ? t : null;
  };

  const onMove = (e: Event) => {
    const t = targetOf(e);
    if (isOurs(t) || (e.target instanceof Element && isOurs(e.target))) return;
    if (keyboardChoice && current && t && current.contains(t)) return;
    keyboardChoice = false;
    if (pickable(t) && t !== current) highlight(t);
  };
  const block = (e: Event) => {
    if (e.target instanceof Element && isOurs(e.target)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const onClick = (e: MouseEvent) => {
    if (e.target instanceof Element && isOurs(e.target)) return;
    block(e);
    const t = targetOf(e);
    // A click inside the highlighted element picks it (so Up to the parent, then click, picks the parent).
    if (current && t && current.contains(t)) finish(current);
    else if (pickable(t)) finish(t);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      block(e);
      cancel();
      return;
    }
    const cur = current;
    let next: Element | null | undefined;
    if (e.key === 'ArrowUp') next = cur?.parentElement;
    else if (e.key === 'ArrowDown') next = cur?.firstElementChild;
    else if (e.key === 'ArrowLeft') next = cur?.previousElementSibling;
    else if (e.key === 'ArrowRight') next = cur?.nextElementSibling;
    else if (e.key === 'Enter') {
      block(e);
      if (cur) finish(cur);
      return;
    } else return;
    block(e);
    if (pickable(next ?? null)) {
      keyboardChoice = true;
      highlight(next!);
      next!.scrollIntoView?.({ block: 'nearest' });
    }
  };

  const cap = { capture: true, signal } as const;
  window.addEventListener('pointermove', onMove, { ...cap, passive: true });
  window.addEventListener('mouseover', onMove, { ...cap, passive: true });
  window.addEventListener('click', onClick, cap);
  for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'dblclick', 'contextmenu']) window.addEventListener(type, block, cap);
  window.addEventListener('keydown', onKey, cap);
  window.addEventListener('scroll', () => highlight(current), { capture: true, passive: true, signal });

  const first = opts.start ?? document.elementFromPoint(innerWidth / 2, innerHeight / 2);
  highlight(pickable(first) ? first : document.body);
  return stopAll;
}
