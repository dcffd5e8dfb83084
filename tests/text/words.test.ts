import { describe, expect, it } from 'vitest';
import { countWords, words } from '../../engine/text/words';

describe('countWords', () => {
  const texts = [
    '',
    'Hello world, this is a form.',
    "L'adresse e-mail est obligatoire — merci d’avance.",
    'Straße 12 · PLZ/Ort 80331 München',
    'İletişim bilgileriniz 3 gün içinde silinir',
    'لطفاً ایمیل خود را وارد کنید ۱۲۳ ٤٥',
    '123 456 7890 !!! ---',
    'one two three four five six seven',
    'Ⅻ ⅰ chapter Ⅳ.2 — café naïve e\u0301 ÉTÉ l’été co-op ‐x',
  ];
  it('counts what words() finds, in Latin and Arabic script', () => {
    for (const t of texts) for (const lang of ['en', 'fa', 'FA-ir', 'de']) expect(countWords(t, lang), `${lang} ${t}`).toBe(words(t, lang).length);
  });
  it('keeps the tokens with a letter, as the Unicode test does', () => {
    const ref = (t: string) => (t.match(/\p{Script=Latin}[\p{Script=Latin}\p{M}]*(?:['’\-‐][\p{Script=Latin}\p{M}]+)*/gu) ?? []).filter((w) => /\p{L}/u.test(w));
    for (const t of texts) expect(words(t, 'en'), t).toEqual(ref(t));
    expect(words('Ⅻ ⅰ chapter', 'en')).toEqual(['chapter']);
  });
  it('stops at max', () => {
    expect(countWords('one two three four five six seven', 'en', 5)).toBe(5);
    expect(countWords('one two three', 'en', 5)).toBe(3);
    // words() after an early stop still sees the whole text
    expect(words('one two three four five six seven', 'en')).toHaveLength(7);
  });
});
