/**
 * Phone numbers in page text, any country, without metadata tables.
 *
 * A run of digits and phone separators is a candidate; it is accepted when its shape is phone-like on its
 * own (international +/00 prefix, national trunk 0, North-American (555) 123-4567), or when a phone word
 * (Tel., Telefon, Hotline, تلفن, ☎ ...) stands just before it. It is rejected when it looks like a price,
 * date, time, range, postal code, IBAN, order number, SKU or year list, or when the nearest label before it
 * names something else (Bestellnummer, IBAN, Fax, کد پستی ...).
 *
 * libphonenumber-js was weighed and left out: even its /min build with metadata is far larger (> 30 KB
 * gzipped) than this module's share of the content-script budget.
 */
import { normalizeDigits } from './digits';

export interface PhoneMatch {
  /** The text as written on the page. */
  raw: string;
  /** Digits only, with a leading + when the number is written in international form. */
  normalized: string;
  /** Offset of `raw` in the text passed in. */
  index: number;
}

export interface FindPhonesOptions {
  /** Also return numbers labelled as fax (Fax:, Telefax, فکس); by default they are left out: nobody answers them. */
  includeFax?: boolean;
}

const BIDI = '\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const SPACES = ' \\t\\u00a0\\u2007\\u2009\\u202f';
/** Between two digits: up to 4 of space, bidi mark, . - / ( ). Not newline (blocks are joined by it), not – (ranges). */
const GAP = `[${SPACES}${BIDI}.\\-\\u2010\\u2011/()]{0,4}`;
const CANDIDATE = new RegExp(`(?:\\+[${SPACES}]?)?[(${BIDI}]{0,2}\\d(?:${GAP}\\d)*`, 'g');

/** Words that announce a phone number, any language; matched at a word start. */
const PHONE_LABEL = new RegExp(
  '(?<!\\p{L})(?:tel|phone|ph\\.|call|hotline|mobil|handy|cell|gsm|fon\\b|anruf|ruf|whatsapp|sms|tlf|' +
    'tél|llám|llam|chiam|appel|arayın|arama\\s?hatt|bel\\s?ons|тел|звон|' +
    'تلفن|تماس|همراه|موبایل|شماره|هاتف|الهاتف|جوال|اتصل|رقم)|[☎☏✆📞📱]|(?<!\\p{L})[tpm]\\s?:',
  'giu',
);

/** Labels of other numbers, matched as whole words. */
const OTHER_LABEL_WORD = new RegExp(
  '(?<!\\p{L})(?:sku|ean|gtin|upc|mpn|asin|isbn|imei|iban|bic|swift|blz|ust|vat|mwst|tax|hrb|hra|plz|zip|cap|' +
    'tva|rcs|nif|cif|nie|kvk|btw|abn|acn|vkn|siret|siren|ref|réf|item|model|modell|lot|batch|serial|' +
    'account|konto|card|karte|kart|pin|fax|faks|telefax|télécopie|fon\\s?/\\s?fax)(?!\\p{L})',
  'giu',
);

/** Labels of other numbers, matched at a word start (compounds, inflections). */
const OTHER_LABEL_PREFIX = new RegExp(
  '(?<!\\p{L})(?:order|bestell|auftrag|invoice|rechnung|sipariş|siparis|fatura|commande|pedido|factu|' +
    'ordine|fattur|artikel|art\\.?-?nr|produkt-?nr|referen|tracking|sendung|kunden-?n|' +
    'customer\\s?(?:no|number|id|#)|steuer|handelsreg|amtsgericht|registergericht|postal|postcode|postleitz|' +
    'posta\\s?kod|code\\s?postal|código\\s?postal|codice|partita|p\\.\\s?iva|vergi|mersis|kimlik|registr|' +
    'company\\s?(?:no|number)|serien|seri\\s?no|заказ|' +
    'کد\\s?(?:پستی|ملی|اقتصادی)|سفارش|فاکتور|شناسه|ثبت|رهگیری|فکس|نمابر|حساب|کارت|شبا|' +
    'الطلب|فاكس|الرمز|الحساب|بطاقة)',
  'giu',
);

