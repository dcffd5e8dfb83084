/**
 * Company names and return windows in a text, for the page facts (engine/facts.ts). Text only, so the
 * content script does not carry it: the background answers as the textFacts service (engine/services.ts)
 * for the texts company-returns-gate.ts lets through.
 */
import { collapse, truncate } from '../dom';
import { normalizeDigits } from './digits';
import { ANY_DIGIT, ANY_FORM, ANY_RETURN_WORD, FORM, RETURN_WORD, SHERKAT } from './company-returns-gate';

/** A capitalised word of a name; not the start of a compound form ("GmbH & Co. KG"). */
const NAME_WORD = "(?!GmbH[ \\u00a0]|Co\\.[ \\u00a0])[\\p{Lu}\\d][\\p{L}\\p{M}\\d&'’.\\-]*";
/** A legal form (FORM) and the name before it: the 1–5 capitalised words before. */
const COMPANY = new RegExp(
  `((?:${NAME_WORD}[ \\u00a0]+(?:(?:&|und|and|ve|et|y|e|de|di|of|the)[ \\u00a0]+)?){1,5})(${FORM})(?![\\p{L}\\d])`,
  'gu',
);
/** Persian: شرکت <name> (سهامی خاص | سهامی عام | با مسئولیت محدود). */
const COMPANY_FA = /شرکت[\s‌]+((?:[\p{L}\p{M}‌]+[\s‌]+){1,4}?)\(?((?:سهامی[\s‌]*(?:خاص|عام))|(?:با[\s‌]+)?مسئولیت[\s‌]+محدود)/gu;
/** Words before a name that are not part of it. */
const NOT_NAME = /^(?:©|\(c\)|copyright|\d{4}(?:[-–]\d{4})?|all|by|von|der|die|das|the|powered|operated|a|an|from|seller|verkäufer|anbieter|betreiber)$/i;

export function companiesIn(text: string): { name: string; form: string }[] {
  const out: { name: string; form: string }[] = [];
  if (ANY_FORM.test(text)) for (const m of text.matchAll(COMPANY)) {
    const words = m[1]!.trim().split(/[ \u00a0]+/);
    while (words.length && NOT_NAME.test(words[0]!)) words.shift();
    while (words.length && /^(?:&|und|and|ve|et|y|e|de|di|of|the)$/.test(words[0]!)) words.shift();
    if (!words.length) continue;
    out.push({ name: `${words.join(' ')} ${m[2]}`, form: m[2]! });
  }
  if (text.includes(SHERKAT)) for (const m of text.matchAll(COMPANY_FA)) {
    out.push({ name: collapse(`${m[1]!} ${m[2]!}`), form: collapse(m[2]!) });
  }
  return out;
}

const UNIT = '(?:days?|tage?n?|tägig\\w*|gün\\w*|jours?|d[ií]as?|giorni|giorno|روزه?|weeks?|wochen?|wöchig\\w*|hafta\\w*|semaines?|semanas?|settiman[ae]|هفته|months?|monate?n?|monatig\\w*|ay(?:l[ıi]k)?|mois|mes(?:es|e|i)?|ماهه?)';
const SPAN = new RegExp(`(?<![\\d.,])(\\d{1,3})[\\s‌-]*(${UNIT})(?![\\p{L}])`, 'giu');
/** Words that compete with a return word for a number: the statutory withdrawal right, delivery times. */
const OTHER_WORD =
  /widerruf|withdraw|cancel|cayma|rétractation|desist|recesso|انصراف|deliver|ship|dispatch|liefer|versand|zustell|kargo|teslim|livraison|expédi|env[ií]o|entrega|spedi|consegn|ارسال|تحویل|warranty|garantie|garanti\b|garanzia|garantía/giu;

function toDays(n: number, unit: string): number {
  const u = unit.toLowerCase();
  if (/^(?:week|woch|wöch|hafta|semain|seman|settiman|هفته)/.test(u)) return n * 7;
  if (/^(?:month|monat|ay|mois|mes|ماه)/.test(u)) return n * 30;
  return n;
}

/** A sentence ends between two words: a keyword across it says nothing about the number. */
const SENTENCE_END = /[.!?;·•|؛](?:\s|$)|\n/;
/** "within 14 days of delivery": a delivery word after one of these dates the window, it does not compete. */
const SINCE = /(?<!\p{L})(?:of|after|from|since|upon|following|nach|ab|seit|après|à compter|dès|desde|tras|después|dopo|dal|dalla|itibaren|sonra|از|پس)(?!\p{L})/iu;

/**
 * Return windows in a text: each number+unit whose nearest keyword in the same sentence (within 60
 * characters) is a return word rather than a delivery or withdrawal word.
 */
export function returnsIn(text: string): { days: number; text: string }[] {
  if (!ANY_DIGIT.test(text) || !ANY_RETURN_WORD.test(text)) return [];
  const src = normalizeDigits(text);
  const words: { at: number; end: number; ret: boolean }[] = [];
  for (const m of src.matchAll(RETURN_WORD)) words.push({ at: m.index, end: m.index + m[0].length, ret: true });
  if (!words.length) return [];
  for (const m of src.matchAll(OTHER_WORD)) words.push({ at: m.index, end: m.index + m[0].length, ret: false });
  const out: { days: number; text: string }[] = [];
  for (const m of src.matchAll(SPAN)) {
    const start = m.index;
    const end = start + m[0].length;
    let best: { d: number; ret: boolean } | null = null;
    for (const w of words) {
      const before = w.end <= start;
      const gap = before ? src.slice(w.end, start) : src.slice(end, Math.max(end, w.at));
      const d = gap.length;
      if (d > 60 || SENTENCE_END.test(gap) || (!before && !w.ret && SINCE.test(gap))) continue;
      if (!best || d < best.d) best = { d, ret: w.ret };
    }
    if (!best?.ret) continue;
    const days = toDays(Number(m[1]), m[2]!);
    if (days > 0 && days <= 730 && !out.some((o) => o.days === days)) {
      out.push({ days, text: truncate(text.slice(Math.max(0, start - 60), end + 60).trim(), 160) });
    }
  }
  return out;
}

/** What the textFacts service answers: companiesIn and returnsIn of one text. */
export interface TextFacts {
  companies: { name: string; form: string }[];
  returns: { days: number; text: string }[];
}

export function textFacts(text: string): TextFacts {
  return { companies: companiesIn(text), returns: returnsIn(text) };
}
