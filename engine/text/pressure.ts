/**
 * Pressure-tactic (dark pattern) text classifier, after Mathur et al. 2019 ("Dark Patterns at Scale").
 *
 * Hand-written multilingual phrase rules (engine/lexicon/pressure*.ts), no trained model: each rule gives a
 * category and a weight; weights of the rules that fire in one category are combined (noisy-or) and the
 * strongest category wins if it reaches 0.5. Text is folded first (lower case, no diacritics, Persian and
 * Arabic-Indic digits → ASCII) so one pattern covers "Ürün"/"urun", "۲"/"2", "می‌شود"/"می شود".
 * Speed: one pass over the folded text (an n-gram filter, engine/text/literal-filter.ts) rules out every
 * gate and rule whose required strings the text lacks, so a typical text runs a handful of patterns, not 200.
 */
import { EN, EN_GATE } from '../lexicon/pressure-en';
import { DE, DE_GATE } from '../lexicon/pressure-de';
import { TR, TR_GATE } from '../lexicon/pressure-tr';
import { FR, FR_GATE } from '../lexicon/pressure-fr';
import { ES, ES_GATE } from '../lexicon/pressure-es';
import { IT, IT_GATE } from '../lexicon/pressure-it';
import { FA, FA_GATE } from '../lexicon/pressure-fa';
import { MACROS, PRESSURE_CATEGORIES, UNIVERSAL, UNIVERSAL_GATE, type PressureRule } from '../lexicon/pressure';
import { NgramFilter, requiredLiteralsOf } from './literal-filter';
import { isSpaceCode } from './space';
import { PRESSURE_REQUIRED, PRESSURE_REQUIRED_KEY } from './pressure-required';

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

/** Folded form of each non-ASCII code point met so far (foldChar of it), by code point. */
const foldedCodes = new Map<number, string>();
function foldAt(text: string, i: number, code: number, n: number): string {
  let f = foldedCodes.get(code);
  if (f === undefined) {
    f = foldChar(text.slice(i, i + n));
    if (foldedCodes.size < 8192) foldedCodes.set(code, f);
  }
  return f;
}

const ASCII = /^[\x00-\x7f]*$/;
/** In ASCII text: whitespace that /\s+/ → ' ' would change (two in a row, or other than a space). */
const RUN_OR_CONTROL_SPACE = /\s\s|[\t\n\v\f\r]/;

/** Whether the text of the last fold() call was all ASCII (its folded text then holds no Arabic letter). */
let foldedAscii = false;

/** Folded text (lower case, no diacritics, ASCII digits, single spaces, trimmed). */
export function fold(text: string): string {
  foldedAscii = ASCII.test(text);
  if (foldedAscii) {
    const lower = text.toLowerCase();
    // Page texts are mostly collapsed already: the replace is then a no-op and costs more than this test.
    return (RUN_OR_CONTROL_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower).trim();
  }
  // foldMapped(text).s, without the index map
  let s = '';
  let skip = true; // at the start or after a space: a space adds nothing
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32 || (code >= 9 && code <= 13)) {
        if (!skip) { s += ' '; skip = true; }
      } else {
        s += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
        skip = false;
      }
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? code;
    const n = cp > 0xffff ? 2 : 1;
    const f = foldAt(text, i, cp, n);
    for (let k = 0; k < f.length; k++) {
      if (isSpaceCode(f.charCodeAt(k))) {
        if (!skip) { s += ' '; skip = true; }
      } else {
        s += f[k];
        skip = false;
      }
    }
    i += n;
  }
  return skip && s.length > 0 ? s.slice(0, -1) : s;
}

