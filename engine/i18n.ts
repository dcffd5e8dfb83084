/** Languages the engine's detectors and message templates know. Other page languages fall back to 'en'. */
export const LANGS = ['en', 'de', 'tr', 'fr', 'es', 'it', 'fa'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in several languages; English is required and is the fallback. */
export type Localized = { en: string } & Partial<Record<Lang, string>>;

/** Primary language subtag of a BCP 47 tag, lower-case ('de-AT' -> 'de'); '' when empty. */
export function primaryLang(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export function pick(text: Localized, lang: string): string {
  return (text as Record<string, string | undefined>)[primaryLang(lang)] ?? text.en;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing parameter is noticed. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}
