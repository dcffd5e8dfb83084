/** Every text of the on-page panel exists in each UI language (en, de, tr, fa). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OVERLAY_STRINGS, optionLabel } from '../../components/Overlay';

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
});
