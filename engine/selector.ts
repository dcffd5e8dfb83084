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

/** An id that is its own CSS identifier (`#${id}` needs no escape), in ASCII. */
const PLAIN_ID = /^[A-Za-z_][\w-]*$/;

/** Plain ids of a root, counted as `#id` selectors match them there, and what tells of a change since. */
let idIndexes = new WeakMap<Node, [Map<string, number>, MutationObserver]>();

/**
 * Forgets every id count: a scan starts with none (the page walk calls this), so two scans run back to back in
 * one task each count the ids themselves. Counts of a scan in progress drop as before (a change, the task's end).
 */
export function resetIdCounts(): void {
  idIndexes = new WeakMap();
}

/**
 * How many elements of `root` the selector `#${id}` matches, or -1 when it must be asked of the root itself.
 * In a quirks-mode document (no doctype: many saved pages) Chromium's querySelectorAll('#id') visits every
 * element of the root for each call, so there the plain ids of a root are counted in one query and the counts
 * kept while a MutationObserver has seen no change to the tree or its attributes, until the end of the task.
 * Quirks mode matches ids ignoring ASCII case; ids that are not plain are left to the root's own query.
 */
export function idCount(root: Node & ParentNode, id: string): number {
  // The counts of this task, unless the tree changed since: most calls end here, before the window is asked
  // for the observer and the document for its mode (an index exists only for a quirks-mode root).
  const known = idIndexes.get(root);
  if (known) {
    if (!known[1].takeRecords().length) return PLAIN_ID.test(id) ? known[0].get(id.toLowerCase()) ?? 0 : -1;
    // The tree changed since (the records are taken now): these counts are gone, whatever this id is.
    known[1].disconnect();
    idIndexes.delete(root);
  }
  const doc = root.ownerDocument ?? (root as Document);
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer || doc.compatMode !== 'BackCompat' || !PLAIN_ID.test(id)) return -1;
  const counts = new Map<string, number>();
  // An indexed loop: iterating a NodeList with for-of costs about as much again as the query itself.
  const withId = root.querySelectorAll('[id]');
  for (let i = 0; i < withId.length; i++) {
    const el = withId[i]!;
    // The id property is the cheaper read; a form's can be one of its controls (<input name="id">), and an
    // element outside HTML may have none: then the attribute itself.
    const prop: unknown = el.id;
    let v = typeof prop === 'string' ? prop : el.getAttributeNS(null, 'id');
    if (v && PLAIN_ID.test(v)) counts.set((v = v.toLowerCase()), (counts.get(v) ?? 0) + 1);
  }
  // A change seen (delivered to the callback; one taken above made these counts), or the end of the task,
  // drops the counts (another index of the same root may go too: it is only counted again).
  const drop = (): void => {
    watch.disconnect();
    idIndexes.delete(root);
  };
  const watch = new Observer(drop);
  watch.observe(root, { childList: true, subtree: true, attributes: true });
  idIndexes.set(root, [counts, watch]);
  queueMicrotask(drop);
  return counts.get(id.toLowerCase()) ?? 0;
}

function uniqueId(root: Document | ShadowRoot | null, id: string): boolean {
  const n = root ? idCount(root, id) : -1;
  return n < 0 ? uniqueIn(root, `#${cssEscape(id)}`) : n === 1;
}

/**
 * The element's step in a path: its tag, with :nth-of-type when a sibling shares the tag. Its index counts the
 * siblings before it; those after it are read only until one shares the tag, and not at all once one before did.
 */
function step(el: Element): string {
  const tag = el.localName;
  if (!el.parentElement) return tag;
  let index = 1;
  for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) if (sib.localName === tag) index++;
  if (index === 1) {
    let sib = el.nextElementSibling;
    while (sib && sib.localName !== tag) sib = sib.nextElementSibling;
    if (!sib) return tag;
  }
  return `${tag}:nth-of-type(${index})`;
}

export function makeSelector(el: Element): string {
  const root = rootOf(el);
  const id = el.getAttribute('id');
  if (id && uniqueId(root, id)) return `#${cssEscape(id)}`;
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
    if (curId && uniqueId(root, curId)) {
      steps.push(`#${cssEscape(curId)}`);
      break;
    }
    steps.push(step(cur));
    if (cur.localName === 'body') break;
    cur = cur.parentElement;
  }
  // Gathered from the element up; the path reads from the anchor down.
  return steps.reverse().join(' > ');
}