/** Both phone and fax on one label ("Tel./Fax:") count as a phone label. */
const TEL_FAX = /(?:tel|phone|telefon|fon)\.?\s*(?:[/&+,]|\s(?:und|and|e|et|y|ve|u\.)\s)\s*(?:tele)?fax/giu;

const CURRENCY_BEFORE =
  /(?:[$€£¥₺₽₹﷼¢]|(?<!\p{L})(?:eur|usd|gbp|chf|try|tl|rs|irr|irt|kr|sek|nok|dkk|pln|cad|aud|inr|aed|sar|rial|toman|تومان|ریال|ر\.س|درهم)\.?)\s*$/iu;
const CURRENCY_AFTER =
  /^\s*(?:[$€£¥₺₽₹﷼¢%‰°]|,-|(?:eur|euro|usd|dollars?|gbp|chf|try|tl|lira|tomans?|rials?|kr|zł|sek|nok|dkk|pln|aed|sar|تومان|ریال|درهم|دينار|ريال|руб)(?!\p{L}))/iu;
const UNIT_AFTER =
  /^\s?(?:mm|cm|km|m²|m2|qm|kg|g|mg|ml|l|mah|gb|tb|mb|kb|px|x|uhr|h|hrs?|am|pm|saat|min|stk|pcs|st|sq|ft|in|mi|lbs?|oz|kcal|kw|w|v)(?!\p{L})/iu;

