/**
 * Infers what a form field asks for, as a WHATWG autocomplete field name (plus a few of Mozilla's extra
 * names: address-housenumber, address-streetname, apartment, vat-number, id-number), or 'other'.
 * Signals, strongest first: the autocomplete attribute, the input type, then words in the label, the
 * name/id and the placeholder (see engine/lexicon/fields.ts). Never looks at what the user typed.
 */
import {
  BIRTH, CARD, CURRENT_PASSWORD, DAY, FIELD_RULES, GENERIC_RULES, MONTH, NEW_PASSWORD, SIGNUP, YEAR,
} from '../lexicon/fields';
import { unitClass } from '../text/unit-class';

export interface PurposeSignals {
  tag: string;
  type: string;
  name: string;
  id: string;
  autocomplete: string;
  label: string;
  placeholder: string;
  /** optional nearby text such as the fieldset legend (or a function giving it: read only when needed) */
  context?: string | (() => string);
}

/** ASCII: NFKD, mark removal and the script mappings below leave it as it is; only the case changes. */
const PLAIN_ASCII = /^[\x00-\x7f]*$/;

/** Case, accent and script-variant folding shared by the lexicon and the page text. */
export function foldLetters(s: string): string {
  // Most labels, names and ids are plain ASCII: NFKD, mark removal and the script mappings leave them as is.
  if (PLAIN_ASCII.test(s)) return s.toLowerCase();
  let t = stripMarks(s.normalize('NFKD'));
  if (t.includes('ß')) t = t.replace(/ß/g, 'ss');
  t = t.toLowerCase();
  // The script mappings below change nothing in text without their characters (most Latin text): one test.
  if (!SCRIPT_VARIANTS.test(t)) return t;
  return t
    .replace(/ı/g, 'i')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[\u200b-\u200f\u0640]/g, ' ')
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
}
const SCRIPT_VARIANTS = /[ıيىك\u200b-\u200f\u0640۰-۹٠-٩]/;

/** A combining mark (\p{M}); there is none below U+0300. */
const MARK = /^\p{M}$/u;
/** Code units (1, or 2 for a surrogate pair) of the mark at i; 0 when there is none (none below U+0300). */
const markAt = unitClass(MARK, 0x300);

/** t.replace(/\p{M}+/gu, ''), by a loop over code units (the text is returned as it is when it has no mark). */
export function stripMarks(t: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < t.length; ) {
    const w = markAt(t, i);
    if (w === 0) {
      i++;
      continue;
    }
    out += t.slice(from, i);
    i += w;
    from = i;
  }
  return from === 0 ? t : out + t.slice(from);
}

/** Label or placeholder text -> folded words; keeps / & + , ° which matter in "PLZ/Ort", "N°". */
export function normText(s: string): string {
  // The same labels are folded by several rules and detectors (says(), kind, purpose): fold each once.
  return memo(normCache, s, foldText);
}
const foldText = (s: string): string => squeeze(foldLetters(s));
/** A character normText keeps: letter, digit, / & + , ° (the class /[\p{L}\p{N}/&+,°]/u, by code point). */
const KEPT = /^[\p{L}\p{N}/&+,°]$/u;
/** Code units (1, or 2 for a surrogate pair) of the kept character at i; 0 when it is not kept. */
const keptAt = unitClass(KEPT);

/**
 * t.replace(/[^\p{L}\p{N}/&+,°]+/gu, ' ').trim(): the runs of kept characters joined by one space. A loop over
 * code units with the class of each learnt once; the Unicode-class regex replace was most of normText's time on
 * long texts (every gap between two words was a match).
 */
export function squeeze(t: string): string {
  let out = '';
  let start = -1;
  const n = t.length;
  for (let i = 0; i < n; ) {
    const w = keptAt(t, i);
    if (w !== 0) {
      if (start < 0) start = i;
      i += w;
      continue;
    }
    if (start >= 0) {
      out = out === '' ? t.slice(start, i) : out + ' ' + t.slice(start, i);
      start = -1;
    }
    i++;
  }
  if (start >= 0) out = out === '' ? t.slice(start) : out + ' ' + t.slice(start);
  return out;
}

const NORM_CACHE_MAX = 4096;
const normCache = new Map<string, string>();
const identCache = new Map<string, string>();

/** The answer for `key` from a per-scan cache, computed on first use; a full cache starts over (a hostile page). */
function memo<V>(cache: Map<string, V>, key: string, compute: (key: string) => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = compute(key);
    if (cache.size >= NORM_CACHE_MAX) cache.clear();
    cache.set(key, v);
  }
  return v;
}

/** Forget folded labels (each scan starts afresh: a scan is timed as it would run on a new page). */
export function resetNormCache(): void {
  normCache.clear();
  identCache.clear();
  specificSeen.clear();
  genericSeen.clear();
}

