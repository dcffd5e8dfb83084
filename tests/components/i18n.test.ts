import { describe, expect, it } from 'vitest';
import { isRtlLocale, tableKeys, tableT, uiLocaleOf, UI_LOCALES } from '../../components/i18n';

describe('UI message tables', () => {
  it('every language has exactly the English keys, none empty', () => {
    const en = tableKeys('en').sort();
    for (const l of UI_LOCALES) {
      expect(tableKeys(l).sort(), l).toEqual(en);
      for (const k of en) expect(tableT(l)(k as never).trim().length, `${l}.${k}`).toBeGreaterThan(0);
    }
  });
  it('keeps $n placeholders in every translation', () => {
    const en = tableT('en');
    for (const l of UI_LOCALES) {
      const t = tableT(l);
      for (const k of tableKeys('en')) {
        const need = (en(k as never).match(/\$[1-9]/g) ?? []).length;
        const filled = t(k as never, ['A1', 'B2', 'C3'], 2);
        expect(filled.includes('$1'), `${l}.${k}`).toBe(false);
        if (need >= 1) expect(filled, `${l}.${k}`).toContain('A1');
      }
    }
  });
  it('substitutes and picks plural forms', () => {
    expect(tableT('en')('pageCount', [1], 1)).toBe('1 page');
    expect(tableT('en')('pageCount', [2], 2)).toBe('2 pages');
    expect(tableT('de')('findingCount', [3, 10])).toBe('3 von 10 Befunden');
  });
  it('maps browser languages and knows right-to-left', () => {
    expect(uiLocaleOf('de-AT')).toBe('de');
    expect(uiLocaleOf('fa_IR')).toBe('fa');
    expect(uiLocaleOf('fr')).toBe('en');
    expect(isRtlLocale('fa')).toBe(true);
    expect(isRtlLocale('tr')).toBe(false);
  });
});
