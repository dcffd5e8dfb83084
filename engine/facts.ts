/**
 * Page facts for journey checks (engine/journey.ts): what a later touchpoint is compared with.
 * Read once per page from the shared PageContext (no new DOM walk): phones and e-mails from the contact
 * facts' elements, legal company names, return windows, prices and the checkout step indicator.
 * Runs in the content script, so it stays small: no tables, a few regular expressions.
 */
import type { FactPlace, PageFacts } from './result';
import type { PageContext, TextBlock } from './page-types';
import { findPhones, normalizePhone, samePhone } from './text/phones';
import { findEmails } from './text/emails';
import { normalizeDigits } from './text/digits';
import { collapse, truncate } from './dom';
import { pricesOf, stepOf } from './facts-prices';

/** Where a fact sits: the template every page repeats ('site') or this page's own content ('main'). */
export function placeOf(ctx: PageContext, el: Element, block?: TextBlock): FactPlace {
  const r = ctx.region(el);
  if (r === 'header' || r === 'footer' || r === 'nav' || r === 'aside') return 'site';
  if (r === 'other' && block && (block.order > 0.85 || /©|copyright/i.test(block.text))) return 'site';
  return 'main';
}

/** Legal forms, written as companies write them; the name is the 1–5 capitalised words before. */
const FORM =
  'GmbH & Co\\.? KG|gGmbH|GmbH|GMBH|UG \\(haftungsbeschränkt\\)|AG|KGaA|KG|OHG|e\\.K\\.|' +
  '(?:Tic(?:aret|\\.)? )?(?:Ltd\\.?|Limited) (?:Şti|ŞTİ)\\.?|(?:Sanayi ve )?(?:Tic(?:aret|\\.)? )?A\\.[ŞS]\\.|AŞ|' +
  'Pty\\.? Ltd\\.?|Ltd\\.?|LTD\\.?|Limited|LIMITED|LLC|L\\.L\\.C\\.|Inc\\.?|INC\\.?|Corp\\.?|PLC|plc|LLP|' +
  'S\\.L\\.U?\\.?|S\\.A\\.S\\.?|SAS|SARL|S\\.à ?r\\.l\\.|S\\.A\\.|S\\.p\\.A\\.|SpA|S\\.r\\.l\\.|Srl|SRL|' +
  'B\\.V\\.|BV|N\\.V\\.|Oy|AB|ApS|A/S|sp\\. z o\\.o\\.';
/** A capitalised word of a name; not the start of a compound form ("GmbH & Co. KG"). */
const NAME_WORD = "(?!GmbH[ \\u00a0]|Co\\.[ \\u00a0])[\\p{Lu}\\d][\\p{L}\\p{M}\\d&'’.\\-]*";
const COMPANY = new RegExp(
  `((?:${NAME_WORD}[ \\u00a0]+(?:(?:&|und|and|ve|et|y|e|de|di|of|the)[ \\u00a0]+)?){1,5})(${FORM})(?![\\p{L}\\d])`,
  'gu',
);
/** Persian: شرکت <name> (سهامی خاص | سهامی عام | با مسئولیت محدود). */
const COMPANY_FA = /شرکت[\s‌]+((?:[\p{L}\p{M}‌]+[\s‌]+){1,4}?)\(?((?:سهامی[\s‌]*(?:خاص|عام))|(?:با[\s‌]+)?مسئولیت[\s‌]+محدود)/gu;
/**
 * The legal form alone, after the space that ends every name: a company name needs one, and this is much
 * cheaper to look for than a whole name.
 */
const ANY_FORM = new RegExp(`[ \\u00a0](?:${FORM})`, 'u');
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
  if (text.includes('شرکت')) for (const m of text.matchAll(COMPANY_FA)) {
    out.push({ name: collapse(`${m[1]!} ${m[2]!}`), form: collapse(m[2]!) });
  }
  return out;
}

const UNIT = '(?:days?|tage?n?|tägig\\w*|gün\\w*|jours?|d[ií]as?|giorni|giorno|روزه?|weeks?|wochen?|wöchig\\w*|hafta\\w*|semaines?|semanas?|settiman[ae]|هفته|months?|monate?n?|monatig\\w*|ay(?:l[ıi]k)?|mois|mes(?:es|e|i)?|ماهه?)';
const SPAN = new RegExp(`(?<![\\d.,])(\\d{1,3})[\\s‌-]*(${UNIT})(?![\\p{L}])`, 'giu');
/** Return / refund / money-back words: the shop's own return promise. */
const RETURN_WORD =
  /return|refund|money[- ]back|rückgabe|rücksend|rückversand|umtausch|zurückgeben|zurücksenden|iade|retour|rembours|devoluci|devolver|reembolso|reso\b|resi\b|restitu|rimbors|بازگشت|مرجوع|عودت|بازپس/giu;
/** The same words, to test a text before any other work: digit normalisation never creates one. */
const ANY_RETURN_WORD = new RegExp(RETURN_WORD.source, 'iu');
/** Any digit normalizeDigits reads: a return window needs a number. */
const ANY_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u0966-\u096f\u09e6-\u09ef]/;
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

/** All facts of a page. Never throws on odd markup; each part is independent. */
export function extractFacts(ctx: PageContext): PageFacts {
  const blockOf = new Map<Element, TextBlock>();
  for (const b of ctx.textBlocks) blockOf.set(b.el, b);

  const phones: PageFacts['phones'] = [];
  const addPhone = (raw: string, place: FactPlace) => {
    const normalized = normalizePhone(raw);
    if (normalized.replace(/\D/g, '').length < 5) return;
    if (!phones.some((p) => p.place === place && samePhone(p.normalized, normalized))) phones.push({ raw: collapse(raw), normalized, place });
  };
  for (const el of new Set(ctx.contact.phoneEls)) {
    const href = el.getAttribute('href') ?? '';
    const block = blockOf.get(el);
    const place = placeOf(ctx, el, block);
    if (/^tel:/i.test(href)) addPhone(safeDecode(href.slice(4)), place);
    else if (block) for (const p of findPhones(block.text)) addPhone(p.raw, place);
  }

  const emails: PageFacts['emails'] = [];
  const addEmail = (email: string, place: FactPlace) => {
    if (email.includes('@') && !emails.some((e) => e.email === email && e.place === place)) emails.push({ email, place });
  };
  for (const el of new Set(ctx.contact.emailEls)) {
    const href = el.getAttribute('href') ?? '';
    const block = blockOf.get(el);
    const place = placeOf(ctx, el, block);
    if (/^mailto:/i.test(href)) addEmail(safeDecode(href.slice(7).split('?')[0] ?? '').trim().toLowerCase(), place);
    else if (block) for (const e of findEmails(block.text)) addEmail(e.email, place);
  }

  const companies: PageFacts['companies'] = [];
  const returns: PageFacts['returns'] = [];
  for (const b of ctx.textBlocks) {
    if (!b.visible || b.text.length > 2000) continue;
    const found = companiesIn(b.text);
    const windows = returnsIn(b.text);
    if (!found.length && !windows.length) continue;
    const place = placeOf(ctx, b.el, b);
    for (const c of found) {
      if (companies.length < 20 && !companies.some((x) => x.name === c.name && x.place === place)) companies.push({ ...c, place });
    }
    for (const r of windows) {
      if (returns.length < 20 && !returns.some((x) => x.days === r.days && x.place === place)) returns.push({ ...r, place });
    }
  }

  return { phones, emails, companies, returns, prices: pricesOf(ctx), step: stepOf(ctx) };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
