/**
 * Jargon lexicons (one per language, see SOURCES.md) and a fast matcher. Pure TypeScript.
 *
 * Lexicon format (jargon-xx.ts default export): one entry per line, `term[,variant…]|plain alternative`;
 * lines starting with `#` name the source of the entries below them.
 *
 * Matching works on tokens (runs of letters, marks, digits; ZWNJ kept inside), compiled once per language
 * into a Map from the key of an entry's first word to its entries, so a page costs one pass and one or a few
 * Map look-ups per token. Tokens of a phrase may be separated only by spaces, hyphens or apostrophes.
 * - Case folding: toLowerCase, except Turkish (İ→i, I→ı before lower-casing) and U+0307 dropped.
 * - en, de, fr, es, it: both sides are reduced by a light suffix stemmer (en: -s/-es/-ies, -ed/-ied, -ing,
 *   final -e, doubled consonants; de: -e/-en/-er/-ern/-es/-em/-n/-s/-t/-te/-ten/-st/-est, twice; fr/es/it:
 *   common verb and plural endings), so utilized/utilizing/utilizes match "utilize". An English entry that is
 *   itself inflected ("particulars"), and a German lower-case non-verb (gemäß, seitens), match only as written. Over-stemming
 *   may join unrelated words with the same stem; entries are long enough that this is rare.
 * - de compounds: a single-word entry of 5+ letters also matches as the last part of a compound
 *   (Rechnungsanschrift → "anschrift"; the head of a German compound is its last part). Entries inside a
 *   compound's first part (Pflichtfeldangabe) are not found; listing such compounds explicitly is the fix.
 * - tr, fa (agglutinative / suffixing): a token matches an entry word it starts with, followed by up to 10
 *   (tr) or 4 (fa) more letters, when the entry word has 5+ letters (tr) or 3+ (fa), or when it is not the
 *   first word of the phrase (ibraz ediniz, tevdi edilir); shorter first words must match exactly. Turkish
 *   -mek/-mak infinitives are cut to the stem and final p/ç/t/k also match b/c/d/ğ (muhatap → muhatabı).
 *   Turkish â/î/û fold to a/i/u.
 * - fa: ZWNJ (U+200C), tatweel and harakat are removed, ي/ى/ئ → ی, ك → ک, and a separate می / نمی is
 *   joined to the next word, so می‌باشد, میباشد and می باشد are the same token.
 */
import en from './jargon-en';
import de from './jargon-de';
import tr from './jargon-tr';
import fa from './jargon-fa';
import fr from './jargon-fr';
import es from './jargon-es';
import it from './jargon-it';
import { unitClass } from '../text/unit-class';

export interface JargonHit {
  /** as found in the text */
  term: string;
  /** suggested plain alternative */
  plain: string;
  index: number;
}

const SOURCES: Record<string, string> = { en, de, tr, fa, fr, es, it };

interface Entry { keys: string[]; plain: string }
/** first: entries by their first word's key ('=' + word for words matched only as written); exact: those '=' lists by the word. */
interface Compiled {
  first: Map<string, Entry[]>;
  exact: Map<string, Entry[]>;
  heads: Map<string, Entry> | null;
  /** The last three letters of every heads key: a token ending otherwise holds none of them. */
  headEnds: Set<string> | null;
  prefix: boolean;
  /** The first two letters (code units) of every key of 2+ letters, as pair codes (pairOf), and whether a shorter key exists. */
  starts: Set<number>;
  shortKey: boolean;
}
/** key: the stemmed form, computed on first use (keyOf): most tokens are ruled out by their first letters. */
export interface Token { start: number; end: number; norm: string; key?: string }

/** The token's lookup key: its stem in languages with a stemmer, else the folded word. */
export function keyOf(t: Token, lang: string): string {
  const stem = STEM[lang];
  return (t.key ??= stem ? stem(t.norm) : t.norm);
}

function fold(s: string, lang: string): string {
  if (lang === 'tr') return s.replace(/İ/g, 'i').replace(/I/g, 'ı').toLowerCase().replace(/[âîû]/g, (c) => ({ â: 'a', î: 'i', û: 'u' })[c] ?? c);
  if (lang === 'fa') {
    return s.replace(/[\u200C\u0640\u064B-\u065F\u0670]/g, '').replace(/[يىئ]/g, 'ی').replace(/ك/g, 'ک').replace(/[أإ]/g, 'ا');
  }
  const l = s.toLowerCase();
  return l.includes('\u0307') ? l.replace(/\u0307/g, '') : l;
}

