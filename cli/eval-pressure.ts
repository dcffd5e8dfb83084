/**
 * Measures the pressure-tactic classifier on the labelled development corpus.
 *
 *   npx tsx cli/eval-pressure.ts [path/to/ec-darkpattern.tsv]
 *
 * The classifier is hand-written rules (nothing is trained), so there is no training split: this is a
 * measurement on the development set the rules were checked against, i.e. optimistic; the held-out set of
 * other sites is the real figure.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { classifyPressure, setPressureGates } from '../engine/text/pressure';

export interface PressureEval {
  rows: number;
  tp: number; fp: number; fn: number; tn: number;
  precision: number; recall: number; f1: number; accuracy: number;
  /** false positives / ordinary rows */
  fpRate: number;
  /** per labelled category: rows, detected (any category), detected with the same category */
  perCategory: Record<string, { n: number; detected: number; sameCategory: number }>;
  falsePositives: string[];
  falseNegatives: string[];
  microsPerText: number;
  /** texts whose answer changes when the keyword gates are switched off (must be 0) */
  gateDiffs: number;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const DEFAULT_FILE = resolve(HERE, '../../shared/corpus/pressure-text/ec-darkpattern.tsv');

/** TSV with RFC 4180-style quoting (quoted fields may hold tabs, newlines and doubled quotes). */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false, i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === '\t') { row.push(field); field = ''; i++; continue; }
    if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = []; i++; continue;
    }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const CATEGORY: Record<string, string> = {
  Urgency: 'urgency', Scarcity: 'scarcity', 'Social Proof': 'social-proof', Misdirection: 'misdirection',
  Sneaking: 'sneaking', Obstruction: 'obstruction', 'Forced Action': 'forced-action',
};

const pct = (x: number) => (100 * x).toFixed(1) + '%';

export async function evalPressure(opts: { file?: string; log?: (s: string) => void } = {}): Promise<PressureEval> {
  const log = opts.log ?? (() => {});
  const rows = parseTsv(await readFile(opts.file ?? DEFAULT_FILE, 'utf8'));
  const header = rows.shift() ?? [];
  const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  const iText = col('text'), iLabel = col('label'), iCat = col('Pattern Category');

  let tp = 0, fp = 0, fn = 0, tn = 0;
  const perCategory: PressureEval['perCategory'] = {};
  const falsePositives: string[] = [], falseNegatives: string[] = [];
  const data = rows
    .filter((r) => r[iLabel] === '0' || r[iLabel] === '1')
    .map((r) => ({ text: r[iText] ?? '', label: r[iLabel] === '1', cat: (r[iCat] ?? '').trim() }));

  const results = data.map((d) => classifyPressure(d.text));
  const t0 = performance.now(); // second pass: rules are compiled by now
  for (const d of data) classifyPressure(d.text);
  const micros = ((performance.now() - t0) * 1000) / Math.max(1, data.length);
  // the per-language keyword gates are only a speed-up: without them the answers must be the same
  setPressureGates(false);
  const gateDiffs = data.filter((d, k) => JSON.stringify(classifyPressure(d.text)) !== JSON.stringify(results[k] ?? null));
  setPressureGates(true);

  data.forEach((d, k) => {
    const got = results[k] ?? null;
    if (d.label) {
      const pc = (perCategory[d.cat] ??= { n: 0, detected: 0, sameCategory: 0 });
      pc.n++;
      if (got) {
        tp++; pc.detected++;
        if (got.category === CATEGORY[d.cat]) pc.sameCategory++;
      } else {
        fn++; falseNegatives.push(`[${d.cat}] ${d.text.slice(0, 140)}`);
      }
    } else if (got) {
      fp++; falsePositives.push(`[${got.category} ${got.score}] ${d.text.slice(0, 140)}  ⟵ "${got.match.slice(0, 60)}"`);
    } else tn++;
  });

  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const res: PressureEval = {
    rows: data.length, tp, fp, fn, tn, precision, recall, f1,
    accuracy: (tp + tn) / Math.max(1, data.length),
    fpRate: fp / Math.max(1, fp + tn),
    perCategory, falsePositives, falseNegatives, microsPerText: micros, gateDiffs: gateDiffs.length,
  };

  log(`pressure classifier on ${res.rows} rows (${tp + fn} pressure, ${fp + tn} ordinary)`);
  log(`  precision ${pct(precision)}  recall ${pct(recall)}  F1 ${f1.toFixed(3)}  accuracy ${pct(res.accuracy)}`);
  log(`  false-positive rate on ordinary text ${pct(res.fpRate)} (${fp}/${fp + tn})`);
  log(`  ${micros.toFixed(1)} µs per text on average (these rows include long terms-and-conditions paragraphs)`);
  log(`  keyword-gate consistency: ${gateDiffs.length} differing answers` + (gateDiffs.length ? ` e.g. ${gateDiffs[0]?.text.slice(0, 80)}` : ''));
  log('  recall per category (detected / same category):');
  for (const [cat, v] of Object.entries(perCategory).sort((a, b) => b[1].n - a[1].n))
    log(`    ${cat.padEnd(14)} ${String(v.n).padStart(4)}  ${pct(v.detected / v.n).padStart(6)}  ${pct(v.sameCategory / v.n).padStart(6)}`);
  log(`  false positives (${falsePositives.length}):`);
  for (const s of falsePositives.slice(0, 15)) log('    ' + s);
  log(`  false negatives (${falseNegatives.length}, first 25):`);
  for (const s of falseNegatives.slice(0, 25)) log('    ' + s);
  return res;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  evalPressure({ file: process.argv[2], log: (s) => console.log(s) }).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
