/** The UI language picker: "Browser language" or one of ours; the caller keeps the choice. */
import { LOCALE_NAMES, UI_LOCALES, isUiLocale, type T, type UiLocale } from './i18n';

export function LanguageSelect({ chosen, t, onChange }: { chosen: UiLocale | null; t: T; onChange: (l: UiLocale | null) => void }) {
  return (
    <label class="lang">
      <span class="sr-only">{t('language')}</span>
      <select
        name="ui-language"
        value={chosen ?? ''}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onChange(isUiLocale(v) ? v : null);
        }}
      >
        <option value="">{t('browserLanguage')}</option>
        {UI_LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>{LOCALE_NAMES[l]}</option>
        ))}
      </select>
    </label>
  );
}
