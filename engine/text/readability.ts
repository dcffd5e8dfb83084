/**
 * Readability per language: one Flesch-family formula per language, all on the Flesch reading-ease scale
 * (0 = very hard .. 100 = very easy), so `ease` is comparable across languages. Pure TypeScript, no deps.
 *
 * ASL = words / sentences, ASW = syllables / words.
 * - en  Flesch reading ease (Flesch 1948, "A new readability yardstick", J. Applied Psychology 32:221-233):
 *       206.835 − 1.015·ASL − 84.6·ASW
 * - de  Amstad (1978, "Wie verständlich sind unsere Zeitungen?", Diss. Univ. Zürich): 180 − ASL − 58.5·ASW
 * - tr  Ateşman (1997, "Türkçede okunabilirliğin ölçülmesi", Dil Dergisi 58:71-74): 198.825 − 40.175·ASW − 2.610·ASL
 * - fa  Flesch–Dayani (Dayani 1979, "Readability of Persian texts", Tehran Univ.; as cited in Persian
 *       readability studies): 262.835 − 0.846·WL − 1.01·ASL, WL = syllables per 100 words. Persian syllables
 *       are estimated from the script (short vowels are not written): see engine/text/syllables.ts.
 * - fr  Kandel & Moles (1958, "Application de l'indice de Flesch à la langue française", Cahiers
 *       d'Études de Radio-Télévision 19:253-274): 207 − 1.015·ASL − 73.6·ASW
 * - es  Fernández Huerta (1959, "Medidas sencillas de lecturabilidad", Consigna 214:29-32), in the corrected
 *       form (Law 2011: the published 1.02·F must be words per sentence): 206.84 − 60·ASW − 1.02·ASL
 * - it  Flesch–Vacca (Franchina & Vacca 1986, "Adaptation of Flesch readability index on a bilingual text
 *       written by the same author both in Italian and English languages", Linguaggi 3:47-49):
 *       206 − 65·ASW − ASL  (i.e. 206 − 0.65·syllables per 100 words − words per sentence)
 *
 * `ease` is the score clamped to 0..100 (all seven are calibrated to Flesch's scale); `level` uses Flesch's
 * bands (90 very easy, 80 easy, 70 fairly easy, 60 standard, 50 fairly difficult, 30 difficult, below very
 * difficult). Words are letter tokens of the language's script (Latin, or Arabic script for fa); numbers are
 * not words. Hyphenated and apostrophe-joined tokens are one word. Other languages return null.
 */
import { words } from './words';
import { countSyllables } from './syllables';
import { isSpaceCode } from './space';

export type ReadabilityLevel =
  | 'very-easy' | 'easy' | 'fairly-easy' | 'standard' | 'fairly-difficult' | 'difficult' | 'very-difficult';

export interface ReadabilityScore {
  lang: string;
  formula: string;
  /** the formula's own scale */
  score: number;
  /** 0 = very hard .. 100 = very easy, comparable across languages (Flesch reading-ease scale) */
  ease: number;
  level: ReadabilityLevel;
  words: number;
  sentences: number;
  syllables: number;
}

/** Fewer words than this: no score (a label or a button is not a text). */
export const MIN_WORDS = 20;

type Formula = [name: string, f: (asl: number, asw: number) => number];
const FORMULAS: Record<string, Formula> = {
  en: ['flesch', (asl, asw) => 206.835 - 1.015 * asl - 84.6 * asw],
  de: ['amstad', (asl, asw) => 180 - asl - 58.5 * asw],
  tr: ['atesman', (asl, asw) => 198.825 - 40.175 * asw - 2.61 * asl],
  fa: ['flesch-dayani', (asl, asw) => 262.835 - 0.846 * (asw * 100) - 1.01 * asl],
  fr: ['kandel-moles', (asl, asw) => 207 - 1.015 * asl - 73.6 * asw],
  es: ['fernandez-huerta', (asl, asw) => 206.84 - 60 * asw - 1.02 * asl],
  it: ['flesch-vacca', (asl, asw) => 206 - 65 * asw - asl],
};

