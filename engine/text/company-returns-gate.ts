/**
 * Which texts can name a company (legal form) or a return window: the exact first checks of companiesIn
 * and returnsIn (engine/text/company-returns.ts). The content script keeps only these, and asks the
 * background (the textFacts service, engine/services.ts) about the few texts that pass.
 */

/** Legal forms, written as companies write them (a company name ends with one). */
export const FORM =
  'GmbH & Co\\.? KG|gGmbH|GmbH|GMBH|UG \\(haftungsbeschränkt\\)|AG|KGaA|KG|OHG|e\\.K\\.|' +
  '(?:Tic(?:aret|\\.)? )?(?:Ltd\\.?|Limited) (?:Şti|ŞTİ)\\.?|(?:Sanayi ve )?(?:Tic(?:aret|\\.)? )?A\\.[ŞS]\\.|AŞ|' +
  'Pty\\.? Ltd\\.?|Ltd\\.?|LTD\\.?|Limited|LIMITED|LLC|L\\.L\\.C\\.|Inc\\.?|INC\\.?|Corp\\.?|PLC|plc|LLP|' +
  'S\\.L\\.U?\\.?|S\\.A\\.S\\.?|SAS|SARL|S\\.à ?r\\.l\\.|S\\.A\\.|S\\.p\\.A\\.|SpA|S\\.r\\.l\\.|Srl|SRL|' +
  'B\\.V\\.|BV|N\\.V\\.|Oy|AB|ApS|A/S|sp\\. z o\\.o\\.';
/**
 * The legal form alone, after the space that ends every name: a company name needs one, and this is much
 * cheaper to look for than a whole name.
 */
export const ANY_FORM = new RegExp(`[ \\u00a0](?:${FORM})`, 'u');
/** Persian company names start with this word. */
export const SHERKAT = 'شرکت';

/** Return / refund / money-back words: the shop's own return promise. */
export const RETURN_WORD =
  /return|refund|money[- ]back|rückgabe|rücksend|rückversand|umtausch|zurückgeben|zurücksenden|iade|retour|rembours|devoluci|devolver|reembolso|reso\b|resi\b|restitu|rimbors|بازگشت|مرجوع|عودت|بازپس/giu;
/** The same words, to test a text before any other work: digit normalisation never creates one. */
export const ANY_RETURN_WORD = new RegExp(RETURN_WORD.source, 'iu');
/** Any digit normalizeDigits reads: a return window needs a number. */
export const ANY_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u0966-\u096f\u09e6-\u09ef]/;

/** False when companiesIn and returnsIn both find nothing in the text, without asking them. */
export function mayNameCompanyOrReturns(text: string): boolean {
  return ANY_FORM.test(text) || text.includes(SHERKAT) || (ANY_DIGIT.test(text) && ANY_RETURN_WORD.test(text));
}
