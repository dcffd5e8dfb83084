/**
 * Page language from its text, for pages whose <html lang> is missing or wrong.
 *
 * First the script decides (Arabic script → fa/ar/ur by their own letters and words; Han/kana → zh/ja;
 * Hangul, Cyrillic, Greek, Hebrew, Thai, ...). Latin-script text is scored by its most frequent function
 * words, each word weighted by how many of the languages share it, plus letters only some languages use.
 * No trigram tables: a few hundred words in all, enough for a paragraph of real text. Returns '' when the
 * text is too short or two languages score too close.
 */

/** At most this much text is read: a page's language shows long before its end. */
const MAX_CHARS = 20_000;

type Script =
  | 'latin' | 'cyrillic' | 'greek' | 'armenian' | 'hebrew' | 'arabic' | 'devanagari' | 'bengali' | 'tamil'
  | 'thai' | 'georgian' | 'ethiopic' | 'hangul' | 'kana' | 'han';

const SCRIPTS: readonly Script[] = [
  'latin', 'cyrillic', 'greek', 'armenian', 'hebrew', 'arabic', 'devanagari', 'bengali', 'tamil',
  'thai', 'georgian', 'ethiopic', 'hangul', 'kana', 'han',
];
const LATIN = 0, CYRILLIC = 1, GREEK = 2, ARMENIAN = 3, HEBREW = 4, ARABIC = 5, DEVANAGARI = 6, BENGALI = 7, TAMIL = 8,
  THAI = 9, GEORGIAN = 10, ETHIOPIC = 11, HANGUL = 12, KANA = 13, HAN = 14;

/** Index in SCRIPTS of the script of a character, or -1 (digits, punctuation, other scripts). */
function scriptOf(c: number): number {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LATIN : -1;
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return LATIN;
  if (c >= 0x1e00 && c <= 0x1eff) return LATIN;
  if (c >= 0x370 && c <= 0x3ff) return GREEK;
  if (c >= 0x400 && c <= 0x4ff) return CYRILLIC;
  if (c >= 0x531 && c <= 0x58f) return ARMENIAN;
  if (c >= 0x5d0 && c <= 0x5ea) return HEBREW;
  if ((c >= 0x620 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3) || (c >= 0x750 && c <= 0x77f)) return ARABIC;
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) return ARABIC;
  if (c >= 0x900 && c <= 0x97f) return DEVANAGARI;
  if (c >= 0x980 && c <= 0x9ff) return BENGALI;
  if (c >= 0xb80 && c <= 0xbff) return TAMIL;
  if (c >= 0xe00 && c <= 0xe7f) return THAI;
  if (c >= 0x10a0 && c <= 0x10ff) return GEORGIAN;
  if (c >= 0x1200 && c <= 0x137f) return ETHIOPIC;
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xac00 && c <= 0xd7af)) return HANGUL;
  if (c >= 0x3040 && c <= 0x30ff) return KANA;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return HAN;
  return -1;
}

const SINGLE_SCRIPT: Partial<Record<Script, string>> = {
  greek: 'el', armenian: 'hy', hebrew: 'he', devanagari: 'hi', bengali: 'bn', tamil: 'ta', thai: 'th',
  georgian: 'ka', ethiopic: 'am', hangul: 'ko',
};

/** Frequent function words per Latin-script language (lower case). */
const WORDS: Record<string, string> = {
  en: 'the and of to is that for with was are this by you your have from not we our will which has been would',
  de: 'der die und das ist nicht ein eine zu den von mit sich auf für dem auch sie wir werden bei oder wird kann über',
  fr: 'le la les et des est une du que pour dans pas sur au qui avec il sont par plus vous nous ou aux cette été',
  es: 'el la los las y de que en es una por con para del se lo como más pero sus está son también muy hay',
  it: 'il di che la e è una per non del della con sono le gli si da nel alla anche più come ha questo degli',
  pt: 'o a os as e de que do da em uma para com não por no na dos das mais como mas ao é são foi também você',
  nl: 'de het een en van is dat op te voor niet met zijn er aan ook die wordt als bij naar dit maar u uw deze',
  tr: 've bir bu da için ile çok daha olarak gibi ne var değil olan kadar sonra ama her veya ise biz siz tüm',
  pl: 'i w na z się nie do to że jest jak co za po przez dla od ale są tak już może lub oraz czy',
  sv: 'och i att det som en på är av för med till den har inte om ett vi jag men kan eller också från',
  da: 'og i at det er en til på af med for den ikke som har et vi kan men også efter blev meget hvad nogle vores os bliver hvis',
  no: 'og i at det er en til på av med for den ikke som har et vi kan men også etter ble mye hva noen vår oss å blir hvis',
  fi: 'ja on ei että se oli hän ovat tai kun mutta myös ole voi joka sen tämä niin kuin vain',
  cs: 'a se na je že v to s z do jako o k ale jsou pro nebo který také jeho byl už jsem',
  sk: 'a sa na je že v to s z do ako o k ale sú pre alebo ktorý aj jeho bol už som',
  ro: 'și de în la cu pe nu din că este un se care pentru mai sunt sau fost prin',
  hu: 'a az és hogy nem is egy van meg de ez el csak azt ha mint már volt még vagy',
  id: 'dan yang di ini itu dengan untuk dari tidak ada dalam akan pada juga ke atau karena kami anda',
  // Latin, mostly as lorem ipsum placeholder text: better named than taken for French.
  la: 'et in est sed ut non cum ad sit amet dolor ipsum lorem quis enim',
  ca: 'el la i de que en és un una per amb no els les del al com però més dels',
};

