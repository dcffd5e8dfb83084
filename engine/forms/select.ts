/**
 * Selector lists queried one selector at a time. Chromium matches a lone selector (a tag, a class, tag[attr])
 * on a fast path and a comma list on a general one that is several times slower per element; the answer
 * is the same as the list's: every element matching any part, once, in document order. Worth it on large
 * subtrees (a form, the document); on a few elements the extra queries cost more than they save.
 */

/** root.querySelectorAll(parts.join(',')), as an array. */
export function selectAll(root: ParentNode, parts: readonly string[]): Element[] {
  let out: Element[] | null = null;
  let merged = false;
  for (const part of parts) {
    const found = root.querySelectorAll(part);
    if (found.length === 0) continue;
    if (!out) out = Array.from(found);
    else {
      for (let i = 0; i < found.length; i++) out.push(found[i]!);
      merged = true;
    }
  }
  if (!out) return [];
  if (!merged) return out;
  return [...new Set(out)].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