/** Abbreviations (lower-case, without the final dot) that do not end a sentence. */
const ABBR: Record<string, string> = {
  en: 'mr mrs ms dr prof st jr sr inc ltd co corp etc e.g i.e vs approx dept est fig no nos vol p pp ca cf al jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun u.s u.k a.m p.m gov min max',
  de: 'z.b z dr prof hr fr nr str bzw usw ca ggf inkl exkl evtl d.h u.a vgl s abs bzgl zzgl jh tel mio mrd u.ä o.ä etc usf dgl geb gem',
  tr: 'dr prof doç vb vs bkz örn sn no tel yy av müh alb',
  fr: 'm mme mlle dr prof st ste etc p.ex cf env n° no tél av bd éd vol chap',
  es: 'sr sra srta dr dra ud uds etc p.ej pág núm no tel av avda dña d ej aprox',
  it: 'sig sigg sig.ra dott dott.ssa prof ing avv ecc es pag n tel p.es art',
  fa: '',
};
const abbrSets = new Map<string, Set<string>>();
function abbrSet(lang: string): Set<string> {
  let s = abbrSets.get(lang);
  if (!s) abbrSets.set(lang, (s = new Set((ABBR[lang] ?? ABBR.en ?? '').split(' '))));
  return s;
}

/**
 * Splits text into sentences. A boundary is . ! ? … ؟ ۔ (or a line break); a dot is not a boundary inside a
 * number (3.5, 1.000), after a listed abbreviation (z.B., Dr., etc.) or a single capital initial (J. Smith),
 * when the next word starts lower-case (cased scripts), or after a 1–2 digit ordinal in de/tr (am 3. Mai).
 */
export function splitSentences(text: string, lang: string): string[] {
  const l = lang.toLowerCase().slice(0, 2);
  const abbr = abbrSet(l);
  const out: string[] = [];
  let start = 0;
  const re = /[.!?…؟۔]+["'”’»)\]]*(?=\s|$)|\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && !/[!?…؟۔]/.test(m[0]) && m[0].replace(/["'”’»)\]]+$/, '') === '.') {
      // The word before the dot (the non-space run ending at it, within this sentence) and the first
      // non-space character after it: found by stepping from the dot, not by slicing the rest of the text.
      let w = m.index;
      while (w > start && !isSpaceCode(text.charCodeAt(w - 1))) w--;
      const prevWord = text.slice(w, m.index).replace(/^["'“‘«(\[]+/, '');
      const lower = prevWord.toLowerCase();
      let a = end;
      while (a < text.length && isSpaceCode(text.charCodeAt(a))) a++;
      const nextChar = text.charAt(a);
      const hasAfter = a < text.length;
      const nextLower = nextChar !== '' && nextChar !== nextChar.toUpperCase() && nextChar === nextChar.toLowerCase();
      if (
        abbr.has(lower) ||
        /^\p{Lu}$/u.test(prevWord) || // initial
        /^(?:\p{L}\.)+\p{L}$/u.test(prevWord) || // u.s, z.b, d.h
        nextLower ||
        ((l === 'de' || l === 'tr') && /^\d{1,2}$/.test(prevWord) && hasAfter)
      ) continue;
    }
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

export { words };

export function levelOf(ease: number): ReadabilityLevel {
  return ease >= 90 ? 'very-easy' : ease >= 80 ? 'easy' : ease >= 70 ? 'fairly-easy' : ease >= 60 ? 'standard'
    : ease >= 50 ? 'fairly-difficult' : ease >= 30 ? 'difficult' : 'very-difficult';
}

/** Readability of a text in a language; null for unsupported languages or fewer than MIN_WORDS words. */
export function readability(text: string, lang: string): ReadabilityScore | null {
  const l = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const formula = FORMULAS[l];
  if (!formula) return null;
  let nWords = 0;
  let nSentences = 0;
  let nSyllables = 0;
  // Running text repeats its words (the, and, der, und …): each word's syllables are counted once per text.
  const syllables = new Map<string, number>();
  for (const sentence of splitSentences(text, l)) {
    const ws = words(sentence, l);
    if (!ws.length) continue;
    nSentences++;
    nWords += ws.length;
    for (const w of ws) {
      let n = syllables.get(w);
      if (n === undefined) syllables.set(w, (n = countSyllables(w, l)));
      nSyllables += n;
    }
  }
  if (nWords < MIN_WORDS) return null;
  const score = formula[1](nWords / nSentences, nSyllables / nWords);
  const ease = Math.max(0, Math.min(100, score));
  return {
    lang: l,
    formula: formula[0],
    score: Math.round(score * 100) / 100,
    ease: Math.round(ease * 10) / 10,
    level: levelOf(ease),
    words: nWords,
    sentences: nSentences,
    syllables: nSyllables,
  };
}