/** Vietnamese letters with tone marks, U+1EA0..U+1EF9 (Ạ..ỹ). */
const VI_TONES = Array.from({ length: 0x1ef9 - 0x1ea0 + 1 }, (_, k) => String.fromCharCode(0x1ea0 + k)).join('');

/** Letters only a few Latin-script languages use (each counted wherever it occurs), with the weight they add per occurrence. */
const LETTERS: [chars: string, langs: string[], weight: number][] = [
  ['ığİ', ['tr'], 0.5],
  ['ş', ['tr', 'ro'], 0.3],
  ['ß', ['de'], 0.5],
  ['äöü', ['de', 'sv', 'fi', 'hu', 'tr'], 0.1],
  ['łąęśźżćń', ['pl'], 0.5],
  ['řěů', ['cs'], 0.5],
  ['ľĺŕô', ['sk'], 0.5],
  ['șță', ['ro'], 0.5],
  ['őű', ['hu'], 0.5],
  ['ñ¿¡', ['es'], 0.5],
  ['ãõ', ['pt'], 0.5],
  ['èêœù', ['fr', 'it'], 0.1],
  ['æø', ['da', 'no'], 0.3],
  ['å', ['sv', 'da', 'no'], 0.2],
  ['ơưđ' + VI_TONES, ['vi'], 0.5],
];

/** Character code → indices of the LETTERS entries holding it. */
let letterIndex: Map<number, number[]> | null = null;
function letterIndexOf(): Map<number, number[]> {
  if (letterIndex) return letterIndex;
  letterIndex = new Map();
  LETTERS.forEach(([chars], k) => {
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      const list = letterIndex!.get(c);
      if (list) list.push(k);
      else letterIndex!.set(c, [k]);
    }
  });
  return letterIndex;
}

/** How often the characters of each LETTERS entry occur in `text`, in one pass. */
function letterCounts(text: string): number[] {
  const counts = new Array<number>(LETTERS.length).fill(0);
  const index = letterIndexOf();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa1) continue; // no LETTERS character below ¡
    const hits = index.get(c);
    if (hits) for (const k of hits) counts[k]!++;
  }
  return counts;
}

let wordIndex: Map<string, string[]> | null = null;
function index(): Map<string, string[]> {
  if (wordIndex) return wordIndex;
  wordIndex = new Map();
  for (const [lang, words] of Object.entries(WORDS)) {
    for (const w of new Set(words.split(' '))) {
      const langs = wordIndex.get(w);
      if (langs) langs.push(lang);
      else wordIndex.set(w, [lang]);
    }
  }
  return wordIndex;
}

function best(scores: Map<string, number>, minScore: number, margin: number): string {
  let first = '';
  let a = 0;
  let b = 0;
  for (const [lang, s] of scores) {
    if (s > a) {
      b = a;
      a = s;
      first = lang;
    } else if (s > b) b = s;
  }
  return a >= minScore && a >= b * margin ? first : '';
}

function add(scores: Map<string, number>, lang: string, n: number): void {
  scores.set(lang, (scores.get(lang) ?? 0) + n);
}

const LETTER = /^\p{L}$/u;
/** Per BMP code unit: 0 not yet known, 1 a letter (\p{L}), 2 not. */
const letterCache = new Uint8Array(0x10000);
function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp));
  let v = letterCache[cp]!;
  if (v === 0) letterCache[cp] = v = LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
  return v === 1;
}

let longestWord = 0;

