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
  ];
  it('counts what words() finds, in Latin and Arabic script', () => {
    for (const t of texts) for (const lang of ['en', 'fa', 'FA-ir', 'de']) expect(countWords(t, lang), `${lang} ${t}`).toBe(words(t, lang).length);
  });
  it('stops at max', () => {
    expect(countWords('one two three four five six seven', 'en', 5)).toBe(5);
    expect(countWords('one two three', 'en', 5)).toBe(3);
    // words() after an early stop still sees the whole text
    expect(words('one two three four five six seven', 'en')).toHaveLength(7);
  });
});
