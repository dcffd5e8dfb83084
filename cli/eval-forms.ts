/**
 * Measures field-purpose inference against the labelled form corpus (../shared/corpus/forms/).
 *
 *   npx tsx cli/eval-forms.ts [--dir PATH] [--errors]
 *
 * The corpus marks each labelled control with data-moz-autofill-type: that is the answer key, so it is
 * removed from the HTML before parsing and predictions are joined to labels.json by the document order
 * of the controls. Scoring (scorePurposes) is separate from how predictions are obtained (predictPage).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import '../engine/services-full';
import { buildPageContext } from '../engine/page';
import { isFillableControl } from '../engine/forms/extract';

export interface Score {
  recall: number;
  precision: number;
  tp: number;
  fp: number;
  fn: number;
}
export interface PurposePair {
  /** Mozilla label, or 'other' for an unlabelled control. */
  truth: string;
  /** Our purpose. */
  pred: string;
  page?: string;
}
export interface EvalResult {
  groups: Record<string, Score>;
  overall: Score;
  /** Pairs left out of scoring: unlabelled password fields (the corpus does not annotate passwords). */
  unscored: number;
  pages: { page: string; tp: number; fp: number; fn: number }[];
  /** Pages left out because the parsed controls did not line up with labels.json. */
  skippedPages?: string[];
}

/** The comparison group of a purpose in either vocabulary (ours or Mozilla's). */
export function groupOf(purpose: string): string {
  const p = purpose.toLowerCase();
  if (p === 'email') return 'email';
  if (p.startsWith('tel')) return 'tel';
  if (p.startsWith('cc-')) return 'cc';
  if (p.startsWith('bday')) return 'bday';
  if (p.endsWith('password')) return 'password';
  if (p === 'organization' || p === 'organization-title') return 'organization';
  if (p === 'username' || p === 'loginname') return 'username';
  if (p === 'vat-number' || p === 'id-number') return 'id';
  if (p === 'sex') return 'sex';
  if (/^(given-name|family-name|additional-name|name|honorific-(prefix|suffix)|phonetic-(given|family)-name)$/.test(p))
    return 'name';
  if (
    /^(street-address|address-.*|postal-code.*|country(-name)?|apartment|floor|building|street|reference-point)$/.test(p)
  )
    return 'address';
  return 'other';
}

/** Groups the corpus does not label at all: a prediction there on an unlabelled control is not scored. */
const UNANNOTATED = new Set(['password']);

function score(tp: number, fp: number, fn: number): Score {
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return { recall: r(tp + fn ? tp / (tp + fn) : 1), precision: r(tp + fp ? tp / (tp + fp) : 1), tp, fp, fn };
}

/** Per-group and overall (micro-averaged over every group but 'other') recall and precision. */
export function scorePurposes(pairs: PurposePair[]): EvalResult {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  const perPage = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (g: string, k: 'tp' | 'fp' | 'fn', page: string): void => {
    if (g === 'other') return;
    (counts[g] ??= { tp: 0, fp: 0, fn: 0 })[k]++;
    const pc = perPage.get(page) ?? { tp: 0, fp: 0, fn: 0 };
    pc[k]++;
    perPage.set(page, pc);
  };
  let unscored = 0;
  for (const { truth, pred, page = '' } of pairs) {
    const t = groupOf(truth);
    const p = groupOf(pred);
    if (t === 'other' && UNANNOTATED.has(p)) {
      unscored++;
      continue;
    }
    if (t === p) bump(t, 'tp', page);
    else {
      bump(t, 'fn', page);
      bump(p, 'fp', page);
    }
  }
  const groups: Record<string, Score> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [g, c] of Object.entries(counts).sort()) {
    groups[g] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const pages = [...perPage.entries()]
    .map(([page, c]) => ({ page, ...c }))
    .sort((a, b) => b.fp + b.fn - (a.fp + a.fn));
  return { groups, overall: score(tp, fp, fn), unscored, pages };
}

interface LabelControl {
  tag: string;
  type: string | null;
  name: string | null;
  id: string | null;
  label: string | null;
}
interface Labels {
  label_attribute: string;
  pages: Record<string, { controls: LabelControl[] }>;
}

export interface PredictedControl {
  el: Element;
  purpose: string;
  label: string;
}

/** Strips the answer-key attribute from the markup (before any parsing). */
export function stripAnswerKey(html: string, attr = 'data-moz-autofill-type'): string {
  return html.replace(new RegExp(`\\s${attr}\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]+)`, 'gi'), '');
}

/**
 * Drops comments, scripts and styles before parsing: happy-dom's parser loses whole subtrees on some of
 * them (a <style> inside <svg>, "<!--" inside a script), and none of them holds a form control.
 */