function latin(text: string): string {
  const scores = new Map<string, number>();
  const idx = index();
  if (!longestWord) for (const w of idx.keys()) longestWord = Math.max(longestWord, w.length);
  const lower = text.toLowerCase();
  // Runs of letters, as /\p{L}+/gu finds them; only runs short enough to be a listed word are looked up.
  let tokens = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; ) {
    const cp = i < lower.length ? lower.codePointAt(i)! : -1;
    if (cp >= 0 && isLetter(cp)) {
      if (start < 0) start = i;
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    if (start >= 0) {
      tokens++;
      if (i - start <= longestWord) {
        const langs = idx.get(lower.slice(start, i));
        if (langs) for (const l of langs) add(scores, l, 1 / langs.length);
      }
      start = -1;
    }
    i++;
    if (cp > 0xffff) i++;
  }
  if (tokens < 4) return '';
  let vi = 0;
  const counts = letterCounts(text);
  for (let k = 0; k < LETTERS.length; k++) {
    const [, langs, w] = LETTERS[k]!;
    const n = counts[k]!;
    if (langs[0] === 'vi') vi = n;
    for (const l of langs) add(scores, l, (n * w) / langs.length);
  }
  // Vietnamese shares no function words with the lists above; its tone letters decide.
  if (vi >= Math.max(3, tokens * 0.15)) return 'vi';
  return best(scores, Math.max(2, tokens * 0.04), 1.25);
}

const FA_WORDS = new Set('و در به از که این را با است می برای آن شده کند نیز'.split(' '));
const AR_WORDS = new Set('في من على إلى أن التي الذي عن هذا مع كان هذه ذلك'.split(' '));

function arabicScript(text: string): string {
  let fa = 0;
  let ar = 0;
  let ur = 0;
  for (const ch of text) {
    if ('پچژگ'.includes(ch)) fa += 1;
    else if ('یک'.includes(ch)) fa += 0.3;
    else if ('ةيكىإأ'.includes(ch)) ar += 0.3;
    else if ('ٹڈڑںےھ'.includes(ch)) ur += 1;
  }
  for (const m of text.matchAll(/[\u0620-\u06d3]+/g)) {
    const w = m[0];
    // Persian written with Arabic ي/ك (old keyboards) still reads as Persian words.
    const asFa = w.replace(/ي/g, 'ی').replace(/ك/g, 'ک');
    if (FA_WORDS.has(asFa)) fa += 2;
    if (AR_WORDS.has(w)) ar += 2;
    if (w.length > 3 && w.startsWith('ال')) ar += 0.5;
    if (asFa.startsWith('می') && w.length > 3) fa += 0.5;
  }
  if (ur > 3 && ur > (fa + ar) * 0.1) return 'ur';
  if (fa === 0 && ar === 0) return '';
  if (fa >= ar * 1.3) return 'fa';
  if (ar >= fa * 1.3) return 'ar';
  return '';
}

function cyrillic(text: string): string {
  const has = (re: RegExp) => (text.match(re) ?? []).length;
  const ru = has(/[ыэё]/gi);
  if (has(/ў/gi) > 0) return 'be';
  if (has(/[ђћџљњ]/gi) > 0) return 'sr';
  if (has(/[ѓќѕ]/gi) > 0) return 'mk';
  if (has(/[әғқңөұүһ]/gi) > 2) return 'kk';
  const uk = has(/[їєґ]/gi) + has(/і/gi) * 0.5;
  if (uk > 1 && uk > ru) return 'uk';
  if (ru === 0 && has(/ъ/gi) > 2) return 'bg';
  return 'ru';
}

/** Primary language subtag of a text ('en', 'de', 'fa', 'zh', ...), or '' when unsure. */
export function detectLanguage(text: string): string {
  const t = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  // Weighted letters per script, and the scripts in the order they first occur (ties go to the first).
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  const order: number[] = [];
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const s = scriptOf(t.charCodeAt(i));
    if (s < 0) continue;
    // One Han, kana or Hangul character carries about as much as a short Latin word.
    const w = s === HAN || s === KANA || s === HANGUL ? 3 : 1;
    if (counts[s] === 0) order.push(s);
    counts[s]! += w;
    letters += w;
  }
  if (letters < 20) return '';
  let script: Script = 'latin';
  let top = 0;
  const cjk = counts[HAN]! + counts[KANA]!;
  for (const s of order) {
    const n = counts[s]!;
    if (s !== HAN && s !== KANA && n > top) {
      top = n;
      script = SCRIPTS[s]!;
    }
  }
  if (cjk > top) {
    // Japanese mixes kana into every sentence; Chinese has next to none.
    return counts[KANA]! > cjk * 0.1 ? 'ja' : 'zh';
  }
  const single = SINGLE_SCRIPT[script];
  if (single) return single;
  if (script === 'arabic') return arabicScript(t);
  if (script === 'cyrillic') return cyrillic(t);
  return latin(t);
}
