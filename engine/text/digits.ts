/**
 * Digit normalisation for finders that work on page text in several scripts.
 *
 * Every replacement maps one UTF-16 code unit to one, so an index found in the normalised string
 * is also the index in the original: finders can report `raw` and `index` from the page text.
 */

const ZERO_CODES = [
  0x0660, // Arabic-Indic ٠-٩
  0x06f0, // Extended Arabic-Indic (Persian, Urdu) ۰-۹
  0xff10, // Fullwidth ０-９
  0x0966, // Devanagari ०-९
  0x09e6, // Bengali ০-৯
];

const NON_ASCII_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u0966-\u096f\u09e6-\u09ef]/g;

/** Persian ۰-۹, Arabic-Indic ٠-٩, fullwidth ０-９ (and Devanagari, Bengali) digits → ASCII 0-9; length is preserved. */
export function normalizeDigits(s: string): string {
  return s.replace(NON_ASCII_DIGIT, (ch) => {
    const code = ch.charCodeAt(0);
    for (const zero of ZERO_CODES) {
      if (code >= zero && code <= zero + 9) return String(code - zero);
    }
    return ch;
  });
}