export function simplifyMarkup(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
}

function simpleVisible(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return false;
    if (e.tagName === 'INPUT' && (e.getAttribute('type') ?? '').toLowerCase() === 'hidden') return false;
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(e.getAttribute('style') ?? '')) return false;
  }
  return true;
}

function simpleSelector(el: Element): string {
  const id = el.getAttribute('id');
  if (id) return `#${id}`;
  const name = el.getAttribute('name');
  return el.tagName.toLowerCase() + (name ? `[name="${name}"]` : '');
}

/** Parses one page (JS, CSS and navigation off) and returns every input/select/textarea in document order. */
export async function predictPage(html: string): Promise<{ all: Element[]; predicted: Map<Element, PredictedControl>; close: () => Promise<void> }> {
  const win = new Window({
    url: 'https://example.test/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  const doc = new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const all = Array.from(doc.querySelectorAll('input,select,textarea'));
  // The product path: the same one-walk page context runAudit builds (visibility, labels, purposes).
  const forms = buildPageContext(doc, { url: 'https://example.test/' }).forms;
  const predicted = new Map<Element, PredictedControl>();
  for (const f of forms) for (const fld of f.fields) predicted.set(fld.el, { el: fld.el, purpose: fld.purpose, label: fld.label });
  return { all, predicted, close: () => win.happyDOM.close() };
}

const DEFAULT_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/corpus/forms');

export async function evalForms(opts: { dir?: string; log?: (s: string) => void; errors?: boolean } = {}): Promise<EvalResult> {
  const dir = opts.dir ?? DEFAULT_DIR;
  const log = opts.log ?? ((s: string) => process.stderr.write(s + '\n'));
  const labels = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as Labels;
  const pairs: PurposePair[] = [];
  const skippedPages: string[] = [];
  const names = Object.keys(labels.pages).sort();
  let i = 0;
  for (const page of names) {
    i++;
    const html = simplifyMarkup(stripAnswerKey(await readFile(join(dir, page), 'utf8'), labels.label_attribute));
    const { all, predicted, close } = await predictPage(html);
    const truth = labels.pages[page]?.controls ?? [];
    if (truth.length !== all.length) {
      // The join is by document order: a page the parser reads differently cannot be joined safely.
      log(`! ${page}: skipped, ${all.length} controls parsed but ${truth.length} labelled`);
      skippedPages.push(page);
      await close();
      continue;
    }
    const n = truth.length;
    for (let k = 0; k < n; k++) {
      const el = all[k]!;
      const t = truth[k]!;
      if (!isFillableControl(el)) continue;
      if ((t.name ?? '') !== (el.getAttribute('name') ?? '')) log(`! ${page}#${k}: name mismatch ${t.name} vs ${el.getAttribute('name')}`);
      const p = predicted.get(el);
      const pair = { truth: t.label ?? 'other', pred: p?.purpose ?? 'other', page };
      pairs.push(pair);
      if (opts.errors && groupOf(pair.truth) !== groupOf(pair.pred) && !(pair.truth === 'other' && groupOf(pair.pred) === 'password'))
        log(
          `  ${page} | ${pair.truth} -> ${pair.pred} | label=${JSON.stringify(p?.label ?? '')} name=${t.name ?? ''} id=${t.id ?? ''} type=${t.type ?? ''} ph=${el.getAttribute('placeholder') ?? ''} ac=${el.getAttribute('autocomplete') ?? ''}`,
        );
    }
    await close();
    if (i % 25 === 0 || i === names.length) log(`… ${i}/${names.length} pages`);
  }
  return { ...scorePurposes(pairs), skippedPages };
}

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(5) + '%';
}

export function formatResult(r: EvalResult): string {
  const lines = ['group          recall  precision    tp    fp    fn'];
  const row = (g: string, s: Score): string =>
    `${g.padEnd(13)} ${pct(s.recall)}     ${pct(s.precision)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`;
  for (const [g, s] of Object.entries(r.groups)) lines.push(row(g, s));
  lines.push(row('OVERALL', r.overall));
  lines.push(`(${r.unscored} unlabelled password fields not scored: the corpus does not annotate passwords)`);
  if (r.skippedPages?.length) lines.push(`(${r.skippedPages.length} pages skipped, controls did not line up: ${r.skippedPages.join(', ')})`);
  lines.push('', 'worst pages (fp + fn):');
  for (const p of r.pages.slice(0, 10)) lines.push(`  ${p.page.padEnd(44)} tp=${p.tp} fp=${p.fp} fn=${p.fn}`);
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const d = args.indexOf('--dir');
  evalForms({ dir: d >= 0 ? args[d + 1] : undefined, errors: args.includes('--errors') })
    .then((r) => console.log(formatResult(r)))
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
