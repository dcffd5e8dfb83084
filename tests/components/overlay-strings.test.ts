/** Every text of the on-page panel exists in each UI language (en, de, tr, fa). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OVERLAY_STRINGS, optionLabel } from '../../components/overlay-strings';
import { messageName as panelMessageName, panelStrings } from '../../components/overlay-strings';

const messageName = (k: string) => (/^(cat|sev)[A-Z]/.test(k) ? k : `ov${k[0]!.toUpperCase()}${k.slice(1)}`);

describe('overlay strings', () => {
  for (const lang of ['en', 'de', 'tr', 'fa']) {
    it(`${lang}: every panel text has a message`, () => {
      const messages = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../locales/${lang}.json`), 'utf8')) as Record<string, unknown>;
      const missing = Object.keys(OVERLAY_STRINGS).filter((k) => typeof messages[messageName(k)] !== 'string');
      expect(missing).toEqual([]);
    });
  }
  it('names categories and severities in the reviewer’s words', () => {
    expect(optionLabel(OVERLAY_STRINGS, 'cat', 'forms')).toBe('Forms');
    expect(optionLabel({ ...OVERLAY_STRINGS, sevCritical: 'kritisch' }, 'sev', 'critical')).toBe('kritisch');
    expect(optionLabel(OVERLAY_STRINGS, 'cat', 'unknown')).toBe('unknown');
  });
  it('the background builds the texts from the messages, English where one is missing or fails', () => {
    const de = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../locales/de.json'), 'utf8')) as Record<string, string>;
    const asked: string[][] = [];
    const strings = panelStrings((name, subs) => {
      asked.push(subs);
      if (name === 'ovHide') throw new Error('no such message');
      return name === 'ovShow' ? '' : (de[name] ?? '');
    });
    expect(strings.findings).toBe(de.ovFindings);
    expect(strings.catForms).toBe(de.catForms);
    expect(strings.show).toBe('Show');
    expect(strings.hide).toBe('Hide');
    expect(asked.every((s) => s.length === 1 && s[0] === '$1')).toBe(true);
    expect(Object.keys(strings)).toEqual(Object.keys(OVERLAY_STRINGS));
    expect(panelMessageName('sevMinor')).toBe('sevMinor');
    expect(panelMessageName('pickHelp')).toBe('ovPickHelp');
  });
});
