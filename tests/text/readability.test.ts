import { describe, expect, it } from 'vitest';
import { readability, splitSentences } from '../../engine/text/readability';
import { countSyllables } from '../../engine/text/syllables';

describe('countSyllables', () => {
  const cases: Record<string, Record<string, number>> = {
    en: { cat: 1, table: 2, create: 2, beautiful: 3, readability: 5, wanted: 2, jumped: 1, boxes: 2, makes: 1, radio: 3, idea: 3, everything: 4, business: 2, player: 2, yesterday: 3, people: 2, authenticate: 4, mandatory: 4, salutation: 4, utilize: 3, "John's": 1, 'e-mail': 2 },
    de: { Haus: 1, Häuser: 2, Bauer: 2, neue: 2, Theorie: 3, Quelle: 2, Zeitung: 2, Anmeldung: 3, bestätigen: 4, Authentifizierung: 6, Straße: 2, Boot: 1, Meer: 1 },
    tr: { kitap: 2, İstanbul: 3, göstermek: 3, tebligat: 3, ılık: 2, ağaç: 2, KIRMIZI: 3 },
    fr: { maison: 2, table: 1, créé: 2, naïf: 2, Noël: 2, année: 2, le: 1, ces: 1, liberté: 3, identifiant: 4, "aujourd'hui": 3 },
    es: { casa: 2, teatro: 3, bueno: 2, país: 2, día: 2, ciudad: 2, que: 1, y: 1, hoy: 1, poeta: 3, aeropuerto: 5, información: 4 },
    it: { casa: 2, poeta: 3, paese: 3, piede: 2, uomo: 2, mangiare: 3, aiuto: 3, città: 2, perché: 2, acqua: 2 },
    // Persian: the script-based estimate (short vowels unwritten) is right on these common shapes.
    fa: { 'کتاب': 2, 'من': 1, 'خانه': 2, 'درخت': 2, 'دانشگاه': 3, 'ایران': 2, 'آب': 1, 'خواهر': 2, 'است': 1, 'امروز': 2, 'مدرسه': 3, 'می‌خواهید': 3, 'بفرستید': 3 },
  };
  for (const [lang, words] of Object.entries(cases)) {
    it(lang, () => {
      for (const [w, n] of Object.entries(words)) expect([w, countSyllables(w, lang)]).toEqual([w, n]);
    });
  }
});

describe('splitSentences', () => {
  it('keeps abbreviations, initials and decimals inside a sentence (en)', () => {
    expect(splitSentences('Dr. Smith paid 3.50 dollars, e.g. for tea at J. Brown Ltd. in the U.S. today. Then he left! Why?', 'en'))
      .toEqual(['Dr. Smith paid 3.50 dollars, e.g. for tea at J. Brown Ltd. in the U.S. today.', 'Then he left!', 'Why?']);
  });
  it('handles z.B., z. B., Dr., bzw. and ordinals (de)', () => {
    expect(splitSentences('Bitte z.B. Herrn Dr. Müller anrufen. Er kommt am 3. Oktober bzw. später. Danke z. B. dafür.', 'de'))
      .toEqual(['Bitte z.B. Herrn Dr. Müller anrufen.', 'Er kommt am 3. Oktober bzw. später.', 'Danke z. B. dafür.']);
  });
  it('splits on Persian ؟ and . but not inside numbers (fa)', () => {
    expect(splitSentences('قیمت ۳.۵ میلیون است. حال شما چطور است؟ خوبم۔ ممنون', 'fa'))
      .toEqual(['قیمت ۳.۵ میلیون است.', 'حال شما چطور است؟', 'خوبم۔', 'ممنون']);
  });
  it('reads the word before a dot and the character after it across any white space', () => {
    // A no-break space, an ideographic space and a line break before the next word; quotes before an abbreviation.
    expect(splitSentences('Call Dr.\u00a0Smith today.\u3000then more. "Dr. Who" is here.\nNext one.', 'en'))
      .toEqual(['Call Dr.\u00a0Smith today.\u3000then more.', '"Dr. Who" is here.', 'Next one.']);
    expect(splitSentences('Call Dr.\u00a0Smith today.\u3000Then more.', 'en')).toEqual(['Call Dr.\u00a0Smith today.', 'Then more.']);
    // An ordinal followed only by white space ends the sentence; one followed by a word does not.
    expect(splitSentences('Er kommt am 3.   ', 'de')).toEqual(['Er kommt am 3.']);
    expect(splitSentences('Er kommt am 3.\u2003Mai wieder. Gut.', 'de')).toEqual(['Er kommt am 3.\u2003Mai wieder.', 'Gut.']);
    // A lower-case word after the dot continues the sentence.
    expect(splitSentences('Ok. etc. Fine.', 'en')).toEqual(['Ok. etc. Fine.']);
  });
  it('keeps etc. and Sr. (es, fr)', () => {
    expect(splitSentences('El Sr. García compró pan, leche, etc. para la casa. Luego salió.', 'es')).toHaveLength(2);
    expect(splitSentences('M. Dupont arrive. Mme Durand aussi.', 'fr')).toHaveLength(2);
  });
});

