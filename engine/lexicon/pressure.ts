/**
 * Pressure-tactic (dark pattern) phrase rules, after Mathur et al. 2019.
 *
 * A rule is `[category, weight, pattern, unless?]`:
 * - category: index into PRESSURE_CATEGORIES;
 * - weight: 0..100, how sure a match alone makes us (engine threshold 50; lower weights only reinforce);
 * - pattern: a RegExp source matched against FOLDED text: lower case, diacritics stripped
 *   (ü→u, ş→s, é→e, ı→i, ß→ss), Persian/Arabic-Indic digits → 0-9, ي→ی, ك→ک, ZWNJ → space.
 *   Non-ASCII letters in patterns are folded the same way when compiled, so they may be written naturally.
 * - unless: if this pattern also matches the text, the rule is ignored (e.g. first person = a review).
 *
 * Macros expanded at compile time: {N} a quantity (not money, not a percentage), {U} a time unit word,
 * {T} a countdown token (digits + unit, or a unit word), {B}/{E} word boundaries that also work for Persian.
 * Phrases are written from how shops word these messages, not copied from any data set.
 */
export const PRESSURE_CATEGORIES = [
  'urgency', 'scarcity', 'social-proof', 'misdirection', 'sneaking', 'obstruction', 'forced-action',
] as const;

export type PressureRule = readonly [category: number, weight: number, pattern: string, unless?: string];

export const U = 0, S = 1, P = 2, M = 3, K = 4, O = 5, F = 6;

const CUR = '[$€£¥₺₹₽]|(?:eur|euro|euros|usd|gbp|chf|tl|try|lira|lire|dollars?|pounds?|kr|zl|rs|inr|toman|rial|تومان|ریال)(?![a-z])';

/** Quantity: not preceded by a currency sign, not followed by money or a percent sign. */
const NUM = `(?<![$€£¥₺₹₽\\d.,] ?)\\d+(?:[.,]\\d+)*\\+?(?!\\d|[.,]\\d| ?(?:%|${CUR}))`;

const UNIT =
  'days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|tage?n?|stunden?|std|minuten|sekunden|sek|gun|saat|dakika|dk|saniye|sn|' +
  'jours?|heures?|secondes?|dias?|horas?|minutos?|segundos?|seg|giorn[io]|ore|minut[io]|second[io]|dagen|uur|seconden|' +
  'روز|ساعت|دقیقه|ثانیه';

export const MACROS: Record<string, string> = {
  N: NUM,
  U: `(?:${UNIT})`,
  T: `(?:\\d+ ?(?:(?<![a-z])(?:${UNIT})|[dhmsj])(?![a-z])|(?<![a-z])(?:${UNIT})(?![a-z]))`,
  B: '(?<![a-z\\u0621-\\u06ff])',
  E: '(?![a-z\\u0621-\\u06ff])',
};

/** Rules independent of language: countdown timers. */
export const UNIVERSAL: PressureRule[] = [
  // 02:14:33 (not a clock time, not part of a longer number run)
  [U, 65, '(?<![\\d:.,/])\\d{1,2} ?: ?\\d{2} ?: ?\\d{2}(?![\\d:]| ?(?:am|pm|a\\.m|p\\.m|uhr|h(?![a-z])|[+-]\\d|z\\b|utc|gmt))', '\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}|\\b(?:at|um|a las|alle|saat) \\d{1,2}:\\d\\d'],
  // 3 days 04 hrs 12 min / DAYS HRS MINS SECS / 00DAYS00HOURS14MINUTES21SECONDS
  [U, 85, '{T}[\\s:.,/|\\d-]*{T}[\\s:.,/|\\d-]*{T}'],
  // 12h 13m (reinforcement only: could be a duration)
  [U, 45, '\\d+ ?(?:{U}|[hm])(?![a-z])[\\s:.,]*\\d+ ?(?:{U}|[ms])(?![a-z])'],
  // 05:46 left / 12:18 minutes
  [U, 75, '\\d{1,2} ?: ?\\d{2} ?(?:left|remaining|min(?:ute)?s?(?![a-z])|dk|dakika|minuten|minutos|minuti)'],
];

/** Necessary condition for the universal rules (digits or time-unit words). */
export const UNIVERSAL_GATE =
  '\\d|day|hour|hr|min|sec|tag|stunde|std|sek|gun|saat|dakika|dk|saniye|sn|jour|heure|dia|hora|seg|giorn|ore|uur|روز|ساعت|دقیقه|ثانیه';
