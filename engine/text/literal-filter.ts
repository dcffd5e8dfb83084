/**
 * Cheap necessary conditions for regular expressions, so that a classifier with hundreds of patterns runs
 * only the few that could match a text.
 *
 * requiredLiterals(source) reads a RegExp source (no flags: case-sensitive, UTF-16 code units) and returns
 * strings of which at least one occurs in every text the pattern matches, or null when it finds none worth
 * checking. It over-approximates what the pattern can match (a lookaround matches "", a word boundary
 * matches "", a character class any of its characters), so the condition is always necessary: a text that
 * contains none of the strings cannot match, and skipping the pattern for it changes no result.
 *
 * NgramFilter checks many such string sets against one text after a single pass over it: it can say "none of
 * these strings is in the text" or "one is" (then the pattern itself decides).
 */

/**
 * What a part of a pattern can match. `exact`: a superset of the strings it matches, without duplicates
 * (null: too many, or unbounded). `req`: strings one of which occurs in every match (null: none known), and
 * `score`, how selective they are (see weight()).
 */
interface Info {
  readonly exact: readonly string[] | null;
  readonly req: readonly string[] | null;
  readonly score: number;
}

const MAX_EXACT = 64;
const MAX_REQ = 512;
/** A requirement is used only if its weakest string scores at least this (see weight()). */
const MIN_SCORE = 1.5;
const DIGITS = '0123456789';

/** How selective a string is as a requirement: its length; one letter or a space is nearly always there. */
function weight(s: string): number {
  if (s.length !== 1) return s.length;
  const c = s.charCodeAt(0);
  return (c >= 97 && c <= 122) || c === 32 ? 0.5 : 1.5;
}

function fromExact(exact: readonly string[]): Info {
  let score = Infinity;
  for (const s of exact) {
    if (s === '') return { exact, req: null, score: 0 };
    score = Math.min(score, weight(s));
  }
  return { exact, req: exact, score };
}

const EMPTY: Info = { exact: [''], req: null, score: 0 };
const ANY: Info = { exact: null, req: null, score: 0 };

function dedupe(list: string[]): string[] {
  return list.length > 1 ? [...new Set(list)] : list;
}

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  if (a.length === 1 && b.length === 1) return [a[0]! + b[0]!];
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return dedupe(out);
}

/** Sorted, without duplicates, and without strings that start with another member (that one is enough). */
function minimize(strings: readonly string[]): string[] {
  const sorted = [...new Set(strings)].sort();
  const out: string[] = [];
  for (const s of sorted) if (out.length === 0 || !s.startsWith(out[out.length - 1]!)) out.push(s);
  return out;
}

/** Position of the `)` closing each `(` (-1 elsewhere); throws on unbalanced groups. */
function closers(src: string): Int32Array {
  const close = new Int32Array(src.length).fill(-1);
  const open: number[] = [];
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') open.push(i);
    else if (c === ')') {
      const o = open.pop();
      if (o === undefined) throw new Error('unbalanced )');
      close[o] = i;
    }
  }
  if (open.length || inClass) throw new Error('unbalanced ( or [');
  return close;
}

class Parser {
  i = 0;
  private readonly close: Int32Array;
  /** `groups` is shared by the patterns of one batch: macros repeat the same groups in many patterns. */
  constructor(readonly src: string, private readonly groups: Map<string, Info>) {
    this.close = closers(src);
  }

  alternation(): Info {
    const first = this.sequence();
    if (this.src[this.i] !== '|') return first;
    const branches: Info[] = [first];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    let exact: string[] | null = [];
    let req: string[] | null = [];
    let score = Infinity;
    for (const b of branches) {
      if (exact && b.exact && exact.length + b.exact.length <= MAX_EXACT) exact.push(...b.exact);
      else exact = null;
      if (req && b.req && req.length + b.req.length <= MAX_REQ) {
        req.push(...b.req);
        score = Math.min(score, b.score);
      } else req = null;
    }
    return { exact: exact && dedupe(exact), req, score: req ? score : 0 };
  }

  sequence(): Info {
    let whole: readonly string[] | null = [''];
    let run: readonly string[] | null = null;
    let best: readonly string[] | null = null;
    let bestScore = 0;
    const consider = (req: readonly string[] | null, score: number): void => {
      if (req && (score > bestScore || (score === bestScore && best && req.length < best.length))) {
        best = req;
        bestScore = score;
      }
    };
    // Runs of parts with known strings: their concatenations are more selective than any one part.
    const endRun = (): void => {
      if (run) {
        const r = fromExact(run);
        consider(r.req, r.score);
      }
      run = null;
    };
    const src = this.src;
    while (this.i < src.length && src[this.i] !== '|' && src[this.i] !== ')') {
      const it = this.quantified();
      consider(it.req, it.score);
      if (whole) whole = it.exact ? product(whole, it.exact) : null;
      if (!it.exact) {
        endRun();
        continue;
      }
      const next: readonly string[] | null = run ? product(run, it.exact) : it.exact;
      if (next) run = next;
      else {
        endRun();
        run = it.exact;
      }
    }
    endRun();
    if (whole) {
      const w = fromExact(whole);
      consider(w.req, w.score);
      return { exact: whole, req: best, score: bestScore };
    }
    return { exact: null, req: best, score: bestScore };
  }

