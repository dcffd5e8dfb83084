import { describe, expect, it } from 'vitest';
import { foldLetters, normText } from '../../engine/forms/purpose';

/** The full folding, without foldLetters' ASCII shortcut. */
function fullFold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[\u200b-\u200f\u0640]/g, ' ')
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
}

describe('foldLetters', () => {
  it('folds every ASCII character as the full folding does', () => {
    for (let c = 0; c < 128; c++) {
      const s = `A${String.fromCharCode(c)}z`;
      expect(foldLetters(s), `char ${c}`).toBe(fullFold(s));
    }
  });
  it('still folds accents, ß, dotless ı, Arabic letters and digits', () => {
    for (const s of ['Straße', 'İletişim', 'Adı Soyadı', 'Téléphone', 'كد پستي', '۱۲۳٤٥', 'e\u200bmail', 'ＰＬＺ']) {
      expect(foldLetters(s)).toBe(fullFold(s));
    }
    expect(foldLetters('Straße')).toBe('strasse');
    expect(foldLetters('۱۲۳')).toBe('123');
  });
  it('normText gives the same answer from its cache', () => {
    const first = normText('PLZ/Ort*');
    expect(normText('PLZ/Ort*')).toBe(first);
    expect(first).toBe('plz/ort');
  });
});
