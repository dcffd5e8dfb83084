/**
 * The UI language in extension pages: the browser's (served by @wxt-dev/i18n from _locales), or the
 * reviewer's choice kept in browser.storage.local (then looked up in the bundled tables, because
 * browser.i18n cannot switch). Sets <html lang dir>, and follows changes made in another extension page.
 */
import { createI18n } from '@wxt-dev/i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { isRtlLocale, tableT, uiLocaleOf, UI_LOCALES, type T, type UiLocale } from './i18n';

const KEY = 'uiLocale';
const Choice = z.enum(UI_LOCALES).nullable().catch(null);

const i18n = createI18n();

/** browser.i18n lookup with the same keys and the same call shape as tableT. */
export const browserT: T = (key, subs = [], count) => {
  const text = count === undefined ? i18n.t(key, subs.map(String)) : i18n.t(key, count, subs.map(String));
  return text || tableT('en')(key, subs, count);
};

export async function readLocaleChoice(): Promise<UiLocale | null> {
  return Choice.parse((await browser.storage.local.get(KEY))[KEY] ?? null);
}

export async function writeLocaleChoice(locale: UiLocale | null): Promise<void> {
  if (locale) await browser.storage.local.set({ [KEY]: locale });
  else await browser.storage.local.remove(KEY);
}

export interface UiLocaleState {
  locale: UiLocale;
  chosen: UiLocale | null;
  t: T;
  setLocale: (l: UiLocale | null) => void;
}

export function stateFor(chosen: UiLocale | null): UiLocaleState & { apply: () => void } {
  const locale = chosen ?? uiLocaleOf(browser.i18n.getUILanguage());
  const t = chosen ? tableT(chosen) : browserT;
  return {
    locale,
    chosen,
    t,
    setLocale: (l) => void writeLocaleChoice(l),
    apply: () => {
      document.documentElement.lang = locale;
      document.documentElement.dir = isRtlLocale(locale) ? 'rtl' : 'ltr';
    },
  };
}

/** Preact hook: the current UI locale, updated when the choice changes in any extension page. */
export function useUiLocale(initial: UiLocale | null): UiLocaleState {
  const [chosen, setChosen] = useState<UiLocale | null>(initial);
  useEffect(() => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && KEY in changes) setChosen(Choice.parse(changes[KEY]!.newValue ?? null));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const state = stateFor(chosen);
  state.apply();
  return { locale: state.locale, chosen, t: state.t, setLocale: (l) => { setChosen(l); state.setLocale(l); } };
}