function undouble(s: string): string {
  const n = s.length;
  if (n <= 3) return s;
  const c = s.charCodeAt(n - 1);
  return c === s.charCodeAt(n - 2) && c !== 0x6c /* l */ && c !== 0x73 /* s */ && c !== 0x7a /* z */ ? s.slice(0, -1) : s;
}
/** Light English stemmer, on code units (tokens hold no line breaks, so '.' in its rules was any unit). */
function enStem(w: string): string {
  const n = w.length;
  if (n <= 3) return w;
  let s = w;
  const last = w.charCodeAt(n - 1);
  // ...ies / ...ied -> ...y; else a plural -s that does not follow s, i or u.
  if (n >= 6 && (last === 0x73 || last === 0x64) && w.charCodeAt(n - 2) === 0x65 && w.charCodeAt(n - 3) === 0x69) s = w.slice(0, -3) + 'y';
  else if (last === 0x73) {
    const before = w.charCodeAt(n - 2);
    if (before !== 0x73 && before !== 0x69 && before !== 0x75) s = w.slice(0, -1);
  }
  if (s.endsWith('eed')) s = s.slice(0, -1);
  else if (s.length >= 6 && s.endsWith('ing')) s = undouble(s.slice(0, -3));
  else if (s.length >= 5 && s.endsWith('ed')) s = undouble(s.slice(0, -2));
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}
function suffixStemmer(list: string, min: number, passes: number): (w: string) => string {
  const sufs = list.split(' ').sort((a, b) => b.length - a.length);
  // Only suffixes ending in the word's last letter can match: grouped by it, longest first as in the list.
  const byLast = new Map<number, string[]>();
  for (const x of sufs) {
    const group = byLast.get(x.charCodeAt(x.length - 1));
    if (group) group.push(x);
    else byLast.set(x.charCodeAt(x.length - 1), [x]);
  }
  return (w) => {
    let s = w;
    for (let p = 0; p < passes; p++) {
      const suf = byLast.get(s.charCodeAt(s.length - 1))?.find((x) => s.endsWith(x) && s.length - x.length >= min);
      if (!suf) break;
      s = s.slice(0, -suf.length);
    }
    return s;
  };
}
const STEM: Record<string, (w: string) => string> = {
  en: enStem,
  de: suffixStemmer('ern en er es em e n s ten te t st est', 4, 2),
  fr: suffixStemmer('ements ement ées ée és ent ons ez er ir re es é e s x', 3, 1),
  es: suffixStemmer('amos emos imos ando iendo ados adas idos idas ado ada ido ida ar er ir an en as es os a e o s', 3, 1),
  it: suffixStemmer('iamo ando endo ato ata ati ate ito ita iti ite are ere ire ano ono i e a o', 3, 1),
};
const PREFIX_MIN: Record<string, number> = { tr: 5, fa: 3 };
const MAX_SUFFIX: Record<string, number> = { tr: 10, fa: 4 };
const SOFT: Record<string, string> = { p: 'b', ç: 'c', t: 'd', k: 'ğ' };

/** A token character: letter, mark, digit or ZWNJ (tokens are the longest runs of them). */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}\u200C]$/u;
const GAP = /^[\s\-‐'’]{1,3}$/;
/** Code units (1, or 2 for a surrogate pair) of the token character at i; 0 when there is none. */
const wordCharAt = unitClass(WORD_CHAR);

/** wordCharAt, with ASCII answered inline (letters and digits are the only ASCII token characters). */
function tokenCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    const l = c | 0x20;
    return (c >= 48 && c <= 57) || (l >= 97 && l <= 122) ? 1 : 0;
  }
  return wordCharAt(text, i);
}

/** Where the tokens of a text are (the longest runs of token characters), flat: start, end, start, end, … */
function tokenRanges(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    let w = tokenCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += w;
    while (i < n && (w = tokenCharAt(text, i)) !== 0);
    out.push(start, i);
  }
  return out;
}

/** Tokens of a text: longest runs of letters, marks, digits and ZWNJ, folded and stemmed for `lang`. */
export function tokenize(text: string, lang: string): Token[] {
  const out: Token[] = [];
  const ranges = tokenRanges(text);
  for (let k = 0; k < ranges.length; k += 2) {
    const start = ranges[k]!;
    const end = ranges[k + 1]!;
    const norm = fold(text.slice(start, end), lang);
    const prev = out[out.length - 1];
    // Persian: a detached verbal prefix belongs to the next word (می شود = می‌شود).
    if (lang === 'fa' && prev && (prev.norm === 'می' || prev.norm === 'نمی') && /^\s+$/.test(text.slice(prev.end, start))) {
      prev.norm += norm;
      prev.key = prev.norm;
      prev.end = end;
      continue;
    }
    out.push({ start, end, norm });
  }
  return out;
}

/**
 * A token of a language folded by lower-casing alone (not tr, not fa), whose folded form is made only when
 * asked: most tokens are ruled out by their first two letters (firstPair), read from the text itself.
 */