  quantified(): Info {
    const atom = this.atom();
    const src = this.src;
    const c = src[this.i];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.i, this.i + 24));
      if (!m) return atom; // a literal "{" follows
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else return atom;
    if (src[this.i] === '?') this.i++; // lazy
    if (min === 1 && max === 1) return atom;
    if (min >= 1) return { exact: null, req: atom.req, score: atom.score };
    return { exact: max === 1 && atom.exact ? dedupe([...atom.exact, '']) : null, req: null, score: 0 };
  }

  atom(): Info {
    const src = this.src;
    const start = this.i;
    const c = src[this.i++];
    if (c === undefined) return EMPTY;
    if (c === '(') {
      const end = this.close[start]!;
      const q = src[this.i] === '?';
      const k1 = src[this.i + 1], k2 = src[this.i + 2];
      if (q && (k1 === '=' || k1 === '!' || (k1 === '<' && (k2 === '=' || k2 === '!')))) {
        this.i = end + 1; // a lookaround matches ""
        return EMPTY;
      }
      const key = src.slice(start, end + 1);
      const known = this.groups.get(key);
      if (known) {
        this.i = end + 1;
        return known;
      }
      if (src[this.i] === '?') {
        if (src[this.i + 1] === ':') this.i += 2;
        else if (src[this.i + 1] === '<') this.i = src.indexOf('>', this.i) + 1; // named group
        else throw new Error(`unsupported group (?${src[this.i + 1]}`);
      }
      const inner = this.alternation();
      if (this.i !== end) throw new Error('unexpected )');
      this.i++;
      this.groups.set(key, inner);
      return inner;
    }
    if (c === '[') return this.charClass();
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '\\') return this.escape(false) ?? ANY;
    if (c === ')' || c === '*' || c === '+' || c === '?') throw new Error(`unexpected ${c}`);
    return fromExact([c]);
  }

  /** After a backslash: what it matches (null: a class this reader does not list, e.g. \s, \w). */
  escape(inClass: boolean): Info | null {
    const src = this.src;
    const c = src[this.i++];
    if (c === undefined) throw new Error('trailing backslash');
    if (c === 'd') return fromExact([...DIGITS]);
    if ('DwWsS'.includes(c)) return null;
    if (c === 'b') return inClass ? fromExact(['\b']) : EMPTY;
    if (c === 'B') return EMPTY;
    if (c >= '1' && c <= '9') {
      if (inClass) throw new Error('unsupported escape in class');
      while (/\d/.test(src[this.i] ?? '')) this.i++;
      return null; // back-reference
    }
    if (c === 'u' && /^[0-9a-fA-F]{4}/.test(src.slice(this.i, this.i + 4))) {
      this.i += 4;
      return fromExact([String.fromCharCode(parseInt(src.slice(this.i - 4, this.i), 16))]);
    }
    if (c === 'x' && /^[0-9a-fA-F]{2}/.test(src.slice(this.i, this.i + 2))) {
      this.i += 2;
      return fromExact([String.fromCharCode(parseInt(src.slice(this.i - 2, this.i), 16))]);
    }
    if (c === 'c' || c === 'k' || c === 'p' || c === 'P') throw new Error(`unsupported escape \\${c}`);
    const control: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    return fromExact([control[c] ?? c]);
  }

  charClass(): Info {
    const src = this.src;
    let negated = false;
    if (src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    let set: Set<string> | null = new Set();
    /** One member: a character, or null after adding an escape that is itself a class (\d) or giving up (\s). */
    const single = (): string | null => {
      const c = src[this.i++];
      if (c === undefined) throw new Error('unterminated class');
      if (c !== '\\') return c;
      const info = this.escape(true);
      if (info?.exact && info.exact.length === 1) return info.exact[0]!;
      if (info?.exact && set) for (const s of info.exact) set.add(s);
      else set = null;
      return null;
    };
    while (src[this.i] !== ']') {
      const a = single();
      if (a !== null && src[this.i] === '-' && src[this.i + 1] !== ']' && src[this.i + 1] !== undefined) {
        this.i++;
        const b = single();
        if (b === null) throw new Error('bad class range');
        const from = a.charCodeAt(0), to = b.charCodeAt(0);
        if (set && to - from < MAX_EXACT) for (let k = from; k <= to; k++) set.add(String.fromCharCode(k));
        else set = null;
      } else if (a !== null) set?.add(a);
    }
    this.i++;
    if (negated || !set || set.size > MAX_EXACT) return ANY;
    return fromExact([...set]);
  }
}