/** A name or id -> folded words: camelCase, snake_case, brackets and digits split. */
export function normIdent(s: string): string {
  // Each field's name and id are read by inferPurpose, reconcile and detectors: split each once.
  return memo(identCache, s, foldIdent);
}
const foldIdent = (s: string): string => normText(splitIdent(s));

/** camelCase and letter/digit boundaries -> spaces; / & + , ° -> spaces. */
export function splitIdent(s: string): string {
  if (PLAIN_ASCII.test(s)) {
    // In ASCII, \p{L} is [A-Za-z] and \p{N} is [0-9]; a step with nothing to split is skipped.
    if (/[A-Z]/.test(s)) s = s.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
    if (/[0-9]/.test(s)) s = s.replace(/([A-Za-z])([0-9])/g, '$1 $2').replace(/([0-9])([A-Za-z])/g, '$1 $2');
    return s.replace(/[/&+,]/g, ' ');
  }
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .replace(/[/&+,°]/g, ' ');
}

/**
 * Compiles a lexicon source: folded like the text; `<w>` becomes a whole-word match. The text it is tested on
 * is normText output, whose only non-letter/digit characters are space and / & + , ° — so "no letter or digit
 * beside it" is written with that small class instead of \p{L}\p{N}: the same matches, but V8 compiles it
 * many times faster (hundreds of Unicode-property lookarounds were most of the first scan's time).
 */
export function lexRe(source: string): RegExp {
  return new RegExp(
    foldLetters(source).replace(/<([^<>]+)>/g, '(?<![^ /&+,°])(?:$1)(?![^ /&+,°])'),
    'u',
  );
}

let compiled: [string, RegExp][] | null = null;
const RE: Record<string, RegExp> = {};
function re(key: string, source: string): RegExp {
  return (RE[key] ??= lexRe(source));
}
function rules(): [string, RegExp][] {
  return (compiled ??= FIELD_RULES.map(([p, src]) => [p, lexRe(src)] as [string, RegExp]));
}

/** Field names the autocomplete attribute may carry that we pass through (after folding). */
const AC_NAMES = new Set(
  ('name honorific-prefix given-name additional-name family-name honorific-suffix nickname username ' +
    'new-password current-password one-time-code organization-title organization street-address ' +
    'address-line1 address-line2 address-line3 address-level4 address-level3 address-level2 address-level1 ' +
    'country country-name postal-code cc-name cc-number cc-exp cc-exp-month cc-exp-year cc-csc cc-type ' +
    'bday bday-day bday-month bday-year sex email tel').split(' '),
);
const AC_MODIFIERS = new Set(['shipping', 'billing', 'home', 'work', 'mobile', 'fax', 'pager', 'webauthn']);
/** Input types that never carry personal data we classify (radio is handled separately). */
const NON_TEXT = new Set(['checkbox', 'file', 'range', 'color', 'submit', 'button', 'reset', 'image', 'hidden']);
/** Purposes a type=tel input may really have (numeric keypad for a card or postcode). */
const TEL_OK = new Set(['cc-number', 'cc-csc', 'postal-code', 'one-time-code', 'cc-exp', 'id-number', 'vat-number']);

/** The field name an autocomplete attribute names, folded to our vocabulary; null when it names none. */
export function purposeFromAutocomplete(autocomplete: string, type: string): string | null {
  // Most fields have none: no token, no field name.
  if (!autocomplete) return null;
  const tokens = autocomplete
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t && !t.startsWith('section-') && !AC_MODIFIERS.has(t));
  // Exactly one field name must remain; "shipping company name" or "email username" name none reliably.
  if (tokens.length !== 1) return null;
  let t = tokens[0]!;
  if (t.startsWith('tel')) t = 'tel';
  else if (t === 'cc-given-name' || t === 'cc-family-name' || t === 'cc-additional-name') t = 'cc-name';
  else if (t === 'address-level3' || t === 'address-level4') t = 'address-level2';
  if (!AC_NAMES.has(t)) return null;
  // Sites put new-password (or similar) on ordinary fields to stop autofill: only believe it on passwords.
  const isPw = t === 'new-password' || t === 'current-password';
  if (isPw !== (type === 'password')) return null;
  if (t === 'nickname' || t === 'honorific-suffix') return 'other';
  return t;
}

function matchIn(s: string, from: number, to: number): string | null {
  if (!s) return null;
  const all = rules();
  for (let i = from; i < to; i++) {
    const [purpose, r] = all[i]!;
    if (r.test(s)) return purpose;
  }
  return null;
}

/**
 * The purpose the words name. Signals are tried in order (label, name, id, then placeholder, which often
 * holds an example or a hint about other fields); a specific rule in any of them beats a generic word
 * ("Name", "Address") in a stronger one.
 */