describe('readability formulas (counts checked by hand)', () => {
  it('en: Flesch reading ease', () => {
    // 27 words, 3 sentences, 29 syllables (wonderful = 3, everything else 1).
    const r = readability('The cat sat on the mat. The dog ran to the big red ball and it was wonderful. We like to play in the sun all day.', 'en');
    expect(r).toMatchObject({ lang: 'en', formula: 'flesch', words: 27, sentences: 3, syllables: 29, ease: 100, level: 'very-easy' });
    expect(r?.score).toBeCloseTo(206.835 - 1.015 * 9 - 84.6 * (29 / 27), 1); // 106.83
  });
  it('en: harder text scores lower', () => {
    const r = readability('The administration acknowledges that the implementation of the aforementioned regulatory requirements necessitates considerable organizational restructuring and additional international documentation, particularly regarding authentication.', 'en');
    expect(r).not.toBeNull();
    expect(r!.ease).toBeLessThan(10);
    expect(r!.level).toBe('very-difficult');
  });
  it('de: Amstad', () => {
    // 22 words, 4 sentences, 32 syllables.
    const r = readability('Der Hund läuft schnell nach Hause. Die Katze schläft auf dem warmen Sofa. Wir essen heute Abend zusammen Kuchen. Das ist schön.', 'de');
    expect(r).toMatchObject({ formula: 'amstad', words: 22, sentences: 4, syllables: 32 });
    expect(r?.score).toBeCloseTo(180 - 5.5 - 58.5 * (32 / 22), 1); // 89.41
    expect(r?.level).toBe('easy');
  });
  it('tr: Ateşman', () => {
    // 20 words, 6 sentences, 44 syllables (one per vowel).
    const r = readability('Ali okula gitti. Annesi evde yemek yaptı. Bugün hava çok güzel. Akşam parkta oynadık. Kedi bahçede uyuyor. Biz kitap okuduk.', 'tr');
    expect(r).toMatchObject({ formula: 'atesman', words: 20, sentences: 6, syllables: 44 });
    expect(r?.score).toBeCloseTo(198.825 - 40.175 * 2.2 - 2.61 * (20 / 6), 1); // 101.74
  });
  it('fr: Kandel & Moles', () => {
    // 23 words, 4 sentences, 29 syllables (mute final e not counted; aujourd'hui = 1 word, 3 syllables).
    const r = readability("Le chat dort sur le lit. Nous allons au marché demain matin. Il fait beau et chaud aujourd'hui. Elle aime lire des livres.", 'fr');
    expect(r).toMatchObject({ formula: 'kandel-moles', words: 23, sentences: 4, syllables: 29 });
    expect(r?.score).toBeCloseTo(207 - 1.015 * (23 / 4) - 73.6 * (29 / 23), 1); // 108.36
  });
  it('es: Fernández Huerta', () => {
    // 22 words, 4 sentences, 36 syllables.
    const r = readability('El perro come carne. La casa es muy grande y bonita. Mañana vamos a la playa con mis amigos. Hoy es lunes.', 'es');
    expect(r).toMatchObject({ formula: 'fernandez-huerta', words: 22, sentences: 4, syllables: 36 });
    expect(r?.score).toBeCloseTo(206.84 - 60 * (36 / 22) - 1.02 * 5.5, 1); // 103.05
  });
  it('it: Flesch–Vacca', () => {
    // 22 words, 5 sentences, 40 syllables.
    const r = readability('Il gatto dorme sul letto. Oggi andiamo al mare con gli amici. La pizza è molto buona. Domani piove. Noi siamo felici.', 'it');
    expect(r).toMatchObject({ formula: 'flesch-vacca', words: 22, sentences: 5, syllables: 40 });
    expect(r?.score).toBeCloseTo(206 - 65 * (40 / 22) - 22 / 5, 1); // 83.42
    expect(r?.level).toBe('easy');
  });
  it('fa: Flesch–Dayani', () => {
    // 22 words, 5 sentences; 35 syllables by hand, the script estimate is within a few.
    const r = readability('من به مدرسه رفتم. هوا امروز خیلی خوب است. ما در پارک بازی کردیم. او کتاب را خواند. آیا شما چای می‌خواهید؟', 'fa');
    expect(r).toMatchObject({ formula: 'flesch-dayani', words: 22, sentences: 5 });
    expect(Math.abs(r!.syllables - 35)).toBeLessThanOrEqual(3);
    expect(r!.score).toBeCloseTo(262.835 - 0.846 * ((100 * r!.syllables) / 22) - 1.01 * (22 / 5), 1);
  });
  it('accepts region subtags', () => {
    expect(readability('Der Hund läuft schnell nach Hause. Die Katze schläft auf dem warmen Sofa. Wir essen heute Abend zusammen Kuchen. Das ist schön.', 'de-AT')?.formula).toBe('amstad');
  });
});

describe('readability returns null', () => {
  it('for short text', () => expect(readability('Sign in to continue.', 'en')).toBeNull());
  it('for unsupported languages and scripts', () => {
    const long = 'The cat sat on the mat. The dog ran to the big red ball and it was wonderful. We like to play in the sun all day.';
    expect(readability(long, 'nl')).toBeNull();
    expect(readability(long, 'fa')).toBeNull(); // Latin text is not Persian
    expect(readability('这是一个很长的中文句子，它有很多字但是没有拉丁字母。'.repeat(5), 'en')).toBeNull();
  });
});