/**
 * For each source: strings one of which occurs in every text that `new RegExp(source)` matches (see the
 * file comment), or null when there is no such set selective enough to be worth checking, or the source
 * uses syntax this reader does not know (then that pattern simply always runs). Strings are cut to their
 * first `maxLength` characters (a part of a required string is required too; shorter strings make a
 * smaller filter). Sources of one batch share the analysis of their common groups.
 */
export function requiredLiteralsOf(sources: readonly string[], maxLength = Infinity): (string[] | null)[] {
  const groups = new Map<string, Info>();
  return sources.map((source) => {
    let info: Info;
    try {
      const p = new Parser(source, groups);
      info = p.alternation();
      if (p.i !== source.length) return null;
    } catch {
      return null;
    }
    if (!info.req || info.score < MIN_SCORE) return null;
    return minimize(maxLength < Infinity ? info.req.map((r) => r.slice(0, maxLength)) : info.req);
  });
}

export function requiredLiterals(source: string, maxLength = Infinity): string[] | null {
  return requiredLiteralsOf([source], maxLength)[0] ?? null;
}

const UNI = 0;
const BI = 128;
const TRI = BI + 128 * 128;
const TRI_BITS = 14;
const GRAMS = TRI + (1 << TRI_BITS);

/** Compressed rows: row i is items[start[i] .. start[i + 1]). */
function rows(lists: readonly (readonly number[])[]): [start: Int32Array, items: Int32Array] {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i]! + lists[i]!.length;
  const items = new Int32Array(start[lists.length]!);
  for (let i = 0; i < lists.length; i++) items.set(lists[i]!, start[i]!);
  return [start, items];
}

/**
 * Tells cheaply, for many sets of strings at once, whether a text contains one of a set's strings.
 *
 * Each string is reduced to its character n-grams (1-gram for one character, 2-gram for two, else its
 * 3-grams; characters by class, 3-grams hashed) and indexed under the one fewest strings share. scan(text)
 * hashes the text's n-grams in one pass; where one is a string's index n-gram (a small byte table says so),
 * the characters around it are compared with the string's. So the answer is exact: mayContain() is true
 * only when a string of the set occurs in the text, and only the strings whose n-gram the text has are compared.
 */
export class NgramFilter {
  /** Character code → class: 1..127 for characters the strings use (127 shared past 126), else 0. */
  private readonly cls = new Uint8Array(2048);
  /** n-gram → 1 if a string is indexed under it. */
  private readonly anchored = new Uint8Array(GRAMS);
  /** Character class → 1 if a one-character string has it, | 2 if a two-character string ends with it. */
  private readonly short = new Uint8Array(128);
  private readonly setSeen: Int32Array;
  private readonly strSeen: Int32Array;
  /** Sets holding the empty string. */
  private readonly always: number[] = [];
  private stamp = 0;
  /** Strings: their characters (compressed rows), where their index n-gram ends in them, their sets. */
  private readonly strStart: Int32Array;
  private readonly chars: Uint16Array;
  private readonly anchorEnd: Int32Array;
  private readonly setStart: Int32Array;
  private readonly sets: Int32Array;
  /** n-gram → the strings indexed under it (compressed rows). */
  private readonly anchorStart: Int32Array;
  private readonly anchors: Int32Array;

