/**
 * A short CSS selector for an element, unique within its root (document or shadow root).
 * Prefers a unique id, then a unique name/data-testid attribute, else a path of :nth-of-type steps
 * anchored at the nearest ancestor with a unique id.
 */
import { cssEscape } from './dom';

function rootOf(el: Element): Document | ShadowRoot | null {
  const root = el.getRootNode?.();
  return root && (root as Document | ShadowRoot).querySelectorAll ? (root as Document | ShadowRoot) : null;
}

function uniqueIn(root: Document | ShadowRoot | null, selector: string): boolean {
  if (!root) return false;
  try {
    return root.querySelectorAll(selector).length === 1;
  } catch {
    return false;
  }
}

function step(el: Element): string {
  const tag = el.localName;
  const parent = el.parentElement;
  if (!parent) return tag;
  let index = 0;
  let count = 0;
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib.localName === tag) {
      count++;
      if (sib === el) index = count;
    }
  }
  return count > 1 ? `${tag}:nth-of-type(${index})` : tag;
}

export function makeSelector(el: Element): string {
  const root = rootOf(el);
  const id = el.getAttribute('id');
  if (id && uniqueIn(root, `#${cssEscape(id)}`)) return `#${cssEscape(id)}`;
  for (const attr of ['name', 'data-testid']) {
    const v = el.getAttribute(attr);
    if (v && v.length < 60) {
      const sel = `${el.localName}[${attr}="${v.replace(/["\\]/g, '\\$&')}"]`;
      if (uniqueIn(root, sel)) return sel;
    }
  }
  const steps: string[] = [];
  let cur: Element | null = el;
  while (cur && cur.localName !== 'html') {
    const curId: string | null = cur !== el ? cur.getAttribute('id') : null;
    if (curId && uniqueIn(root, `#${cssEscape(curId)}`)) {
      steps.unshift(`#${cssEscape(curId)}`);
      break;
    }
    steps.unshift(step(cur));
    if (cur.localName === 'body') break;
    cur = cur.parentElement;
  }
  return steps.join(' > ');
}