/** Same as fold(), plus for each folded character the index of the original character it came from. */
export function foldMapped(text: string): { s: string; at: number[] } {
  let s = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const n = code > 0xffff ? 2 : 1;
    const f = code < 0x80 ? (text[i] ?? '').toLowerCase() : foldAt(text, i, code, n);
    for (const c of f) {
      if (isSpaceCode(c.charCodeAt(0))) {
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
  /** Filter set of strings one of which every text `re` matches contains (-1: none, always run `re`). */
  need: number;
}

function source(src: string): string {
  return src
    .replace(/\{([A-Z])\}/g, (_, k: string) => MACROS[k] ?? `{${k}}`)
    .replace(/[^\x00-\x7f]/g, (c) => foldChar(c));
}

type Script = 'latin' | 'arabic' | 'any';
interface RuleSet { lang: string; script: Script; raw: readonly PressureRule[]; gateSrc: string }
interface Prepared { script: Script; rules: Compiled[]; gate: RegExp; gateNeed: number }

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
let useFilters = true;
/**
 * For tests only: run every pattern even when none of its required strings is in the text. The required
 * strings are derived from the patterns themselves (engine/text/literal-filter.ts), so results must not change.
 */
export function setPressureFilters(on: boolean): void {
  useFilters = on;
}

let prepared: Prepared[] | null = null;
let filter: NgramFilter | null = null;

/** Required strings are cut to this length: still selective, and a smaller table and filter. */
const REQUIRED_LENGTH = 6;

/** The folded pattern sources of every rule set, in order: its gate, then its rules. */
export function pressureSources(): string[] {
  return SETS.flatMap((set) => [source(set.gateSrc), ...set.raw.map((r) => source(r[2]))]);
}

/** For each of pressureSources(): strings one of which every text it matches contains (slow: a stored copy is used). */
export function derivePressureRequired(sources: readonly string[]): (string[] | null)[] {
  return requiredLiteralsOf(sources, REQUIRED_LENGTH);
}

/** A fingerprint of the sources (two 32-bit FNV-1a hashes and the length), to know the stored copy is theirs. */
export function pressureSourcesKey(sources: readonly string[]): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193, n = 0;
  for (const src of sources) {
    for (let i = 0; i < src.length; i++) {
      const c = src.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h1 = Math.imul(h1 ^ 0xffff, 0x01000193);
    h2 = Math.imul(h2 ^ 0xffff, 0x5bd1e995);
    n += src.length + 1;
  }
  return `${(h1 >>> 0).toString(36)}-${(h2 >>> 0).toString(36)}-${n}`;
}

/**
 * Compiles every rule set once, with one n-gram filter that rules out, after a single pass over a text, the
 * gates and rules that cannot match it. Their required strings come from engine/text/pressure-required.ts
 * (written by `npx tsx cli/gen-pressure-required.ts` from the same analysis) when it was made from these
 * very patterns, else they are derived here (correct too, only slower to start).
 */
function prepare(): Prepared[] {
  if (prepared) return prepared;
  const sources = pressureSources();
  const reqs = pressureSourcesKey(sources) === PRESSURE_REQUIRED_KEY ? PRESSURE_REQUIRED : derivePressureRequired(sources);
  const f = new NgramFilter(reqs);
  let k = 0;
  prepared = SETS.map((set) => {
    const gateNeed = reqs[k] ? k : -1;
    const gate = new RegExp(sources[k++]!);
    const rules = set.raw.map(([cat, w, , unless]) => {
      const need = reqs[k] ? k : -1;
      return { cat, w: w / 100, re: new RegExp(sources[k++]!), unless: unless ? new RegExp(source(unless)) : null, need };
    });
    return { script: set.script, gate, gateNeed, rules };
  });
  filter = f;
  return prepared;
}

const ANY_LETTER_OR_DIGIT = /[a-z0-9\u0621-\u06ff]/;
const LATIN = /[a-z]/;
const ARABIC = /[\u0621-\u06ff]/;

const N_CATEGORIES = PRESSURE_CATEGORIES.length;
const miss = new Float64Array(N_CATEGORIES);
const start = new Int32Array(N_CATEGORIES);
const end = new Int32Array(N_CATEGORIES);

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
  const arabic = !foldedAscii && ARABIC.test(s);
  const long = s.length > LONG;

  const sets = prepare();
  const f = filter!;
  f.scan(s);
  const filters = useFilters;
  // Categories some rule matched (bit per category): only their miss/start/end are set, and read.
  let touched = 0;
  for (const set of sets) {
    if ((set.script === 'latin' && !latin) || (set.script === 'arabic' && !arabic)) continue;
    if (useGates && ((filters && set.gateNeed >= 0 && !f.mayContain(set.gateNeed)) || !set.gate.test(s))) continue;
    for (const r of set.rules) {
      if (filters && r.need >= 0 && !f.mayContain(r.need)) continue;
      const m = r.re.exec(s);
      if (!m || (r.unless && r.unless.test(s))) continue;
      const w = long && SHORT_CATEGORIES.has(r.cat) ? r.w * LONG_FACTOR : r.w;
      if ((touched & (1 << r.cat)) === 0) {
        touched |= 1 << r.cat;
        miss[r.cat] = 1;
        start[r.cat] = -1;
        end[r.cat] = -1;
      }
      miss[r.cat] = miss[r.cat]! * (1 - w);
      const a = m.index, b = m.index + m[0].length;
      const sa = start[r.cat]!;
      if (sa < 0 || a < sa) start[r.cat] = a;
      if (b > end[r.cat]!) end[r.cat] = b;
    }
  }

  if (touched === 0) return null;
  let best = -1, bestScore = 0;
  for (let c = 0; c < N_CATEGORIES; c++) {
    if ((touched & (1 << c)) === 0) continue;
    const score = 1 - miss[c]!;
    if (score > bestScore + 1e-9) { best = c; bestScore = score; }
  }
  if (best < 0 || bestScore < THRESHOLD) return null;
  const a = start[best]!, b = end[best]!;
  const { at } = foldMapped(input);
  const from = at[a] ?? 0;
  const to = b < at.length ? (at[b] ?? input.length) : input.length;
  return {
    category: PRESSURE_CATEGORIES[best] ?? 'urgency',
    score: Math.round(Math.min(bestScore, 0.99) * 100) / 100,
    match: text.slice(from, to).trim() || text.trim(),
  };
}
