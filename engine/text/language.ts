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

function scriptOf(c: number): Script | null {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'latin' : null;
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return 'latin';
  if (c >= 0x1e00 && c <= 0x1eff) return 'latin';
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
  if (c >= 0x531 && c <= 0x58f) return 'armenian';
  if (c >= 0x5d0 && c <= 0x5ea) return 'hebrew';
  if ((c >= 0x620 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3) || (c >= 0x750 && c <= 0x77f)) return 'arabic';
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) return 'arabic';
  if (c >= 0x900 && c <= 0x97f) return 'devanagari';
  if (c >= 0x980 && c <= 0x9ff) return 'bengali';
  if (c >= 0xb80 && c <= 0xbff) return 'tamil';
  if (c >= 0xe00 && c <= 0xe7f) return 'thai';
  if (c >= 0x10a0 && c <= 0x10ff) return 'georgian';
  if (c >= 0x1200 && c <= 0x137f) return 'ethiopic';
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xac00 && c <= 0xd7af)) return 'hangul';
  if (c >= 0x3040 && c <= 0x30ff) return 'kana';
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 'han';
  return null;
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

/** Letters only a few Latin-script languages use, with the weight they add per occurrence. */
const LETTERS: [RegExp, string[], number][] = [
  [/ı|ğ|İ/g, ['tr'], 0.5],
  [/ş/g, ['tr', 'ro'], 0.3],
  [/ß/g, ['de'], 0.5],
  [/[äöü]/g, ['de', 'sv', 'fi', 'hu', 'tr'], 0.1],
  [/[łąęśźżćń]/g, ['pl'], 0.5],
  [/[řěů]/g, ['cs'], 0.5],
  [/[ľĺŕô]/g, ['sk'], 0.5],
  [/[șță]/g, ['ro'], 0.5],
  [/[őű]/g, ['hu'], 0.5],
  [/[ñ¿¡]/g, ['es'], 0.5],
  [/[ãõ]/g, ['pt'], 0.5],
  [/[èêœù]/g, ['fr', 'it'], 0.1],
  [/[æø]/g, ['da', 'no'], 0.3],
  [/å/g, ['sv', 'da', 'no'], 0.2],
  [/[ơưđ\u1ea0-\u1ef9]/g, ['vi'], 0.5],
];

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

function latin(text: string): string {
  const scores = new Map<string, number>();
  const idx = index();
  const lower = text.toLowerCase();
  let tokens = 0;
  for (const m of lower.matchAll(/[\p{L}]+/gu)) {
    tokens++;
    const langs = idx.get(m[0]);
    if (langs) for (const l of langs) add(scores, l, 1 / langs.length);
  }
  if (tokens < 4) return '';
  let vi = 0;
  for (const [re, langs, w] of LETTERS) {
    const n = (text.match(re) ?? []).length;
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
  const counts = new Map<Script, number>();
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const s = scriptOf(t.charCodeAt(i));
    if (!s) continue;
    // One Han, kana or Hangul character carries about as much as a short Latin word.
    const w = s === 'han' || s === 'kana' || s === 'hangul' ? 3 : 1;
    counts.set(s, (counts.get(s) ?? 0) + w);
    letters += w;
  }
  if (letters < 20) return '';
  let script: Script = 'latin';
  let top = 0;
  const cjk = (counts.get('han') ?? 0) + (counts.get('kana') ?? 0);
  for (const [s, n] of counts) {
    if (s !== 'han' && s !== 'kana' && n > top) {
      top = n;
      script = s;
    }
  }
  if (cjk > top) {
    // Japanese mixes kana into every sentence; Chinese has next to none.
    return (counts.get('kana') ?? 0) > cjk * 0.1 ? 'ja' : 'zh';
  }
  const single = SINGLE_SCRIPT[script];
  if (single) return single;
  if (script === 'arabic') return arabicScript(t);
  if (script === 'cyrillic') return cyrillic(t);
  return latin(t);
}