class LazyToken implements Token {
  key?: string;
  private folded: string | undefined;
  constructor(private readonly text: string, public start: number, public end: number, private readonly lang: string) {}
  get norm(): string {
    return (this.folded ??= fold(this.text.slice(this.start, this.end), this.lang));
  }
  set norm(v: string) {
    this.folded = v;
  }
  /**
   * pairOf(this.norm), without folding when the first two code units are ASCII: lower-casing maps an ASCII
   * character by itself (no context, no length change), and the characters after them cannot move them.
   */
  firstPair(): number {
    const { text, start } = this;
    if (this.folded === undefined && this.end - start >= 2) {
      const a = text.charCodeAt(start), b = text.charCodeAt(start + 1);
      if (a < 0x80 && b < 0x80) return (a >= 65 && a <= 90 ? a + 32 : a) * 65536 + (b >= 65 && b <= 90 ? b + 32 : b);
    }
    return pairOf(this.norm);
  }
}

/** Languages whose fold() is lower-casing (and dropping U+0307): their tokens can be folded lazily. */
const LAZY = new Set(['en', 'de', 'fr', 'es', 'it']);
let lazy = true;
/** For tests only: fold every token up front (tokenize), as before LazyToken; results must not change. */
export function setJargonLazyTokens(on: boolean): void {
  lazy = on;
}

/** tokenize(text, lang) for a LAZY language, with LazyTokens. */
function lazyTokens(text: string, lang: string): LazyToken[] {
  const out: LazyToken[] = [];
  const ranges = tokenRanges(text);
  for (let k = 0; k < ranges.length; k += 2) out.push(new LazyToken(text, ranges[k]!, ranges[k + 1]!, lang));
  return out;
}

const firstPairOf = (tok: Token): number => (tok instanceof LazyToken ? tok.firstPair() : pairOf(tok.norm));

/** Keys an entry word may be found under (tr: infinitive cut, softened final consonant). */
function wordKeys(w: string, lang: string, last: boolean): string[] {
  if (lang !== 'tr') return [w];
  const k = last && w.length > 4 ? w.replace(/m[ae]k$/, '') : w;
  const soft = SOFT[k[k.length - 1] ?? ''];
  return soft ? [k, k.slice(0, -1) + soft] : [k];
}

/**
 * Entry words matched only as written: English words that are already inflected (particulars, accorded), and
 * German lower-case words that are not verbs (gemäß, seitens, zwecks: stemming them would catch seit, Zweck).
 */
function exactWord(raw: string, t: Token, lang: string): boolean {
  if (lang === 'en') return keyOf(t, lang) !== t.norm && keyOf(t, lang) + 'e' !== t.norm;
  return lang === 'de' && raw[0] !== raw[0]?.toUpperCase() && !/n$/.test(t.norm);
}

