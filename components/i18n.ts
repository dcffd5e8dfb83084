/**
 * UI language of the popup and the review page. Messages live in locales/<lang>.json (built into
 * _locales by @wxt-dev/i18n, so browser.i18n serves the browser's language). The reviewer may pick
 * another language in the UI; browser.i18n cannot switch, so then the same keys are looked up in the
 * bundled tables here. Persian is right-to-left.
 */
import en from '../locales/en.json';
import de from '../locales/de.json';
import tr from '../locales/tr.json';
import fa from '../locales/fa.json';

export type MessageKey = keyof typeof en;
type Entry = string | { [form: string]: string };
type Table = Record<string, Entry>;

export const UI_LOCALES = ['en', 'de', 'tr', 'fa'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export const LOCALE_NAMES: Record<UiLocale, string> = { en: 'English', de: 'Deutsch', tr: 'Türkçe', fa: 'فارسی' };

const TABLES: Record<UiLocale, Table> = { en, de, tr, fa };

export function isUiLocale(x: unknown): x is UiLocale {
  return typeof x === 'string' && (UI_LOCALES as readonly string[]).includes(x);
}

/** The UI locale for a browser language tag ("de-AT" → de); English when not one of ours. */
export function uiLocaleOf(tag: string | undefined | null): UiLocale {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return isUiLocale(primary) ? primary : 'en';
}

export function isRtlLocale(locale: string): boolean {
  return ['fa', 'ar', 'he', 'ur'].includes(locale.split('-')[0] ?? '');
}

export type Subs = readonly (string | number)[];

/** Translate: `t(key)`, `t(key, [subs])`, or for a plural entry `t(key, [n, ...], n)`. */
export type T = (key: MessageKey, subs?: Subs, count?: number) => string;

function substitute(text: string, subs: Subs): string {
  return text.replace(/\$(\$|[1-9])/g, (m, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? m)));
}

function pickForm(entry: Entry, count: number | undefined): string {
  if (typeof entry === 'string') return entry;
  if (count !== undefined && entry[String(count)] !== undefined) return entry[String(count)]!;
  return entry.n ?? Object.values(entry)[0] ?? '';
}

/** Lookup in the bundled tables (falls back to English, then to the key). */
export function tableT(locale: UiLocale): T {
  const table = TABLES[locale];
  return (key, subs = [], count) => {
    const entry = table[key] ?? (en as Table)[key];
    return entry === undefined ? key : substitute(pickForm(entry, count), subs);
  };
}

/** Every key of every table, for the completeness test. */
export function tableKeys(locale: UiLocale): string[] {
  return Object.keys(TABLES[locale]);
}