const DATE_DMY = /^(\d{1,2})\s?([./-])\s?(\d{1,2})\s?\2\s?(\d{2}|\d{4})$/;
const DATE_YMD = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})$/;
const DATE_PART = /\d{1,2}\s?[./]\s?\d{1,2}\s?[./]\s?(?:\d{4}|\d{2})?|\d{4}[./-]\d{1,2}[./-]\d{1,2}/;
const TIME_RANGE = /^\d{1,2}[.:]\d{2}(?:\s*[-/]\s*\d{1,2}[.:]\d{2})?$/;
const NANP = /^(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\)|[2-9]\d{2})[ .-]?\d{3}[ .-]\d{4}$/;
/** 1.234.567 / 12,345,678 / 1 234 567: an amount (a Spanish 912 345 678 needs a phone label). */
const THOUSANDS = /^[1-9]\d{0,2}(?:([. ,'])\d{3})(?:\1\d{3})+$/;
const YEARS = /^(?:(?:1[3-4]|19|20)\d{2}\D+)+(?:1[3-4]|19|20)\d{2}$/;

const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;
/** Tel0301234567: a label glued to the number. */
const GLUED_LABEL = /(?:tel|fon|phone|tlf|تلفن|هاتف)\.?$/iu;

function lastEnd(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let end = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end;
}

type Label = 'phone' | 'fax' | 'other' | null;

/** The label nearest before a candidate on the same line, within 40 characters. */
function labelBefore(text: string, index: number): Label {
  let win = text.slice(Math.max(0, index - 40), index);
  const nl = win.lastIndexOf('\n');
  if (nl >= 0) win = win.slice(nl + 1);
  if (!win) return null;
  const phone = Math.max(lastEnd(PHONE_LABEL, win), lastEnd(TEL_FAX, win));
  const word = lastEnd(OTHER_LABEL_WORD, win);
  const prefix = lastEnd(OTHER_LABEL_PREFIX, win);
  const other = Math.max(word, prefix);
  if (phone < 0 && other < 0) return null;
  if (phone >= other) return 'phone';
  OTHER_LABEL_WORD.lastIndex = 0;
  let isFax = false;
  for (let m = OTHER_LABEL_WORD.exec(win); m; m = OTHER_LABEL_WORD.exec(win)) {
    if (m.index + m[0].length === other) isFax = /fax|faks|télécopie/i.test(m[0]);
  }
  if (prefix === other && /(?:فکس|نمابر|فاكس)$/u.test(win.slice(0, other))) isFax = true;
  return isFax ? 'fax' : 'other';
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

function isDate(compact: string): boolean {
  const dmy = DATE_DMY.exec(compact);
  if (dmy) {
    const a = Number(dmy[1]);
    const b = Number(dmy[3]);
    if (a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31))) return true;
  }
  const ymd = DATE_YMD.exec(compact);
  if (ymd && Number(ymd[3]) <= 12 && Number(ymd[4]) <= 31) return true;
  // A range of dates: 01.05.-15.05.2024, 2024-05-01/2024-05-03
  const parts = compact.split(/\s*[-/]\s*(?=\d)/);
  if (parts.length === 2 && parts.every((p) => DATE_PART.test(p) && p.replace(DATE_PART, '') === '')) return true;
  return false;
}

/** Fullwidth plus and digits in any script → ASCII, same length. */
function prepare(text: string): string {
  return normalizeDigits(text).replace(/＋/g, '+');
}

/** Strips formatting: + and digits only; 00 → +; a national (0) after a country code is dropped. */
export function normalizePhone(s: string): string {
  let t = prepare(s).replace(new RegExp(`[${BIDI}]`, 'g'), '').trim();
  if (/^\(?\s*(?:\+|00)/.test(t)) t = t.replace(/\(\s*0\s*\)/, '');
  // Persian pages sometimes type the number after the area code so it reads right-to-left: 12345678-021.
  const flipped = /^(\d{7,8})\s?-\s?(0\d{2,3})$/.exec(t);
  if (flipped) t = `${flipped[2]}${flipped[1]}`;
  const plus = /^\(?\s*\+/.test(t);
  let d = digitsOf(t);
  if (!plus && d.startsWith('00') && d.length > 9) return `+${d.slice(2)}`;
  return plus ? `+${d}` : d;
}

/**
 * Whether two written numbers are the same line: equal after normalisation, or one international
 * (+49 30 1234567) and one national with a trunk 0 (030 1234567) whose rest matches; Italian numbers
 * keep their 0 (+39 06 ... = 06 ...), North-American ones drop the 1 ((555) 123-4567 = +1 555 123 4567).
 */
export function samePhone(a: string, b: string): boolean {
  const x = normalizePhone(a);
  const y = normalizePhone(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const intl = x.startsWith('+') ? x : y.startsWith('+') ? y : '';
  const nat = intl === x ? y : x;
  if (!intl || nat.startsWith('+')) return false;
  if (intl.startsWith('+1') && (nat === intl.slice(2) || nat === intl.slice(1))) return true;
  if (!nat.startsWith('0') || nat.startsWith('00') || nat.length < 6) return false;
  for (let cc = 1; cc <= 3; cc++) {
    const rest = intl.slice(1 + cc);
    if (rest === nat.slice(1) || rest === nat) return true;
  }
  return false;
}

/** Phone numbers in a text, in order; see the module comment for what is accepted. */
export function findPhones(text: string, opts: FindPhonesOptions = {}): PhoneMatch[] {
  const src = prepare(text);
  const out: PhoneMatch[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(src); m; m = CANDIDATE.exec(src)) {
    let raw = m[0];
    let index = m.index;
    // Leading bidi marks and an opening parenthesis without a closing one are not part of the number.
    const lead = /^[\u200e\u200f\u202a-\u202e\u2066-\u2069]+/.exec(raw);
    if (lead) {
      index += lead[0].length;
      raw = raw.slice(lead[0].length);
    }
    if (raw.startsWith('(') && !raw.includes(')')) {
      index += 1;
      raw = raw.slice(1);
    }
    raw = raw.replace(/[\s()\u200e\u200f\u202a-\u202e\u2066-\u2069]+$/, '');
    const d = digitsOf(raw);
    if (d.length < 7 || d.length > 17) continue;
    if (accept(src, raw, index, d, opts)) {
      out.push({ raw: text.slice(index, index + raw.length), normalized: normalizePhone(raw), index });
    }
  }
  return out;
}

function accept(src: string, raw: string, index: number, d: string, opts: FindPhonesOptions): boolean {
  const end = index + raw.length;
  const before = src.slice(Math.max(0, index - 12), index);
  const after = src.slice(end, end + 12);
  const label = labelBefore(src, index);
  if (label === 'other' || (label === 'fax' && !opts.includeFax)) return false;
  const labelled = label === 'phone' || label === 'fax';

  // Glued to a word or a longer number: IBAN (DE89 3704...), SKU-4921384712, #100234567, 12.05.2024.
  const prev = before.slice(-1);
  const prev2 = before.slice(-2, -1);
  if (prev && LETTER_OR_DIGIT.test(prev) && !GLUED_LABEL.test(before)) return false;
  if (/[#№]/.test(prev)) return false;
  if (/[-_/.,:٫٬]/.test(prev) && prev2 && /[\p{N}\-_/]/u.test(prev2)) return false;
  if (/[-_]/.test(prev) && prev2 && /\p{L}/u.test(prev2)) return false;
  // Glued to a word by a dot or slash (doi:10.1073/pnas.0801507105), unless the word is a phone label (Tel.).
  const glued = /\S*$/.exec(before)?.[0] ?? '';
  if (/[./]$/.test(glued) && /\p{L}/u.test(glued) && !GLUED_LABEL.test(glued)) return false;
  if (/^:\d/.test(after)) return false; // a time follows: 08.04.2015 12:43
  const next = after.slice(0, 1);
  if (next && /[\p{N}]/u.test(next)) return false;
  if (next && /\p{L}/u.test(next) && !labelled) return false;
  if (/^[.,٫٬]\d/.test(after)) return false; // 1.234,56 / 12,345.00
  if (/^\s?[-–—]\s?\d/.test(after) && !/^\+|^\(?0/.test(raw)) return false; // a range: 1000000–2000000
  if (/[-–—]\s?$/.test(before) && /\d\s?[-–—]\s?$/.test(before)) return false;

  // Prices, percentages, units.
  if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after) || UNIT_AFTER.test(after)) return false;

  const compact = raw.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ');
  if (isDate(compact) || TIME_RANGE.test(compact) || YEARS.test(compact)) return false;
  // A date with more after it (08.04.2015 12, 2024-05-01 10).
  const head = /^(\d{1,2})\.(\d{1,2})\.(?:\d{4}|\d{2}(?!\d))|^\d{4}-(\d{2})-\d{2}/.exec(compact);
  if (head && (head[3] ? Number(head[3]) <= 12 : Number(head[1]) <= 31 && Number(head[2]) <= 12)) return false;
  if (/\d[.:]\d{2}\s*-\s*\d{1,2}[.:]\d{2}/.test(compact)) return false; // 9.00-18.00 inside a run

  const intl = /^\+/.test(compact) || (/^\(?00[1-9]/.test(compact) && /^\(?00\d{1,3}[\s(/.-]/.test(compact));
  if (intl) {
    const rest = compact.startsWith('+') ? d : d.slice(2);
    const national = compact.replace(/\(\s*0\s*\)/, '');
    const n = digitsOf(national).length - (compact.startsWith('+') ? 0 : 2);
    return rest[0] !== '0' && n >= 8 && n <= 15;
  }
  if (d.length > 15) return false;

  const grouped = /\D/.test(compact);
  const trunk = /^\(?0[1-9]/.test(compact);
  const thousands = THOUSANDS.test(compact);
  // Persian right-to-left habit: 12345678-021.
  const flipped = /^\d{7,8}\s?-\s?0\d{2,3}$/.test(compact);
  if (trunk && d.length >= 9 && d.length <= (grouped ? 12 : 11)) return true;
  if (NANP.test(compact)) return true;
  if (!labelled) return false;
  if (thousands && /[.,']/.test(compact)) return false;
  if (flipped) return true;
  return d.length >= 7 && d.length <= 15;
}
