/**
 * Countdown timers: time text in a countdown format ("02:14:33", "2d 03h 12m", "02 saat 14 dakika",
 * "۰۲:۱۴:۳۳"), timer-like elements, and a confirmation that a timer really counts on its own.
 */
import type { PageContext } from '../page-types';
import { lower } from './steps';
import { MAX_LEN, pressureHitsSteps, within } from './pressure-hits';
import { drain } from '../slices';

const UNIT =
  'd|h|m|s|j|g|sa|dk|sn|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|tage?n?|std|stunden?|min|minuten?|sek|sekunden?|' +
  'g[üu]n|saat|dakika|saniye|jours?|heures?|secondes?|d[ií]as?|horas?|minutos?|segundos?|seg|giorn[oi]|ore|minut[oi]|second[oi]|' +
  'روز|ساعت|دقیقه|ثانیه';
/** HH:MM:SS or D:HH:MM:SS, not a clock time ("at 14:30:00", "12:00:00 UTC") nor part of a date-time. */
const COLON = /(?<![\d:.\/-])(?:\d{1,3}\s?:\s?)?\d{1,2}\s?:\s?\d{2}\s?:\s?\d{2}(?![\d:]|\s*(?:am|pm|uhr|utc|gmt|[+-]\d))/;
/** Two or more number+unit groups: "2d 03h 12m", "02 Std 14 Min", "1 gün 3 saat". */
const UNITS = new RegExp(`(?<![\\w.])\\d{1,3}\\s*(?:${UNIT})(?![a-zğüşıöç\\u0621-\\u06ff])[\\s:,.|/-]*\\d{1,2}\\s*(?:${UNIT})(?![a-zğüşıöç\\u0621-\\u06ff])`);
/** MM:SS (two groups) counts only in a timer-like element or next to urgency words. */
const SHORT = /(?<![\d:.\/-])\d{1,2}\s?:\s?\d{2}(?![\d:]|\s*(?:am|pm|uhr|h\b))/;
const DATE = /\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|\b(?:at|um|a las|alle|saat|à)\s+\d{1,2}:\d\d/;

/** What any countdown needs after lower(): a colon (COLON, SHORT), or a digit before a unit's first letter (UNITS). */
const MAY_COUNT = /:|\d\s*[dhmsjgtoرسدث]/;

/** A digit that lower() turns into (or keeps as) an ASCII digit: ASCII, Arabic-Indic, Persian, fullwidth, Devanagari, Bengali. */
const ANY_DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u0966-\u096f\u09e6-\u09ef]/;

/** Class or id of a countdown element. */
export const TIMER_ATTR = /count-?down|timer|time-?left|time-?remaining|deal-?clock|flip-?clock/i;

/**
 * The countdown time in a text ("02:14:33", "2d 03h 12m"), or null. `loose` also accepts MM:SS
 * (for text inside a timer-like element or next to urgency words).
 */
export function findCountdown(text: string, loose = false): string | null {
  // Most texts have no digit at all: say so before lower-casing and digit-normalising them.
  if (!ANY_DIGIT.test(text)) return null;
  const s = lower(text);
  if (!/\d/.test(s) || !MAY_COUNT.test(s) || DATE.test(s)) return null;
  const m = COLON.exec(s) ?? UNITS.exec(s) ?? (loose ? SHORT.exec(s) : null);
  return m ? text.slice(m.index, m.index + m[0].length).trim() || m[0] : null;
}

/** The digits of a countdown text, for change detection ("02:14:33" → "021433"). */
function digitsOf(el: Element): string {
  const t = (el.textContent ?? '').replace(/\s+/g, ' ');
  const found = findCountdown(t, true);
  return found ? lower(found).replace(/\D/g, '') : lower(t).replace(/\D/g, '');
}

/**
 * Confirms timers: reads each candidate's time digits, waits `ms`, reads again, and returns the elements
 * whose digits changed on their own (a static "00:59:12" is not a running countdown). The engine is
 * synchronous, so the content script calls this after the audit with the countdown-timer findings' elements.
 */
