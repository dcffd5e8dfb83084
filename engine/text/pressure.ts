/**
 * Pressure-tactic (dark pattern) text classifier, after Mathur et al. 2019 ("Dark Patterns at Scale").
 *
 * Hand-written multilingual phrase rules (engine/lexicon/pressure*.ts), no trained model: each rule gives a
 * category and a weight; weights of the rules that fire in one category are combined (noisy-or) and the
 * strongest category wins if it reaches 0.5. Text is folded first (lower case, no diacritics, Persian and
 * Arabic-Indic digits → ASCII) so one pattern covers "Ürün"/"urun", "۲"/"2", "می‌شود"/"می شود".
 */
import { EN, EN_GATE } from '../lexicon/pressure-en';
import { DE, DE_GATE } from '../lexicon/pressure-de';
import { TR, TR_GATE } from '../lexicon/pressure-tr';
import { FR, FR_GATE } from '../lexicon/pressure-fr';
import { ES, ES_GATE } from '../lexicon/pressure-es';
import { IT, IT_GATE } from '../lexicon/pressure-it';
import { FA, FA_GATE } from '../lexicon/pressure-fa';
import { MACROS, PRESSURE_CATEGORIES, UNIVERSAL, UNIVERSAL_GATE, type PressureRule } from '../lexicon/pressure';

export type PressureCategory = (typeof PRESSURE_CATEGORIES)[number];
export interface PressureMatch {
  category: PressureCategory;
  score: number /* 0..1 */;
  /** the matched part of the text */
  match: string;
}

/** Below this combined score nothing is reported; weaker rules only reinforce stronger ones. */
const THRESHOLD = 0.5;
/** Longer blocks are cut: pressure messages are short, and the cost must stay linear and small. */
const MAX_LEN = 2000;
/**
 * Pressure messages are short (a badge, a banner, a button). In a long block (an article, a review, terms)
 * the same words are usually editorial ("skills in high demand"), so there the short-message categories
 * count for less; the categories that live in terms and conditions (sneaking, obstruction, forced action) do not.
 */
const LONG = 200;
const LONG_FACTOR = 0.6;
const SHORT_CATEGORIES = new Set([0, 1, 2, 3]);

// ---------------------------------------------------------------- folding

const SPECIAL: Record<string, string> = {
  'ı': 'i', 'ß': 'ss', 'ẞ': 'ss', 'ø': 'o', 'Ø': 'o', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ł': 'l', 'Ł': 'l', 'đ': 'd',
  '’': "'", '‘': "'", '´': "'", '`': "'", 'ʼ': "'", '′': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"',
  '–': '-', '—': '-', '−': '-', '‑': '-', '‐': '-',
  'ي': 'ی', 'ى': 'ی', 'ك': 'ک', '٫': '.', '٬': ',', '\u200c': ' ',
  '\u200b': '', '\u200d': '', '\u00ad': '', '\ufeff': '', 'ـ': '', '\u2060': '',
};
for (let d = 0; d < 10; d++) {
  SPECIAL[String.fromCharCode(0x06f0 + d)] = String(d); // Persian ۰-۹
  SPECIAL[String.fromCharCode(0x0660 + d)] = String(d); // Arabic-Indic ٠-٩
}
const MARKS = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/g;
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  let out = cache.get(ch);
  if (out !== undefined) return out;
  out = '';
  for (const c of ch.normalize('NFKD').replace(MARKS, '').toLowerCase()) out += SPECIAL[c] ?? c;
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

const SPACE = /\s/;

const ASCII = /^[\x00-\x7f]*$/;

/** Folded text (lower case, no diacritics, ASCII digits, single spaces, trimmed). */
function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return foldMapped(text).s;
}

/** Same as fold(), plus for each folded character the index of the original character it came from. */
function foldMapped(text: string): { s: string; at: number[] } {
  let s = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const n = code > 0xffff ? 2 : 1;
    const f = code < 0x80 ? (text[i] ?? '').toLowerCase() : foldChar(text.slice(i, i + n));
    for (const c of f) {
      if (SPACE.test(c)) {
        if (s.length === 0 || s.endsWith(' ')) continue;
        s += ' ';
      } else s += c;
      at.push(i);
    }
    i += n;
  }
  if (s.endsWith(' ')) {
    s = s.slice(0, -1);
    at.pop();
  }
  return { s, at };
}

// ---------------------------------------------------------------- rules

interface Compiled {
  cat: number;
  w: number;
  re: RegExp;
  unless: RegExp | null;
}

function source(src: string): string {
  return src
    .replace(/\{([A-Z])\}/g, (_, k: string) => MACROS[k] ?? `{${k}}`)
    .replace(/[^\x00-\x7f]/g, (c) => foldChar(c));
}