const cache = new Map<string, Compiled>();
function compile(lang: string): Compiled | null {
  const hit = cache.get(lang);
  if (hit) return hit;
  const src = SOURCES[lang];
  if (src === undefined) return null;
  const prefix = lang in PREFIX_MIN;
  const c: Compiled = { first: new Map(), exact: new Map(), heads: lang === 'de' ? new Map() : null, headEnds: lang === 'de' ? new Set() : null, prefix, starts: new Set(), shortKey: false };
  const add = (key: string, e: Entry) => {
    const list = c.first.get(key);
    if (list) list.push(e);
    else c.first.set(key, [e]);
  };
  for (const line of src.split('\n')) {
    const bar = line.indexOf('|');
    if (bar < 0 || line.startsWith('#')) continue;
    const plain = line.slice(bar + 1).trim();
    for (const term of line.slice(0, bar).split(',')) {
      const toks = tokenize(term, lang);
      if (!toks.length) continue;
      // An English entry word that is itself inflected (accorded, particulars) matches only as written
      // ('=' key), so that it does not catch its base word (according, particular).
      const variants = toks.map((t, i) =>
        prefix ? wordKeys(t.norm, lang, i === toks.length - 1)
          : [exactWord(term.slice(t.start, t.end), t, lang) ? '=' + t.norm : keyOf(t, lang)]);
      const keys = variants.map((v) => v[0] as string);
      // Extra keys (softened forms) are kept on the entry as alternatives separated by '\t'.
      const e: Entry = { keys: variants.map((v) => v.join('\t')), plain };
      for (const k of variants[0] ?? []) add(k, e);
      if (lang === 'fa' && keys.length > 1) add(keys.join(''), { keys: [keys.join('')], plain });
      if (c.heads && keys.length === 1 && (keys[0] as string).length >= 5) {
        c.heads.set(keys[0] as string, e);
        c.headEnds!.add((keys[0] as string).slice(-3));
      }
    }
  }
  for (const list of c.first.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  for (const [key, list] of c.first) if (key.startsWith('=')) c.exact.set(key.slice(1), list);
  for (const key of c.first.keys()) {
    if (key.length < 2) c.shortKey = true;
    else c.starts.add(pairOf(key));
  }
  // Words matched only as written are looked up by the word: their first two letters count too.
  for (const word of c.exact.keys()) {
    if (word.length < 2) c.shortKey = true;
    else c.starts.add(pairOf(word));
  }
  cache.set(lang, c);
  return c;
}

/** A word's first two code units as one number (-1 for a shorter word): the key of Compiled.starts, read without a slice. */
function pairOf(w: string): number {
  return w.length < 2 ? -1 : w.charCodeAt(0) * 65536 + w.charCodeAt(1);
}

function wordMatches(tok: Token, key: string, lang: string, c: Compiled, first: boolean): boolean {
  // Most keys have no alternatives: test the one without splitting.
  if (!c.prefix && !key.includes('\t')) return keyOf(tok, lang) === key || '=' + tok.norm === key;
  for (const k of key.split('\t')) {
    if (keyOf(tok, lang) === k || '=' + tok.norm === k) return true;
    if (c.prefix && tok.norm.startsWith(k) && tok.norm.length - k.length <= (MAX_SUFFIX[lang] ?? 0) &&
      (!first || k.length >= (PREFIX_MIN[lang] ?? 99))) return true;
  }
  return false;
}

function matchAt(toks: Token[], i: number, text: string, lang: string, c: Compiled): { n: number; e: Entry } | null {
  const tok = toks[i] as Token;
  let cands: Entry[] | undefined;
  if (c.prefix) {
    // Every key looked up below is a prefix of the token: none can be when no key starts with its first two letters.
    if (!c.shortKey && !c.starts.has(firstPairOf(tok))) return null;
    for (let L = tok.norm.length; L >= Math.max(1, tok.norm.length - (MAX_SUFFIX[lang] ?? 0)); L--) {
      const list = c.first.get(tok.norm.slice(0, L));
      if (list) cands = cands ? cands.concat(list) : list;
    }
  } else {
    // Most tokens are no entry's first word. A stem keeps the word's first two letters (stemmers cut endings
    // and leave 2+ letters), so a token whose first two letters begin no key and no as-written word has none.
    if (!c.shortKey && !c.starts.has(firstPairOf(tok))) return null;
    const stemmed = c.first.get(keyOf(tok, lang));
    const exact = c.exact.get(tok.norm);
    cands = stemmed && exact ? stemmed.concat(exact) : stemmed ?? exact;
  }
  if (!cands) return null;
  let best: { n: number; e: Entry } | null = null;
  for (const e of cands) {
    const n = e.keys.length;
    if (best && best.n >= n) continue;
    if (i + n > toks.length) continue;
    let ok = true;
    for (let j = 0; j < n && ok; j++) {
      const t = toks[i + j] as Token;
      if (j > 0 && !GAP.test(text.slice((toks[i + j - 1] as Token).end, t.start))) ok = false;
      else ok = wordMatches(t, e.keys[j] as string, lang, c, j === 0);
    }
    if (ok) best = { n, e };
  }
  return best;
}

/** Jargon terms in a text with plain alternatives, in text order; [] for languages without a lexicon. */
const langs = new Map<string, string>();
export function findJargon(text: string, lang: string): JargonHit[] {
  let l = langs.get(lang);
  if (l === undefined) {
    l = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (langs.size < 64) langs.set(lang, l);
  }
  const c = compile(l);
  if (!c || !text) return [];
  const toks: Token[] = lazy && LAZY.has(l) ? lazyTokens(text, l) : tokenize(text, l);
  const hits: JargonHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const m = matchAt(toks, i, text, l, c);
    const tok = toks[i] as Token;
    if (m) {
      const end = (toks[i + m.n - 1] as Token).end;
      hits.push({ term: text.slice(tok.start, end), plain: m.e.plain, index: tok.start });
      i += m.n - 1;
      continue;
    }
    const key = c.heads ? keyOf(tok, l) : '';
    if (c.heads && key.length > 5 && c.headEnds!.has(key.slice(-3))) {
      // German compound whose last part is an entry: the original token has the same length when lower-cased.
      for (let p = 1; p <= key.length - 5; p++) {
        const e = c.heads.get(key.slice(p));
        if (e) {
          hits.push({ term: text.slice(tok.start + p, tok.end), plain: e.plain, index: tok.start + p });
          break;
        }
      }
    }
  }
  return hits;
}

/** Number of entries (lines) in a language's lexicon; 0 when there is none. */
export function lexiconSize(lang: string): number {
  const src = SOURCES[lang];
  return src ? src.split('\n').filter((l) => l.includes('|') && !l.startsWith('#')).length : 0;
}