export function watchCountdowns(elements: Element[], ms: number): Promise<Element[]> {
  const before = elements.map(digitsOf);
  return new Promise((resolve) => {
    setTimeout(() => {
      resolve(elements.filter((el, i) => {
        const now = digitsOf(el);
        return now !== '' && before[i] !== '' && now !== before[i];
      }));
    }, ms);
  });
}

export interface Countdown {
  el: Element;
  /** The text shown (block or timer element), as on the page. */
  text: string;
  /** The time part ("02:14:33"). */
  time: string;
}

export interface Countdowns {
  timers: Countdown[];
  used: Set<Element>;
}

const found = new WeakMap<PageContext, Countdowns>();

/**
 * Whether an element's class or id (as the walk read them) names a timer, tested apart (no pattern holds a
 * space). `named` holds the answers for the class values met so far (a page repeats a few hundred class
 * values over thousands of elements).
 */
function timerNamed(cls: string, id: string, named: Map<string, boolean>): boolean {
  if (cls) {
    let yes = named.get(cls);
    if (yes === undefined) named.set(cls, (yes = TIMER_ATTR.test(cls)));
    if (yes) return true;
  }
  return !!id && TIMER_ATTR.test(id);
}

/**
 * Countdowns on the page: timer-like elements (class/id countdown, timer, …) showing a time, and text blocks
 * with a countdown-format time next to urgency words (in the block without the time, or the blocks beside
 * it). `used` holds every element consumed (timers and their urgency labels), so urgency-message skips them.
 */
export function countdownsOf(ctx: PageContext): Countdowns {
  return found.get(ctx) ?? drain(countdownsSteps(ctx));
}

/** countdownsOf as a generator that pauses every 1,024 elements or 256 blocks (see pressureHitsSteps). */
export function* countdownsSteps(ctx: PageContext): Generator<void, Countdowns, void> {
  const hit = found.get(ctx);
  if (hit) return hit;
  let n = 0;
  const timers: Countdown[] = [];
  const used = new Set<Element>();
  const roots = new Set<Element>();
  const blocks = ctx.textBlocks;
  const named = new Map<string, boolean>();
  const { elements, classNames, ids } = ctx;
  for (let i = 0; i < elements.length; i++) {
    if ((++n & 1023) === 0) yield;
    if (!timerNamed(classNames[i] ?? '', ids[i] ?? '', named)) continue;
    const el = elements[i]!;
    if (!ctx.visible(el) || (roots.size > 0 && within(el, roots))) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 120 || !/\d/.test(text)) continue;
    let time = findCountdown(text, true);
    if (!time) {
      const nums = blocks.filter((b) => el.contains(b.el) && /^\d{1,3}$/.test(lower(b.text))).map((b) => b.text);
      if (nums.length >= 2) time = nums.join(':');
    }
    if (time) {
      roots.add(el);
      timers.push({ el, text, time });
    }
  }
  const urgent = new Set((yield* pressureHitsSteps(ctx)).filter((h) => h.category === 'urgency').map((h) => h.el));
  for (let i = 0; i < blocks.length; i++) {
    if ((++n & 255) === 0) yield;
    const b = blocks[i]!;
    if (!b.visible || b.text.length > MAX_LEN || (roots.size > 0 && within(b.el, roots))) continue;
    const time = findCountdown(b.text, true);
    if (!time) continue;
    const rest = b.text.replace(time, ' ');
    const own = ctx.services.classifyPressure(rest, ctx.lang)?.category === 'urgency';
    const near = own ? null : [blocks[i - 1], blocks[i - 2], blocks[i + 1]].find((n) => n && urgent.has(n.el) && !findCountdown(n.text, true));
    if (!own && !near) continue;
    // Only a label nearby: the block itself must be little more than the time.
    if (!own && rest.replace(/\s+/g, '').length > 24) continue;
    if ([...roots].some((r) => b.el.contains(r))) continue;
    timers.push({ el: b.el, text: b.text, time });
    if (near) used.add(near.el);
  }
  for (const t of timers) used.add(t.el);
  const out = { timers, used };
  found.set(ctx, out);
  return out;
}