function compile(rules: readonly PressureRule[]): Compiled[] {
  return rules.map(([cat, w, src, unless]) => ({
    cat,
    w: w / 100,
    re: new RegExp(source(src)),
    unless: unless ? new RegExp(source(unless)) : null,
  }));
}

type Script = 'latin' | 'arabic' | 'any';
interface RuleSet { lang: string; script: Script; raw: readonly PressureRule[]; gateSrc: string; rules?: Compiled[]; gate?: RegExp }

const SETS: RuleSet[] = [
  { lang: '*', script: 'any', raw: UNIVERSAL, gateSrc: UNIVERSAL_GATE },
  { lang: 'en', script: 'latin', raw: EN, gateSrc: EN_GATE },
  { lang: 'de', script: 'latin', raw: DE, gateSrc: DE_GATE },
  { lang: 'tr', script: 'latin', raw: TR, gateSrc: TR_GATE },
  { lang: 'fr', script: 'latin', raw: FR, gateSrc: FR_GATE },
  { lang: 'es', script: 'latin', raw: ES, gateSrc: ES_GATE },
  { lang: 'it', script: 'latin', raw: IT, gateSrc: IT_GATE }, // Italian and Dutch
  { lang: 'fa', script: 'arabic', raw: FA, gateSrc: FA_GATE },
];

/** Languages with their own phrase rules; English rules always run (shops mix English widgets into any page). */
export const PRESSURE_LANGS = ['en', 'de', 'tr', 'fr', 'es', 'it', 'nl', 'fa'] as const;

let useGates = true;
/** For measurement only: run every rule set even when its cheap keyword gate fails (results must not change). */
export function setPressureGates(on: boolean): void {
  useGates = on;
}

function rulesOf(set: RuleSet): Compiled[] {
  return (set.rules ??= compile(set.raw));
}
function gateOf(set: RuleSet): RegExp {
  return (set.gate ??= new RegExp(source(set.gateSrc)));
}

const ANY_LETTER_OR_DIGIT = /[a-z0-9\u0621-\u06ff]/;
const LATIN = /[a-z]/;
const ARABIC = /[\u0621-\u06ff]/;

/**
 * Classifies one text block (a line, a badge, a button label, a paragraph) as a pressure tactic, or null.
 * `lang` (BCP 47, e.g. the page's `lang`) is accepted but not needed: the rules of every supported language
 * run, because page languages are often mislabelled and shops mix languages (English widgets on a Turkish
 * shop); each language's rules are skipped cheaply when the text has none of its key words.
 */
export function classifyPressure(text: string, _lang?: string): PressureMatch | null {
  if (!text) return null;
  const input = text.length > MAX_LEN ? text.slice(0, MAX_LEN) : text;
  const s = fold(input);
  if (s.length < 2 || !ANY_LETTER_OR_DIGIT.test(s)) return null;
  const latin = LATIN.test(s);
  const arabic = ARABIC.test(s);
  const long = s.length > LONG;

  const miss = new Array<number>(PRESSURE_CATEGORIES.length).fill(1);
  const start = new Array<number>(PRESSURE_CATEGORIES.length).fill(-1);
  const end = new Array<number>(PRESSURE_CATEGORIES.length).fill(-1);
  for (const set of SETS) {
    if ((set.script === 'latin' && !latin) || (set.script === 'arabic' && !arabic)) continue;
    if (useGates && !gateOf(set).test(s)) continue;
    for (const r of rulesOf(set)) {
      const m = r.re.exec(s);
      if (!m || (r.unless && r.unless.test(s))) continue;
      const w = long && SHORT_CATEGORIES.has(r.cat) ? r.w * LONG_FACTOR : r.w;
      miss[r.cat] = (miss[r.cat] ?? 1) * (1 - w);
      const a = m.index, b = m.index + m[0].length;
      const sa = start[r.cat] ?? -1;
      if (sa < 0 || a < sa) start[r.cat] = a;
      if (b > (end[r.cat] ?? -1)) end[r.cat] = b;
    }
  }

  let best = -1, bestScore = 0;
  for (let c = 0; c < miss.length; c++) {
    const score = 1 - (miss[c] ?? 1);
    if (score > bestScore + 1e-9) { best = c; bestScore = score; }
  }
  if (best < 0 || bestScore < THRESHOLD) return null;
  const a = start[best] ?? 0, b = end[best] ?? s.length;
  const { at } = foldMapped(input);
  const from = at[a] ?? 0;
  const to = b < at.length ? (at[b] ?? input.length) : input.length;
  return {
    category: PRESSURE_CATEGORIES[best] ?? 'urgency',
    score: Math.round(Math.min(bestScore, 0.99) * 100) / 100,
    match: text.slice(from, to).trim() || text.trim(),
  };
}