function firstMatch(sources: string[]): string | null {
  const main = sources.slice(0, -1);
  const last = sources[sources.length - 1] ?? '';
  for (const group of [main, [last]]) {
    for (const s of group) {
      let p = specificMatch(s);
      // "Last name" on a card form whose name/id says card holder: the card's name (any rule: specific, else generic).
      if (p && /name$/.test(p) && p !== 'cc-name' && group.slice(1).some((o) => (specificMatch(o) ?? genericMatch(o)) === 'cc-name')) p = 'cc-name';
      if (p) return p;
    }
    for (const s of group) {
      const p = genericMatch(s);
      if (p) return p;
    }
  }
  return null;
}

/**
 * The first specific / generic rule a folded signal matches, each answered once per scan: the same labels, names
 * and ids are matched again by the card-name check, sensitive-fields' second look at radio groups and repeated
 * fields. Reset with the normText cache.
 */
const specificSeen = new Map<string, string | null>();
const genericSeen = new Map<string, string | null>();
const specificRule = (s: string): string | null => matchIn(s, 0, rules().length - GENERIC_RULES);
const genericRule = (s: string): string | null => matchIn(s, rules().length - GENERIC_RULES, rules().length);
function specificMatch(s: string): string | null {
  return memo(specificSeen, s, specificRule);
}
function genericMatch(s: string): string | null {
  return memo(genericSeen, s, genericRule);
}

function anyMatch(r: RegExp, sources: string[]): boolean {
  return sources.some((s) => s !== '' && r.test(s));
}

function passwordKind(own: string[], folded: () => string): string {
  if (anyMatch(re('cur', CURRENT_PASSWORD), own)) return 'current-password';
  if (anyMatch(re('new', NEW_PASSWORD), own)) return 'new-password';
  const context = folded();
  if (context && (re('signup', SIGNUP).test(context) || re('new', NEW_PASSWORD).test(context))) return 'new-password';
  return 'current-password';
}

/** bday / cc-exp -> the day, month or year part when the field names one. */
function datePart(base: 'bday' | 'cc-exp', own: string[]): string {
  if (base === 'bday' && anyMatch(re('day', DAY), own)) return 'bday-day';
  if (anyMatch(re('month', MONTH), own)) return `${base}-month`;
  if (anyMatch(re('year', YEAR), own)) return `${base}-year`;
  return base;
}

/** Names/ids of free-text boxes (after normIdent), in the languages we read. */
const FREE_TEXT = /(?:^| )(?:comments?|remarks?|notes?|message|bemerkungen?|anmerkungen?|nachricht|kommentar|yorum|aciklama|not|commentaires?|remarques?|comentarios?|observaciones|note|commenti|messaggio|tozihat)(?: |$)/;

export function inferPurpose(s: PurposeSignals): string {
  const tag = s.tag.toLowerCase();
  const type = (s.type || (tag === 'input' ? 'text' : tag)).toLowerCase();
  if (tag === 'input' && NON_TEXT.has(type)) return 'other';
  // A radio button is one choice of a group ("Mr", "Mrs"), not a field that holds personal data itself.
  if (type === 'radio') return 'other';
  const fromAc = purposeFromAutocomplete(s.autocomplete, type);
  // An email box that logs in is still an email address.
  if (fromAc) return type === 'email' && fromAc === 'username' ? 'email' : fromAc;
  if (type === 'email') return 'email';
  // The words are folded only for fields that get this far; the context (legend and buttons) only when read.
  let folded: string | undefined;
  const context = (): string => (folded ??= normText((typeof s.context === 'function' ? s.context() : s.context) ?? ''));
  const own = [normText(s.label), normIdent(s.name), normIdent(s.id), normText(s.placeholder)];
  if (type === 'password') return passwordKind(own, context);
  if (type === 'search') return 'other';

  // A free-text box (name/id says comment, note, message) whose label is a sentence is a comment, even when
  // the sentence mentions a company, a name or an address ("More information for the transport company").
  if (FREE_TEXT.test(`${own[1] ?? ''} ${own[2] ?? ''}`) && (own[0] ?? '').split(' ').length > 5) return 'other';
  let p = firstMatch(own);
  if (p === 'current-password') return passwordKind(own, context);
  if (p === 'bday') return datePart('bday', own);
  if (p === 'cc-exp') return datePart('cc-exp', own);
  if (p === null && context()) {
    // A bare "Day"/"Month"/"Year" control: the legend tells whose date it is.
    if (re('birth', BIRTH).test(context())) p = datePart('bday', own);
    else if (re('card', CARD).test(context())) p = datePart('cc-exp', own);
    if (p === 'bday' || p === 'cc-exp') p = null;
  }
  if (type === 'tel') return p && TEL_OK.has(p) ? p : 'tel';
  if (type === 'date' || type === 'month') return p && (p.startsWith('bday') || p.startsWith('cc-exp')) ? p : 'other';
  if (p === null || p === '-') return 'other';
  return p;
}
