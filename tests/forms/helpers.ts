import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { extractForms } from '../../engine/forms/extract';
import type { FormInfo } from '../../engine/page-types';

export function parse(html: string): Document {
  const win = new Window({
    url: 'https://shop.test/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  win.document.write(html);
  return win.document as unknown as Document;
}

export function fixture(name: string): Document {
  return parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));
}

export function visible(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return false;
    if (e.tagName === 'INPUT' && (e.getAttribute('type') ?? '').toLowerCase() === 'hidden') return false;
    if (/display\s*:\s*none/i.test(e.getAttribute('style') ?? '')) return false;
  }
  return true;
}

export function selectorOf(el: Element): string {
  const id = el.getAttribute('id');
  if (id) return `#${id}`;
  const name = el.getAttribute('name');
  return el.tagName.toLowerCase() + (name ? `[name="${name}"]` : '');
}

export function forms(doc: Document): FormInfo[] {
  const controls = Array.from(doc.querySelectorAll('input,select,textarea'));
  return extractForms({ doc, controls, isVisible: visible, selectorOf });
}

/** label -> purpose of every field of a form, for compact assertions. */
export function purposes(form: FormInfo | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of form?.fields ?? []) out[f.label || f.name] = f.purpose;
  return out;
}
