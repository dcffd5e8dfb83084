/** Small DOM helpers shared by the page walk and the detectors. Pure: no globals, only the nodes given. */

export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BR', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'DEL', 'INS', 'NOBR',
]);

export function isInlineTag(tagName: string): boolean {
  return INLINE_TAGS.has(tagName.toUpperCase());
}

export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}

/** CSS.escape for identifiers (not every test DOM has CSS.escape). */
export function cssEscape(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    const code = value.charCodeAt(i);
    if (code === 0) out += '\ufffd';
    else if ((code >= 1 && code <= 31) || code === 127 || (i === 0 && code >= 48 && code <= 57) ||
      (i === 1 && code >= 48 && code <= 57 && value.charCodeAt(0) === 45)) out += '\\' + code.toString(16) + ' ';
    else if (i === 0 && code === 45 && value.length === 1) out += '\\' + ch;
    else if (code >= 128 || code === 45 || code === 95 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122)) out += ch;
    else out += '\\' + ch;
  }
  return out;
}

/** The element's text as a user would read it: text, else aria-label, title, alt of an image inside. */
export function elementText(el: Element): string {
  const own = collapse(el.textContent ?? '');
  if (own) return own;
  const aria = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.getAttribute('value');
  if (aria && (el.tagName !== 'INPUT' || /^(submit|button|reset)$/i.test(el.getAttribute('type') ?? ''))) {
    return collapse(aria);
  }
  const img = el.querySelector?.('img[alt]');
  return img ? collapse(img.getAttribute('alt') ?? '') : '';
}

/**
 * A lookup of the nearest element of `roots` at or above an element (null when none). Every ancestor climbed
 * remembers its answer, so asking for all blocks of a page costs one pass over their ancestors.
 */
export function nearestRootFinder(roots: ReadonlySet<Element>): (el: Element | null) => Element | null {
  const nearest = new Map<Element, Element | null>();
  const path: Element[] = [];
  return (el) => {
    let found: Element | null = null;
    path.length = 0;
    for (let a = el; a; a = a.parentElement) {
      const known = nearest.get(a);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(a);
      if (roots.has(a)) {
        found = a;
        break;
      }
    }
    for (const a of path) nearest.set(a, found);
    return found;
  };
}