  /** `sets[i]` is checked by mayContain(i); a null set is never "may contain" (callers skip the check). */
  constructor(sets: readonly (readonly string[] | null)[]) {
    let classes = 0;
    for (const set of sets) for (const str of set ?? []) for (let k = 0; k < str.length; k++) {
      const code = str.charCodeAt(k);
      if (code < 2048 && this.cls[code] === 0) this.cls[code] = classes < 127 ? ++classes : 127;
    }
    const ids = new Map<string, number>();
    const holders: number[][] = [];
    sets.forEach((set, i) => {
      for (const str of set ?? []) {
        if (str === '') {
          this.always.push(i); // in every text
          continue;
        }
        let id = ids.get(str);
        if (id === undefined) {
          ids.set(str, (id = ids.size));
          holders.push([]);
        }
        holders[id]!.push(i);
      }
    });
    const strs = [...ids.keys()];
    const strGrams = strs.map((str) => this.gramsOf(str));
    const uses = new Int32Array(GRAMS);
    for (const g of strGrams) for (const [x] of g) uses[x]!++;
    // Index each string under its n-gram that the fewest strings have (rare in them, likely rare in text).
    const anchorOf: number[] = [];
    const anchorEnd: number[] = [];
    for (const g of strGrams) {
      let r = 0;
      for (let k = 1; k < g.length; k++) if (uses[g[k]![0]]! < uses[g[r]![0]]!) r = k;
      anchorOf.push(g[r]![0]);
      anchorEnd.push(g[r]![1]);
    }
    for (const a of anchorOf) this.anchored[a] = 1;
    for (let c = 0; c < 128; c++) {
      if (this.anchored[UNI + c] !== 0) this.short[c]! |= 1;
      for (let b = 0; b < 128; b++) if (this.anchored[BI + ((b << 7) | c)] !== 0) this.short[c]! |= 2;
    }
    this.anchorEnd = Int32Array.from(anchorEnd);
    this.strStart = new Int32Array(strs.length + 1);
    strs.forEach((str, i) => (this.strStart[i + 1] = this.strStart[i]! + str.length));
    this.chars = new Uint16Array(this.strStart[strs.length]!);
    strs.forEach((str, i) => {
      for (let k = 0; k < str.length; k++) this.chars[this.strStart[i]! + k] = str.charCodeAt(k);
    });
    [this.setStart, this.sets] = rows(holders);
    this.anchorStart = new Int32Array(GRAMS + 1);
    for (const a of anchorOf) this.anchorStart[a + 1]!++;
    for (let g = 0; g < GRAMS; g++) this.anchorStart[g + 1]! += this.anchorStart[g]!;
    this.anchors = new Int32Array(strs.length);
    const fill = this.anchorStart.slice(0, GRAMS);
    anchorOf.forEach((a, i) => (this.anchors[fill[a]!++] = i));
    this.setSeen = new Int32Array(sets.length);
    this.strSeen = new Int32Array(strs.length);
  }

  /** The string's n-grams (without repeats), each with the index in the string of its last character. */
  private gramsOf(str: string): [gram: number, end: number][] {
    const cls = (k: number): number => {
      const code = str.charCodeAt(k);
      return code < 2048 ? this.cls[code]! : 0;
    };
    if (str.length === 1) return [[UNI + cls(0), 0]];
    if (str.length === 2) return [[BI + ((cls(0) << 7) | cls(1)), 1]];
    const grams: [number, number][] = [];
    for (let k = 2, a = cls(0), b = cls(1); k < str.length; k++) {
      const c = cls(k);
      const g = TRI + (Math.imul((a << 14) | (b << 7) | c, 0x9e3779b1) >>> (32 - TRI_BITS));
      if (!grams.some(([x]) => x === g)) grams.push([g, k]);
      a = b;
      b = c;
    }
    return grams;
  }

  /** Records which sets have a string in `text`; mayContain() then answers. */
  scan(text: string): void {
    if (this.stamp === 0x7fffffff) {
      this.strSeen.fill(0);
      this.setSeen.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    for (const i of this.always) this.setSeen[i] = stamp;
    const { cls, anchored, short } = this;
    let a = 0;
    let b = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const c = code < 2048 ? cls[code]! : 0;
      // Few strings are one or two characters long: most characters end no such string.
      const sh = short[c]!;
      if (sh !== 0) {
        if ((sh & 1) !== 0) this.check(text, UNI + c, i, stamp);
        if ((sh & 2) !== 0 && i > 0) {
          const g = BI + ((b << 7) | c);
          if (anchored[g] !== 0) this.check(text, g, i, stamp);
        }
      }
      if (i > 1) {
        const g = TRI + (Math.imul((a << 14) | (b << 7) | c, 0x9e3779b1) >>> (32 - TRI_BITS));
        if (anchored[g] !== 0) this.check(text, g, i, stamp);
      }
      a = b;
      b = c;
    }
  }

  /** Compares each string indexed under n-gram `g`, which ends at `i` in the text, with the text there. */
  private check(text: string, g: number, i: number, stamp: number): void {
    const { anchorStart, anchors, strSeen, anchorEnd, strStart, chars } = this;
    for (let k = anchorStart[g]!, end = anchorStart[g + 1]!; k < end; k++) {
      const str = anchors[k]!;
      if (strSeen[str] === stamp) continue;
      const from = strStart[str]!;
      const len = strStart[str + 1]! - from;
      const at = i - anchorEnd[str]!;
      if (at < 0 || at + len > text.length) continue;
      let j = 0;
      while (j < len && text.charCodeAt(at + j) === chars[from + j]) j++;
      if (j < len) continue;
      strSeen[str] = stamp;
      const { setStart, sets, setSeen } = this;
      for (let t = setStart[str]!, e = setStart[str + 1]!; t < e; t++) setSeen[sets[t]!] = stamp;
    }
  }

  /** False when the last scanned text contains none of the strings of set `i`. */
  mayContain(i: number): boolean {
    return this.setSeen[i] === this.stamp;
  }
}
