import { describe, expect, it } from 'vitest';
import { foldLetters, normIdent, normText, resetNormCache, splitIdent, squeeze, stripMarks } from '../../engine/forms/purpose';

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
    for (const s of ['Straße', 'STRAẞE', 'İletişim', 'Adı Soyadı', 'Téléphone', 'كد پستي', '۱۲۳٤٥', 'e\u200bmail', 'ＰＬＺ', 'ﻙ', 'Ärger ۳', 'ılık', 'a\u0640b', 'Ǆ', 'ﬁle']) {
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

/** The full identifier split, without splitIdent's ASCII shortcut. */
function fullSplit(s: string): string {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .replace(/[/&+,°]/g, ' ');
}

/** normText without its ASCII shortcut. */
function fullNorm(s: string): string {
  return fullFold(s).replace(/[^\p{L}\p{N}/&+,°]+/gu, ' ').trim();
}

describe('foldLetters shortcut for text without script variants', () => {
  it('folds every Latin-1, Latin Extended, Greek, Arabic and Persian character as the full folding does', () => {
    const ranges: [number, number][] = [[0x80, 0x2ff], [0x370, 0x3ff], [0x600, 0x6ff], [0x1e00, 0x1eff], [0x2000, 0x206f], [0xfb00, 0xfb06], [0xfe70, 0xfeff], [0xff00, 0xff5e]];
    for (const [a, b] of ranges) for (let c = a; c <= b; c++) {
      const s = `É${String.fromCharCode(c)}a`;
      expect(foldLetters(s), `U+${c.toString(16)}`).toBe(fullFold(s));
    }
  });
});

describe('normText and normIdent ASCII shortcuts', () => {
  const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
  it('normText folds every ASCII pair as the Unicode classes do', () => {
    resetNormCache();
    for (const a of ascii) for (const b of ['A', 'z', '7', ' ', '/', '°', 'é']) {
      for (const s of [`${a}${b}x`, `x${a}${b}`, `${a}`]) expect(normText(s), JSON.stringify(s)).toBe(fullNorm(s));
    }
  });
  it('splitIdent splits every ASCII triple as the Unicode version does', () => {
    const some = ['a', 'z', 'A', 'Z', '0', '9', '_', '-', ' ', '/', '&', '+', ',', '[', '.'];
    for (const a of ascii) for (const b of some) for (const c of some) {
      const s = `${a}${b}${c}${a}`;
      expect(splitIdent(s), JSON.stringify(s)).toBe(fullSplit(s));
    }
    for (const s of ['customerEmail', 'billingAddress2Line', 'PLZOrt', 'field_2b', 'dateOfBirth[day]', 'ADRESSE_Zeile1', 'e°mail', 'telefonNo۱', 'adSoyad2İ']) {
      expect(splitIdent(s)).toBe(fullSplit(s));
    }
  });
  it('normIdent answers the same from its cache and after a reset', () => {
    resetNormCache();
    expect(normIdent('billingAddress2Line')).toBe('billing address 2 line');
    expect(normIdent('billingAddress2Line')).toBe('billing address 2 line');
    resetNormCache();
    expect(normIdent('PLZ/Ort')).toBe('plz ort');
  });
});

describe('squeeze', () => {
  const ref = (t: string) => t.replace(/[^\p{L}\p{N}/&+,°]+/gu, ' ').trim();
  it('joins the runs of letters, digits and / & + , ° with one space, as the Unicode-class replace did', () => {
    const samples = ['', ' ', '  a  ', 'PLZ/Ort*', 'N° 12, rue', 'e-mail: x_y@z.de', 'a\u0301b', 'شماره ۱۲', '𝐀𝐁 c', 'x\ud800y', '\udc00', '日本語 テキスト', '1½ ⅓', 'a\u200cb', '\t\n'];
    for (const t of samples) expect(squeeze(t), JSON.stringify(t)).toBe(ref(t));
    const pool = ['a', 'Z', '7', ' ', '  ', '-', '.', '/', '&', '+', ',', '°', 'é', '\u0301', 'ß', 'ı', 'ی', '\u200c', '۳', '𝐀', '😀', '\ud800', '\udc00', '_', '’', '\u00a0', '½'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let j = Math.floor(next() * 14); j > 0; j--) t += pool[Math.floor(next() * pool.length)];
      expect(squeeze(t), JSON.stringify(t)).toBe(ref(t));
    }
  });
  it('every BMP character is kept or dropped as the class says', () => {
    let text = '';
    for (let c = 0; c <= 0xffff; c += 1) if (c < 0xd800 || c > 0xdfff) text += String.fromCharCode(c) + ' x ';
    expect(squeeze(text)).toBe(ref(text));
  });
});

describe('stripMarks', () => {
  it('removes every combining mark as replace(/\\p{M}+/gu) does', () => {
    const ref = (t: string) => t.replace(/\p{M}+/gu, '');
    let all = '';
    for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) all += 'a' + String.fromCharCode(c);
    expect(stripMarks(all)).toBe(ref(all));
    for (const t of ['', 'plain', 'Pr\u0065\u0301nom'.normalize('NFKD'), '\u0301\u0301x', 'x\ud834\udd65y', '\ud800\u0301', 'İ'.normalize('NFKD')]) {
      expect(stripMarks(t), JSON.stringify(t)).toBe(ref(t));
    }
  });
});
